import { building } from '$app/environment';
import { base } from '$app/paths';

/**
 * Where the site is published, for what must be absolute: canonical links, preview images,
 * oEmbed files and the embed code. Set PUBLIC_ORIGIN (no trailing slash) when building for
 * a real host; the default is `npm run preview`'s address.
 */
export const SITE_URL = `${process.env.PUBLIC_ORIGIN ?? 'http://localhost:4173'}${base}`;

if (building && !process.env.PUBLIC_ORIGIN)
	console.warn(
		`PUBLIC_ORIGIN is not set: canonical links, preview images, oEmbed files and embed code point at ${SITE_URL}. Set it when building for a real host.`
	);

/** The absolute addresses of one chart's embed and the files made for it. */
export function embedUrls(chart: string) {
	const page = `${SITE_URL}/embed/${chart}/`;
	return {
		page,
		oembed: `${page}oembed.json`,
		png: `${page}${chart}.png`
	};
}
