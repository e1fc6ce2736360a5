/**
 * An embed's scripts start when the reader reaches for its chart (see static/embed-wake.js),
 * so the focus, pointer or tap that woke them arrived before the chart could answer. Once it
 * can, all are replayed: the focused control is focused again, whatever the pointer is over
 * is told the pointer entered it (pointerenter does not bubble: each element gets its own),
 * a button tapped or pressed meanwhile (counted by embed-wake.js or story/wake.ts) is clicked
 * as many times, and the pointer that woke the chart (recorded on it as `data-waking-pointer`) is heard
 * again: a finger put down picks what it touched, and a mouse that then kept still points at
 * what is under it, as its next move would show (the charts pick the nearest mark).
 * Called once the island has hydrated, it waits for the next task: during that first update
 * a handler may not be listening yet (a replayed pointerenter was lost there).
 */
/** What a chart's wake script records of the pointer that woke it, for replayReach. */
export const wakingPointer = (event: Event): string | undefined => {
	if (!(event instanceof PointerEvent)) return undefined;
	if (event.type === 'pointerdown')
		return `pointerdown ${event.pointerType} ${event.clientX} ${event.clientY}`;
	if (event.pointerType === 'mouse') return `pointermove mouse ${event.clientX} ${event.clientY}`;
	return undefined;
};

export function replayReach(chart: HTMLElement): () => void {
	const timer = setTimeout(() => {
		const waking = chart.dataset.wakingPointer?.split(' ');
		delete chart.dataset.wakingPointer;
		if (waking) {
			const [type = '', pointerType, clientX = 0, clientY = 0] = waking.map((v, i) =>
				i < 2 ? v : Number(v)
			) as [string, string, number, number];
			document
				.elementFromPoint(clientX, clientY)
				?.dispatchEvent(new PointerEvent(type, { bubbles: true, clientX, clientY, pointerType }));
		}
		const focused = document.activeElement;
		if (focused instanceof HTMLElement && focused !== document.body) {
			focused.blur();
			focused.focus();
		}
		for (const el of document.querySelectorAll(':hover'))
			el.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
		for (const el of document.querySelectorAll<HTMLElement>('[data-missed-clicks]')) {
			const times = Number(el.dataset.missedClicks);
			delete el.dataset.missedClicks;
			for (let i = 0; i < times; i++)
				el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 1 }));
		}
	});
	return () => clearTimeout(timer);
}
