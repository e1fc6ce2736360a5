const MONTH_MS = 30.44 * 24 * 3600 * 1000;

/**
 * About `count` month starts (UTC) across a domain of timestamps, 1, 3 or 12 months apart,
 * whichever is nearest the span divided by `count`, as d3's time ticks choose. Ours, so that
 * the story does not ship d3's time scale and its date formatting for one axis.
 */
export function monthTicks([start, end]: [number, number], count: number): Date[] {
	const target = (end - start) / count / MONTH_MS;
	const step = [1, 3, 12].reduce((best, s) =>
		Math.abs(Math.log(s / target)) < Math.abs(Math.log(best / target)) ? s : best
	);
	const from = new Date(start);
	const ticks: Date[] = [];
	for (let m = from.getUTCFullYear() * 12 + from.getUTCMonth(); ; m++) {
		const tick = new Date(Date.UTC(Math.floor(m / 12), m % 12, 1));
		if (+tick > end) return ticks;
		if (+tick >= start && (m % 12) % step === 0) ticks.push(tick);
	}
}
