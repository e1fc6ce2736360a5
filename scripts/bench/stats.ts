/** The median of a few runs, and their range: a bench figure on a shared machine. */
export interface Spread {
	median: number;
	min: number;
	max: number;
	runs: number[];
}

export function spread(runs: number[]): Spread {
	const sorted = [...runs].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	const median =
		sorted.length % 2 ? sorted[mid]! : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
	return { median, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN, runs };
}

/** The value at quantile q of sorted numbers (nearest rank). */
export const quantile = (sorted: number[], q: number): number =>
	sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
