// The story's layout, set before the first paint: a classic script in the story's <head>.
// data-js says the page's script will run, so CSS may lay the runs out as sticky graphics;
// data-layout="stacked" is the reader's choice of charts between the text (see
// src/lib/story/layout.svelte.ts). Without JavaScript neither is set: the stacked form.
{
	const root = document.documentElement;
	root.dataset.js = '';
	try {
		if (localStorage.getItem('endgame:layout') === 'stacked') root.dataset.layout = 'stacked';
	} catch {
		// Storage refused (a private mode): the default layout.
	}
}
