// The language switcher keeps the reader's place: a link to another edition is given, as it
// is followed, the id of the story step being read (step ids are the same in every edition),
// so the new page opens at that step. Plain script, no framework: the story's page may have
// no client-side SvelteKit. The step is the first card in view, noted as the reader scrolls;
// moving the focus to the switcher scrolls the page to it, so that scroll is not noted.
(() => {
	/** The cards now in the reading band (below the top third of the screen), as the browser
	 * reports them: watched, not measured on every scroll, which would force a layout. */
	const inBand = new Set();
	let reading = '';
	let held = false;
	const switcher = (/** @type {EventTarget | null} */ t) =>
		t instanceof Element ? t.closest('a[data-lang-switch]') : null;
	const band = new IntersectionObserver(
		(entries) => {
			for (const e of entries) {
				if (e.isIntersecting) inBand.add(e.target);
				else inBand.delete(e.target);
			}
			if (held) return;
			const cards = [...document.querySelectorAll('.card[id]')];
			reading = cards.find((c) => inBand.has(c))?.id ?? '';
		},
		{ rootMargin: '-33.33% 0px 0px 0px' }
	);
	addEventListener('DOMContentLoaded', () =>
		document.querySelectorAll('.card[id]').forEach((card) => band.observe(card))
	);
	document.addEventListener('focusin', (e) => void (switcher(e.target) && (held = true)));
	document.addEventListener('focusout', (e) => void (switcher(e.target) && (held = false)));
	document.addEventListener('click', (e) => {
		const link = switcher(e.target);
		if (link instanceof HTMLAnchorElement) link.hash = reading;
	});
})();
