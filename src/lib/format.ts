/**
 * Dates, numbers and distances for readers, in the edition's language (Intl: no month names of
 * our own). Dates are calendar dates, so they are read and written in UTC: 1963-04-14 is
 * 14 April 1963 (14 aprile, 14 Nisan) wherever the reader is.
 */
import { locale as current, type Locale } from '$lib/i18n';
import { HTML_LANG } from '$lib/i18n/locales';

/** Intl's formatters, made once per language and kind. */
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
export function format<T extends Intl.DateTimeFormat | Intl.NumberFormat>(
	key: string,
	make: () => T
): T {
	let f = formats.get(key) as T | undefined;
	if (!f) formats.set(key, (f = make()));
	return f;
}

const DAY = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
const MONTH = { month: 'long', year: 'numeric', timeZone: 'UTC' } as const;

/** An ISO date written at its precision: 1963-04-14 → 14 April 1963, 1963-04 → April 1963. */
export function formatDate(iso: string, locale: Locale = current()): string {
	const [y, m, d] = iso.split('-').map(Number);
	if (y === undefined || m === undefined || Number.isNaN(m)) return iso;
	const lang = HTML_LANG[locale];
	const options = d === undefined ? MONTH : DAY;
	const text = format(`${lang} ${d === undefined ? 'month' : 'day'}`, () =>
		Intl.DateTimeFormat(lang, options)
	).format(Date.UTC(y, m - 1, d ?? 1));
	// Italian writes the first of the month as an ordinal (1º aprile), which Intl does not.
	return locale === 'it' && d === 1 ? text.replace(/^1 /, '1º ') : text;
}

/** A distance in kilometres, with its unit as the edition writes it: 2,400 km (English),
 * 2400 km (Italian), 2.400 km (Turkish). */
export const formatKm = (km: number, locale: Locale = current()) =>
	format(`${HTML_LANG[locale]} km`, () =>
		Intl.NumberFormat(HTML_LANG[locale], { style: 'unit', unit: 'kilometer' })
	).format(km);
