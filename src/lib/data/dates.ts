/** Dates in the datasets are ISO 8601 written at their precision: 1963, 1963-04 or 1963-04-14. */
export type DatePrecision = 'day' | 'month' | 'year';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The precision a date string is written at, or null when it is not an ISO date or not a real one. */
export function isoPrecision(value: string): DatePrecision | null {
	const m = PATTERN.exec(value);
	if (!m) return null;
	const [, y, mo, d] = m;
	if (mo === undefined) return 'year';
	const month = Number(mo);
	if (month < 1 || month > 12) return null;
	if (d === undefined) return 'month';
	const day = Number(d);
	// Date.UTC rolls 1963-02-30 over into March, so a round trip catches impossible days.
	const date = new Date(Date.UTC(Number(y), month - 1, day));
	return date.getUTCDate() === day && date.getUTCMonth() === month - 1 ? 'day' : null;
}

/** The first instant a date string covers, in UTC milliseconds (1963-04 → 1 April 1963). */
export function startOf(value: string): number {
	const [y, m = '1', d = '1'] = value.split('-');
	return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

/** The last day a date string covers (1963-04 → 30 April 1963), so spans never claim a false exact day. */
export function endOf(value: string): number {
	const [y, m, d] = value.split('-');
	if (d !== undefined) return startOf(value);
	if (m !== undefined) return Date.UTC(Number(y), Number(m), 0);
	return Date.UTC(Number(y), 11, 31);
}
