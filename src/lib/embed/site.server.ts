import { base } from '$app/paths';
import type { Locale } from '$lib/i18n';
import { localePath } from '$lib/i18n/locales';
import { UNPUBLISHED } from './snippet';

/** The published origin, as PUBLIC_ORIGIN gives it (no trailing slash), or null if unset. */
export const PUBLIC_ORIGIN = process.env.PUBLIC_ORIGIN || null;

/**
 * Where the site is published, for what must be absolute: canonical links, preview images and
 * oEmbed files. Set PUBLIC_ORIGIN when building for a real host; without it they point at
 * `npm run preview`'s address (the build says so once: see vite.config.ts).
 */
export const SITE_URL = `${PUBLIC_ORIGIN ?? 'http://localhost:4173'}${base}`;

/** The published site with its base path, or null when no origin is configured. */
export const PUBLISHED_SITE = PUBLIC_ORIGIN && SITE_URL;

/** What the code names instead, before the page knows its own address (see snippet.ts). */
export const PLACEHOLDER_SITE = `${UNPUBLISHED}${base}`;

/** The absolute addresses of one chart's embed in an edition, and the files made for it. */
export function embedUrls(chart: string, locale: Locale = 'en') {
	const page = `${SITE_URL}${localePath(locale, `/embed/${chart}/`)}`;
	return {
		page,
		oembed: `${page}oembed.json`,
		png: `${page}${chart}.png`
	};
}
