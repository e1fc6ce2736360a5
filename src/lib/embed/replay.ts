/**
 * An embed's scripts start when the reader reaches for its chart (see static/embed-wake.js),
 * so the focus, pointer or tap that woke them arrived before the chart could answer. Once it
 * can, all are replayed: the focused control is focused again, whatever the pointer is over
 * is told the pointer entered it (pointerenter does not bubble: each element gets its own),
 * and a button tapped meanwhile (marked by embed-wake.js) is clicked, as a pointer clicks.
 * Called once the island has hydrated, it waits for the next task: during that first update
 * a handler may not be listening yet (a replayed pointerenter was lost there).
 */
export function replayReach(): () => void {
	const timer = setTimeout(() => {
		const focused = document.activeElement;
		if (focused instanceof HTMLElement && focused !== document.body) {
			focused.blur();
			focused.focus();
		}
		for (const el of document.querySelectorAll(':hover'))
			el.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
		for (const el of document.querySelectorAll('[data-missed-click]')) {
			el.removeAttribute('data-missed-click');
			el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 1 }));
		}
	});
	return () => clearTimeout(timer);
}
