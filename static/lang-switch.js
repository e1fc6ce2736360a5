// The language switcher keeps the reader's place: a link to another edition is given, as it
// is followed, the id of the story step being read (step ids are the same in every edition),
// so the new page opens at that step. Plain script, no framework: the story's page may have
// no client-side SvelteKit. The step read is the active card, or else the first in view.
document.addEventListener('click', (event) => {
	const link = event.target instanceof Element && event.target.closest('a[data-lang-switch]');
	if (!(link instanceof HTMLAnchorElement)) return;
	const cards = [...document.querySelectorAll('.card[id]')];
	const card =
		document.querySelector('.card.active[id]') ??
		cards.find((c) => c.getBoundingClientRect().bottom > innerHeight / 3);
	link.hash = card && card.getBoundingClientRect().top < innerHeight ? card.id : '';
});
