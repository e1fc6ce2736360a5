import { base } from '$app/paths';
import { SITE_URL } from '$lib/embed/site.server';
import { BASE_LOCALE, HTML_LANG, LOCALES, switchPath } from './locales';

/**
 * The page's editions as <link rel="alternate" hreflang>, absolute as search engines ask, and
 * the English as the default for readers of any other language.
 */
export function alternates(pathname: string): string {
	const path = base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
	const link = (hreflang: string, locale: (typeof LOCALES)[number]) =>
		`<link rel="alternate" hreflang="${hreflang}" href="${SITE_URL}${switchPath(path, locale)}" />`;
	return [...LOCALES.map((l) => link(HTML_LANG[l], l)), link('x-default', BASE_LOCALE)].join(
		'\n\t\t'
	);
}
