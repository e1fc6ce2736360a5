/**
 * The mark the Earlier/Later (or west/east) buttons move to: the first or last when none
 * is selected, and no further than either end.
 */
export function stepThrough(
	marks: readonly { id: string }[],
	selected: string | null,
	by: 1 | -1
): string | null {
	const i = marks.findIndex((m) => m.id === selected);
	const next = i < 0 ? marks[by === 1 ? 0 : marks.length - 1] : marks[i + by];
	return next?.id ?? selected;
}
