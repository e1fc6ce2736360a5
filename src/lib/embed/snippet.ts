/**
 * The code editors paste into their own pages. The iframe works alone, at a starting height
 * that follows the column's width; the short script after it resizes it to its content,
 * trusting only messages from that iframe's window and from our origin, so no other frame or
 * site can change its size.
 */
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Stands for the published origin in code shown before it is known: `.invalid` never resolves. */
export const UNPUBLISHED = 'https://published-address.invalid';

/** A content height in px at a frame width in px. */
export type HeightAt = readonly [width: number, height: number];
/** A straight line of starting heights, through two points (see scripts/embed-heights.js). */
export type HeightLine = readonly [HeightAt, HeightAt];

const round = (n: number) => Math.round(n * 100) / 100;
const slopeOf = ([[w1, h1], [w2, h2]]: HeightLine) => (h2 - h1) / (w2 - w1);

/**
 * A CSS length, for a box's padding (whose percentages are of its column's width): the
 * largest of the lines at the column's width. Each line carries on beyond its two points,
 * so narrower and wider columns are covered too.
 */
export function startingHeight(lines: readonly HeightLine[]): string {
	const css = lines.map((line) => {
		const [[w1, h1]] = line;
		const slope = slopeOf(line);
		return `calc(${round(h1 - slope * w1)}px + ${round(slope * 100)}%)`;
	});
	return css.length === 1 ? css[0]! : `max(${css.join(', ')})`;
}

/** The starting height at one width, for what takes a single number. */
export function heightAt(lines: readonly HeightLine[], width: number): number {
	return Math.ceil(
		Math.max(...lines.map((line) => line[0][1] + (width - line[0][0]) * slopeOf(line)))
	);
}

/**
 * The iframe sits in a box whose height follows the column's width (its padding), so a page
 * that inserts this code without running its script (an HTML block that strips scripts, or
 * innerHTML) still shows the whole chart. The `height` attribute is for pages that strip
 * styles as well. Once the script hears the embed's own height, the box takes it.
 */
export function iframeSnippet(src: string, title: string, heights: readonly HeightLine[]): string {
	const origin = new URL(src).origin;
	return `<div style="position:relative;padding-top:${startingHeight(heights)}"><iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${heightAt(heights, 660)}" style="position:absolute;top:0;left:0;width:100%;height:100%;border:0" loading="lazy"></iframe></div>
<script>
(function (box) {
	var frame = box.firstElementChild;
	addEventListener('message', function (e) {
		var d = e.data;
		if (e.source !== frame.contentWindow || e.origin !== '${origin}') return;
		if (d && d.sentinel === 'amp' && d.type === 'embed-size' && typeof d.height === 'number')
			box.style.paddingTop = Math.max(50, Math.ceil(d.height)) + 'px';
	});
})(document.currentScript.previousElementSibling);
</script>`;
}

/** For sites that already size their iframes with @newswire/frames (its autoInitFrames()). */
export function framesSnippet(src: string, title: string, height: number): string {
	return `<div data-frame-src="${attr(src)}" data-frame-attribute-title="${attr(title)}" data-frame-attribute-height="${height}"></div>`;
}

/**
 * For sites that already size their iframes with Pym.js (loaded on the page). `xdomain`
 * makes Pym take heights only from our origin (Pym matches it, as a pattern, against the end
 * of each message's origin); without it any frame on the page could resize the chart.
 */
export function pymSnippet(src: string, title: string, id: string): string {
	const origin = new URL(src).origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return `<div id="${attr(id)}"></div>
<script>
new pym.Parent(${JSON.stringify(id)}, ${JSON.stringify(src)}, { title: ${JSON.stringify(title)}, xdomain: ${JSON.stringify(origin)} });
</script>`;
}
