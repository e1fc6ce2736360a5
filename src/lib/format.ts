/** Formats an ISO date written at its precision for readers: 1963-04-14 → 14 April 1963. */
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

export function formatDate(iso: string): string {
	const [y, m, d] = iso.split('-');
	const month = m === undefined ? undefined : MONTHS[Number(m) - 1];
	if (month === undefined) return y ?? iso;
	return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}
