// The story's look, set before the first paint: a classic script in the story's <head>.
// data-js says the page's script will run, so CSS may lay the runs out as sticky graphics;
// data-layout="stacked" is the reader's choice of charts between the text, data-motion their
// choice of motion, or their system's (see src/lib/preferences.ts, whose keys these are).
// Without JavaScript none is set: the stacked form, and motion as the system asks.
{
	const root = document.documentElement;
	root.dataset.js = '';
	let layout = null;
	let motion = null;
	try {
		layout = localStorage.getItem('endgame:layout');
		motion = localStorage.getItem('endgame:reduced-motion');
	} catch {
		// Storage refused (a private mode): the defaults.
	}
	if (layout === 'stacked') root.dataset.layout = 'stacked';
	const reduced =
		motion === null ? matchMedia('(prefers-reduced-motion: reduce)').matches : motion === 'true';
	root.dataset.motion = reduced ? 'reduced' : 'full';
}
