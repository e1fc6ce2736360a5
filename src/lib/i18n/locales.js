// The editions: English at the site's root, the others under /<locale>/. Plain JavaScript, so
// that svelte.config.js and the build scripts (scripts/render-images.ts) share the one list
// with the site. A unit test keeps it equal to project.inlang/settings.json.

/** @typedef {'en' | 'it' | 'tr'} Locale */

/** Every edition, the base (English, at the root) first. */
export const LOCALES = /** @type {const} */ (['en', 'it', 'tr']);
export const BASE_LOCALE = 'en';

/** Each language's name in its own language, for the language switcher. */
export const LANGUAGE_NAMES = /** @type {const} */ ({
	en: 'English',
	it: 'Italiano',
	tr: 'Türkçe'
});

/** The `lang` of each edition's pages: the English is British English. */
export const HTML_LANG = /** @type {const} */ ({ en: 'en-GB', it: 'it', tr: 'tr' });

/** Whether a string names an edition. */
export const isLocale = (/** @type {unknown} */ value) =>
	LOCALES.includes(/** @type {Locale} */ (value));

/**
 * A root-relative path (`/embed/timeline/`, without the base path) in an edition:
 * unchanged for English, `/it/embed/timeline/` for Italian.
 * @param {Locale} locale
 * @param {string} path
 */
export const localePath = (locale, path) =>
	locale === BASE_LOCALE ? path : `/${locale}${path.startsWith('/') ? path : `/${path}`}`;

/**
 * The edition a path is in (a path within the site, with or without the base path).
 * @param {string} pathname
 * @param {string} [base]
 * @returns {Locale}
 */
export function localeOfPath(pathname, base = '') {
	const rest = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	const first = rest.split('/')[1];
	return first !== BASE_LOCALE && isLocale(first) ? /** @type {Locale} */ (first) : BASE_LOCALE;
}

/**
 * The same page in another edition: `path` is root-relative (without the base path).
 * @param {string} path
 * @param {Locale} to
 */
export const switchPath = (path, to) => {
	const from = localeOfPath(path);
	const rest = from === BASE_LOCALE ? path : path.slice(from.length + 1) || '/';
	return localePath(to, rest);
};

/**
 * A page's root-relative path in English, from its route and params (never from its URL, whose
 * base path may be written relative while prerendering): `/[[lang=lang]]/embed/[chart=chart]`
 * with `{ lang: 'it', chart: 'timeline' }` is `/embed/timeline/`.
 * @param {string} routeId
 * @param {Record<string, string | undefined>} params
 */
export function englishPath(routeId, params) {
	const segments = routeId
		.split('/')
		.map((s) =>
			s.replace(/^\[\[?(\w+)(?:=\w+)?\]\]?$/, (_, name) =>
				name === 'lang' ? '' : (params[name] ?? '')
			)
		)
		.filter(Boolean);
	return segments.length ? `/${segments.join('/')}/` : '/';
}
