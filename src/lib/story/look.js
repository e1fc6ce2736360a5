// The story's look, set before the first paint: a classic script in the story's <head>. It
// also starts the story's script (see the end).
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
// The story's script is fetched once the first frame is on screen: named in the HTML, it would
// be fetched at once, and on a slow connection take its share of the bandwidth from the page
// and its fonts before anything is painted. It runs once the page is parsed, as a deferred
// module would, since it reads every step.
requestAnimationFrame(() =>
	setTimeout(() => {
		const files = [...document.querySelectorAll('meta[name="story-script"]')].map((m) =>
			m.getAttribute('content')
		);
		for (const href of files)
			document.head.append(
				Object.assign(document.createElement('link'), { rel: 'modulepreload', href })
			);
		const run = () =>
			document.head.append(
				Object.assign(document.createElement('script'), { type: 'module', src: files[0] })
			);
		if (document.readyState === 'loading')
			addEventListener('DOMContentLoaded', run, { once: true });
		else run();
	})
);
