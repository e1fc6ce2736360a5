/**
 * The code editors paste into their own pages. The iframe works alone (at its starting
 * height); the short script after it resizes it, trusting only messages from that iframe's
 * window and from our origin, so no other frame or site can change its size.
 */
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function iframeSnippet(src: string, title: string, height: number): string {
	const origin = new URL(src).origin;
	return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy"></iframe>
<script>
(function (frame) {
	addEventListener('message', function (e) {
		var d = e.data;
		if (e.source !== frame.contentWindow || e.origin !== '${origin}') return;
		if (d && d.sentinel === 'amp' && d.type === 'embed-size' && typeof d.height === 'number')
			frame.height = Math.max(50, Math.ceil(d.height));
	});
})(document.currentScript.previousElementSibling);
</script>`;
}

/** For sites that already size their iframes with @newswire/frames (its autoInitFrames()). */
export function framesSnippet(src: string, title: string, height: number): string {
	return `<div data-frame-src="${attr(src)}" data-frame-attribute-title="${attr(title)}" data-frame-attribute-height="${height}"></div>`;
}
