/**
 * Which mark the pointer means: marks are small and often close, so a pointer need not be on
 * one, only nearer it than to any other. Shared by the charts' Nearest layer (Nearest.svelte).
 */

/** A mark's place along one axis, in per cent of the plot: a point, or a span's extent. */
export type Extent = number | readonly [number, number];

/**
 * How far from the pointer a mark may be picked, in px: a radius, or a distance along each
 * axis (`{ x: Infinity, y: 0 }`: anywhere in the row the pointer is over).
 */
export type Reach = number | { x: number; y: number };

/** How far `at` lies outside `extent` (0 inside it). */
function gap(at: number, extent: Extent): number {
	const [a, b] = typeof extent === 'number' ? [extent, extent] : extent;
	const [lo, hi] = a < b ? [a, b] : [b, a];
	return at < lo ? lo - at : at > hi ? at - hi : 0;
}

/**
 * The mark nearest the pointer and within reach, or undefined; of marks as near, the first.
 * `pointer` is in px from the plot's top left corner, `size` the plot's in px.
 */
export function nearest<T>(
	marks: readonly T[],
	place: (mark: T) => { x: Extent; y: Extent },
	pointer: { x: number; y: number },
	size: { width: number; height: number },
	reach: Reach
): T | undefined {
	const px = (extent: Extent, length: number): Extent =>
		typeof extent === 'number'
			? (extent / 100) * length
			: [(extent[0] / 100) * length, (extent[1] / 100) * length];
	let best: { mark: T; d: number } | undefined;
	for (const mark of marks) {
		const at = place(mark);
		const dx = gap(pointer.x, px(at.x, size.width));
		const dy = gap(pointer.y, px(at.y, size.height));
		const d = Math.hypot(dx, dy);
		const within = typeof reach === 'number' ? d < reach : dx <= reach.x && dy <= reach.y;
		if (within && (!best || d < best.d)) best = { mark, d };
	}
	return best?.mark;
}
