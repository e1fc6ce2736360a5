/**
 * A thin attachment on Scrollama: it reports the id of the step that crosses the trigger
 * line, and nothing else. Scrollama observes intersections and step sizes; our one listener
 * is `scrollend`, a check once each scroll has come to rest (see below).
 */
import scrollama from 'scrollama';
import type { Attachment } from 'svelte/attachments';

/**
 * The trigger line, in pixels from the top of the viewport. Pixels (not a fraction of the
 * viewport) so a mobile address bar sliding in and out does not move it and re-trigger steps.
 * On a narrow screen the picture is docked above the cards, so a card is reached lower down.
 */
export function triggerOffset(): number {
	const narrow = matchMedia('(max-width: 59.99rem)').matches;
	return Math.round(document.documentElement.clientHeight * (narrow ? 0.85 : 0.6));
}

const viewportSize = () => [
	document.documentElement.clientWidth,
	document.documentElement.clientHeight
];

/** Scrollama can move its trigger line; its published types leave that method out. */
type Scroller = ReturnType<typeof scrollama> & { offset(px: string): unknown };

/** The id of the last step whose top is above the trigger line, or the first step. */
export function stepAtTrigger(steps: HTMLElement[], offset: number): string | undefined {
	let id = steps[0]?.dataset.step;
	for (const el of steps) if (el.getBoundingClientRect().top <= offset) id = el.dataset.step;
	return id;
}

export function scrolly(onStep: (id: string) => void): Attachment<HTMLElement> {
	return (container) => {
		const steps = [...container.querySelectorAll<HTMLElement>('[data-step]')];
		let offset = triggerOffset();
		const scroller = scrollama() as Scroller;
		// Scrollama's events say *that* something crossed the line; which step is under it is
		// read from the layout each time, so a skipped or out-of-order event cannot leave the
		// wrong step active (fast scrolls, keyboard jumps, a busy main thread).
		let current: string | undefined;
		let redraw: ReturnType<typeof setTimeout> | undefined;
		let [width, height] = viewportSize();
		const sync = () => {
			const [w = 0, h = 0] = viewportSize();
			const resized = w !== width || h !== height;
			// A new width is a resize or a rotation: the trigger line moves with the viewport.
			// A new height alone is a phone's address bar: the line stays put.
			if (w !== width) scroller.offset(`${(offset = triggerOffset())}px`);
			[width, height] = [w, h];
			const id = stepAtTrigger(steps, offset);
			if (resized && current && id !== current) {
				// The reflow moved another step under the line: bring the reader's step back.
				const el = steps.find((s) => s.dataset.step === current);
				if (el)
					window.scrollBy({
						top: el.getBoundingClientRect().top - offset + 8,
						behavior: 'instant'
					});
				return;
			}
			if (!id) return;
			current = id;
			// Read now, redraw in a task of its own: the browser reports several crossings in one
			// task (a step leaving, the next arriving), and a chart redrawn between them would
			// make Scrollama's next read lay the page out again, all in one long task.
			clearTimeout(redraw);
			redraw = setTimeout(() => onStep(id));
		};
		scroller
			.setup({ step: steps, offset: `${offset}px` as unknown as 0.5 })
			.onStepEnter(sync)
			.onStepExit(sync);
		// Scrollama reads only the first of the reports an observer delivers at once. On a busy
		// main thread (the page starting up) a step's first report, "not under the line", can
		// arrive together with the one saying it now is, and the step is never entered: the
		// reader, scrolled to it, sees the first chart. Checking again once a scroll has come to
		// rest costs one read per scroll and puts that right (browsers without `scrollend` keep
		// Scrollama's events alone).
		addEventListener('scrollend', sync);
		// Scrollama reports crossings, not where the reader already is (after a reload or a
		// deep link), so read the position once at start.
		sync();
		return () => {
			removeEventListener('scrollend', sync);
			clearTimeout(redraw);
			scroller.destroy();
		};
	};
}
