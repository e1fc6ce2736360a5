/**
 * The host's side of auto-height, for our own editors' page: the same rules as the snippet
 * editors copy (see snippet.ts), bundled because our pages run no inline scripts.
 */
export function followHeight(frame: HTMLIFrameElement): () => void {
	const onMessage = (e: MessageEvent) => {
		const d = e.data as { sentinel?: unknown; type?: unknown; height?: unknown } | null;
		if (e.source !== frame.contentWindow || e.origin !== new URL(frame.src).origin) return;
		if (d?.sentinel === 'amp' && d.type === 'embed-size' && typeof d.height === 'number')
			frame.height = String(Math.max(50, Math.ceil(d.height)));
	};
	addEventListener('message', onMessage);
	return () => removeEventListener('message', onMessage);
}
