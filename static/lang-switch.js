// The language switcher keeps the reader's place: a link to another edition is given, as it
// is followed, the id of the story step being read (step ids are the same in every edition),
// so the new page opens at that step. Plain script, no framework: the story's page may have
// no client-side SvelteKit. The step is the first card in view, noted as the reader scrolls;
// moving the focus to the switcher scrolls the page to it, so that scroll is not noted.
(() => {
	let reading = '';
	let held = false;
	const switcher = (/** @type {EventTarget | null} */ t) =>
		t instanceof Element ? t.closest('a[data-lang-switch]') : null;
	const note = () => {
		if (held) return;
		const card = [...document.querySelectorAll('.card[id]')].find((c) => {
			const box = c.getBoundingClientRect();
			return box.bottom > innerHeight / 3 && box.top < innerHeight;
		});
		reading = card ? card.id : '';
	};
	addEventListener('scroll', () => requestAnimationFrame(note), { passive: true });
	addEventListener('load', note);
	document.addEventListener('focusin', (e) => void (switcher(e.target) && (held = true)));
	document.addEventListener('focusout', (e) => void (switcher(e.target) && (held = false)));
	document.addEventListener('click', (e) => {
		const link = switcher(e.target);
		if (link instanceof HTMLAnchorElement) link.hash = reading;
	});
})();
