/**
 * A thin attachment on Scrollama: it reports the id of the step that crosses the trigger
 * line, and nothing else. No scroll or resize listeners of our own: Scrollama observes
 * intersections and step sizes itself.
 */
import scrollama from 'scrollama';
import type { Attachment } from 'svelte/attachments';

/**
 * The trigger line, in pixels from the top of the viewport. Pixels (not a fraction of the
 * viewport) so a mobile address bar sliding in and out does not move it and re-trigger steps.
 */
export function triggerOffset(): number {
	return Math.round(document.documentElement.clientHeight * 0.6);
}

/** The id of the last step whose top is above the trigger line, or the first step. */
export function stepAtTrigger(steps: HTMLElement[], offset: number): string | undefined {
	let id = steps[0]?.dataset.step;
	for (const el of steps) if (el.getBoundingClientRect().top <= offset) id = el.dataset.step;
	return id;
}

export function scrolly(onStep: (id: string) => void): Attachment<HTMLElement> {
	return (container) => {
		const steps = [...container.querySelectorAll<HTMLElement>('[data-step]')];
		const offset = triggerOffset();
		const scroller = scrollama();
		scroller
			.setup({ step: steps, offset: `${offset}px` as unknown as 0.5 })
			.onStepEnter(({ element }) => {
				if (element.dataset.step) onStep(element.dataset.step);
			})
			.onStepExit(({ element, direction, index }) => {
				// Scrolling back above the first step: the first step holds.
				if (direction === 'up' && index === 0 && element.dataset.step) onStep(element.dataset.step);
			});
		// Scrollama reports crossings, not where the reader already is (after a reload or a
		// deep link), so read the position once at start.
		const initial = stepAtTrigger(steps, offset);
		if (initial) onStep(initial);
		return () => scroller.destroy();
	};
}
