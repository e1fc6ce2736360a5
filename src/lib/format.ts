/**
 * Dates, numbers and distances for readers, in the edition's language (Intl: no month names of
 * our own). Dates are calendar dates, so they are read and written in UTC: 1963-04-14 is
 * 14 April 1963 (14 aprile, 14 Nisan) wherever the reader is.
 */
import { locale as current, type Locale } from '$lib/i18n';
import { HTML_LANG } from '$lib/i18n/locales';

/**
 * Dates as the build wrote them (see dateWords), looked up before Intl: with them a chart
 * comes to life in the reader's browser without making an Intl formatter, whose first use in
 * a language loads its locale data in one task (about 20 ms on a fast machine, 200 on a
 * low-end phone). Filled on a page only, where there is one language.
 */
const written = new Map<string, string>();

/** Every date written in a chart's data, and every month's tick across them, as the edition
 * writes them: ISO date (or `tick 1963-01`) → words. */
export type DateWords = Record<string, string>;

export const learnDates = (words: DateWords): void => {
	for (const [key, text] of Object.entries(words)) written.set(key, text);
};

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
	const known = written.get(iso);
	if (known !== undefined) return known;
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

/** A tick's key among the written dates: only January's label has a year in it (`tick
 * 1963-01`); the other months' are the same every year (`tick 04`). */
const tickKey = (d: Date) => `tick ${d.toISOString().slice(d.getUTCMonth() === 0 ? 0 : 5, 7)}`;

/** A time-axis label: the month, with the year in January, in the edition's language. */
export function formatTick(d: Date, locale: Locale = current()): string {
	const known = written.get(tickKey(d));
	if (known !== undefined) return known;
	const january = d.getUTCMonth() === 0;
	const lang = HTML_LANG[locale];
	return format(`${lang} tick ${january}`, () =>
		Intl.DateTimeFormat(lang, {
			month: 'short',
			year: january ? 'numeric' : undefined,
			timeZone: 'UTC'
		})
	).format(d);
}

const ISO_DATE = /^\d{4}-\d{2}(-\d{2})?$/;

/** The words for every ISO date in `payload` (a chart's data, walked whole), and for the
 * ticks of the months across them (every month's, and each January's with its year), so the
 * page can write them out for learnDates. */
export function dateWords(payload: unknown, locale: Locale): DateWords {
	const dates = new Set<string>();
	const walk = (value: unknown): void => {
		if (typeof value === 'string') {
			if (ISO_DATE.test(value)) dates.add(value);
		} else if (value && typeof value === 'object') Object.values(value).forEach(walk);
	};
	walk(payload);
	const sorted = [...dates].sort();
	const words: DateWords = Object.fromEntries(sorted.map((iso) => [iso, formatDate(iso, locale)]));
	const tick = (year: number, month: number) => {
		const d = new Date(Date.UTC(year, month, 1));
		words[tickKey(d)] = formatTick(d, locale);
	};
	const year = (iso: string | undefined) => Number(iso?.slice(0, 4));
	for (let month = 1; month < 12; month++) tick(2000, month);
	for (let y = year(sorted[0]); y <= year(sorted.at(-1)); y++) tick(y, 0);
	return words;
}
