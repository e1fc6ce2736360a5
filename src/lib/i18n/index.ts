/**
 * The interface's words and the reader's locale, for every page, chart and island. Import
 * messages from here, never from $lib/paraglide directly: this module makes sure the locale
 * is read right before any message is.
 *
 * On the server (prerendering) the locale is the page's, which hooks.server.ts keeps in
 * Paraglide's async local storage for each request. In the reader's browser it is the page's
 * own `lang`: an island (a chart hydrated without SvelteKit) has nothing else to go by, and
 * every page is one edition from its first byte (the language switcher loads a new page).
 */
import { baseLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';
import { HTML_LANG, LOCALES } from './locales';

export { m } from '$lib/paraglide/messages';
export type { Locale };

/** The edition whose `lang` (en-GB, it, tr) a document declares. */
export function localeOfLang(lang: string): Locale {
	return LOCALES.find((l) => HTML_LANG[l] === lang || l === lang.split('-')[0]) ?? baseLocale;
}

if (typeof document !== 'undefined')
	overwriteGetLocale(() => localeOfLang(document.documentElement.lang));

export { getLocale as locale } from '$lib/paraglide/runtime';

/** Words by key, each a message read when it is used: in the language of the page reading it. */
export function wordsFor<K extends string>(
	messages: Record<K, () => string>
): Readonly<Record<K, string>> {
	const words = {} as Record<K, string>;
	for (const key of Object.keys(messages) as K[])
		Object.defineProperty(words, key, { get: () => messages[key](), enumerable: true });
	return words;
}
