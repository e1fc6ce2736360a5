/**
 * The story's one script at start. The page is prerendered whole (every step's picture is in
 * the HTML, and CSS lays the runs out as sticky graphics before it runs: see Scroller.svelte),
 * so there is nothing to hydrate: this only follows the reader. Scrollama reports the step
 * under the trigger line, and the page shows that step's picture by switching classes, which
 * CSS turns into a fade. The charts come to life one by one, when the reader reaches for
 * them (wake.ts); the switches are plain checkboxes (toggles.ts).
 */
import { scrolly } from '$lib/scrolly/scrolly';
import { shownScenes } from '$lib/scrolly/steps';
import { startToggles } from './toggles';
import { wakeFigures } from './wake';

const story = document.querySelector<HTMLElement>('.story')!;
const cards = [...story.querySelectorAll<HTMLElement>('[data-step]')];
const order = cards.map((card) => card.dataset.step!);
// The runs and scenes as Scroller.svelte drew them: the same shape as the step table's.
const runs = [...story.querySelectorAll<HTMLElement>('.run')].map((run) => ({
	scenes: [...run.querySelectorAll<HTMLElement>(':scope > .figure')].map((el) => ({
		el,
		steps: el.dataset.scene!.split(' ').map((id) => ({ id }))
	}))
}));
const progress = document.querySelector<HTMLElement>('.progress > div');
let active = order[0]!;

function show(id: string) {
	active = id;
	const shown = shownScenes(order, runs, id);
	runs.forEach((run, r) => {
		for (const scene of run.scenes) {
			const on = scene === shown[r];
			scene.el.classList.toggle('shown', on);
			scene.el.classList.toggle('current', on && scene.steps.some((s) => s.id === id));
		}
	});
	for (const card of cards) card.classList.toggle('active', card.dataset.step === id);
	if (progress) progress.style.transform = `scaleX(${(order.indexOf(id) + 1) / order.length})`;
}

// A deep link (/#step-id) shows that step's picture at once, before any scrolling.
const linked = decodeURIComponent(location.hash.slice(1));
if (order.includes(linked)) show(linked);
scrolly((id) => {
	if (id !== active) show(id);
})(story);
startToggles(() => active);
wakeFigures();
