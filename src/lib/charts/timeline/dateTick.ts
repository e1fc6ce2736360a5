const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A time-axis label: the month, with the year in January and the day when zoomed mid-month. */
export function dateTick(d: Date): string {
	const month = MONTHS[d.getUTCMonth()] ?? '';
	if (d.getUTCDate() !== 1) return `${d.getUTCDate()} ${month}`;
	return d.getUTCMonth() === 0 ? `${month} ${d.getUTCFullYear()}` : month;
}
