// An embed's side of auto-height, running from the first paint (the chart's own scripts wait
// for the reader to reach for it: see embed-wake.js). Posts the content's height to the host
// whenever it changes, in the two formats hosts already read: AMP's
// `embed-size` message (read by our own snippet and by @newswire/frames) and Pym.js's
// `pym<id>height<px>` joined by xPYMx, with the id the host put in the URL as `childId`.
// Loaded with `defer`, it runs once the page is parsed: the content is there to measure.
// In a block, so its names stay out of the page's global scope.
{
	const content = document.querySelector('.embed');
	if (window.parent !== window && content) {
		const pymId = new URLSearchParams(location.search).get('childId');
		let last = -1;
		const post = (always = false) => {
			const height = Math.ceil(content.getBoundingClientRect().height);
			if (height === last && !always) return;
			last = height;
			// Heights are not secret, and the host's origin is unknown: any origin may read them.
			window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
			if (pymId) window.parent.postMessage(['pym', pymId, 'height', height].join('xPYMx'), '*');
		};
		// A host that starts listening late asks: frames sends `frames-init`, Pym sends its width.
		const asks = (data) =>
			(typeof data === 'object' && data?.type === 'frames-init') ||
			(typeof data === 'string' && pymId !== null && data.startsWith(`pymxPYMx${pymId}xPYMxwidth`));
		addEventListener('message', (e) => {
			if (e.source === window.parent && asks(e.data)) post(true);
		});
		// Every change of size (fonts, images, a chart's state) reaches the observer.
		new ResizeObserver(() => post()).observe(content);
		post();
	}
}
