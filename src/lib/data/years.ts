import { startOf } from './dates';

const YEAR_MS = 365.2425 * 24 * 3600 * 1000;

/** A date as a fractional year (1962-10-27 → 1962.82), the unit of every years axis. */
export function decimalYear(iso: string): number {
	const y = Number(iso.slice(0, 4));
	return y + (startOf(iso) - Date.UTC(y, 0, 1)) / YEAR_MS;
}

/** Whole years between two ISO dates (an age). */
export function yearsBetween(from: string, to: string): number {
	const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
	const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
	return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}
