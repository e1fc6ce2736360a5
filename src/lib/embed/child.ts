/**
 * The embed's side of auto-height: post the content's height to the host page whenever it
 * changes, in the two formats hosts already read. AMP's `embed-size` message is read by our
 * own snippet and by @newswire/frames; Pym.js parents read `pym<id>height<px>` joined by xPYMx,
 * with the id they put in the iframe's URL as `childId`.
 */
export function reportHeight(content: HTMLElement): () => void {
	if (window.parent === window) return () => {};
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
	const asks = (data: unknown) =>
		(typeof data === 'object' && (data as { type?: unknown } | null)?.type === 'frames-init') ||
		(typeof data === 'string' && pymId !== null && data.startsWith(`pymxPYMx${pymId}xPYMxwidth`));
	const onAsk = (e: MessageEvent) => {
		if (e.source === window.parent && asks(e.data)) post(true);
	};
	// Every change of size (fonts, images, a chart's state) reaches the observer.
	const observer = new ResizeObserver(() => post());
	observer.observe(content);
	addEventListener('message', onAsk);
	post();
	return () => {
		observer.disconnect();
		removeEventListener('message', onAsk);
	};
}
