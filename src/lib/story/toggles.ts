/**
 * The reader's switches on the story page: reduce motion, and charts between the text. Plain
 * checkboxes in the prerendered HTML (Checkbox.svelte, marked `data-toggle`), so switching
 * needs no component: the story's script shows them, ticks them as the head script found the
 * choices (src/lib/story/look.js) and, on a change, marks <html>, which CSS reads, and keeps
 * the choice for the next visit.
 */
import { LAYOUT_KEY, MOTION_EVENT, MOTION_KEY, remember } from '$lib/preferences';
import { afterPaint } from './afterPaint';

export function startToggles(activeStep: () => string): void {
	const root = document.documentElement;
	const inputs = (name: string) =>
		document.querySelectorAll<HTMLInputElement>(`input[data-toggle="${name}"]`);
	const tick = (name: string, on: boolean) => inputs(name).forEach((i) => (i.checked = on));

	tick('motion', root.dataset.motion === 'reduced');
	tick('layout', root.dataset.layout === 'stacked');
	// Laid out from the start but hidden, so showing them moves nothing.
	for (const el of document.querySelectorAll('.pending')) el.classList.remove('pending');

	document.addEventListener('change', (event) => {
		const input = event.target;
		if (!(input instanceof HTMLInputElement) || !input.dataset.toggle) return;
		const on = input.checked;
		if (input.dataset.toggle === 'motion') {
			root.dataset.motion = on ? 'reduced' : 'full';
			remember(MOTION_KEY, String(on));
			tick('motion', on);
			document.dispatchEvent(new CustomEvent(MOTION_EVENT, { detail: on }));
		} else if (input.dataset.toggle === 'layout') {
			remember(LAYOUT_KEY, on ? 'stacked' : 'sticky');
			tick('layout', on);
			const id = input.dataset.forStep ?? activeStep();
			// The whole page is laid out anew, a long frame on a slow phone: the tick is painted
			// first, so the switch answers at once.
			afterPaint(() => {
				if (on) root.dataset.layout = 'stacked';
				else delete root.dataset.layout;
				// The step this switch sits by (or the one being read) back where the reader looks.
				document.getElementById(id)?.scrollIntoView({ block: 'start', behavior: 'instant' });
				input.focus({ preventScroll: true });
			});
		}
	});
}
