import { SITE_URL } from '$lib/embed/site.server';
import { BASE_LOCALE, englishPath, HTML_LANG, LOCALES, localePath } from './locales';

/**
 * The page's editions as <link rel="alternate" hreflang>, absolute as search engines ask, and
 * the English as the default for readers of any other language.
 */
export function alternates(route: { id: string | null }, params: Record<string, string>): string {
	const path = englishPath(route.id ?? '/', params);
	const link = (hreflang: string, locale: (typeof LOCALES)[number]) =>
		`<link rel="alternate" hreflang="${hreflang}" href="${SITE_URL}${localePath(locale, path)}" />`;
	return [...LOCALES.map((l) => link(HTML_LANG[l], l)), link('x-default', BASE_LOCALE)].join(
		'\n\t\t'
	);
}
