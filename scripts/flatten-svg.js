// Redraws a rendered element as one standalone SVG: the charts' SVG layers are redrawn in
// pixels with their computed styles, and the HTML layers (labels, axes, marks drawn as boxes) become
// SVG shapes and <text> at the positions the browser measured. Runs inside the page.

/**
 * @param {Element} root
 * @param {{ title: string, external: Record<string, string> }} options `external`: markup of
 * elements that <use> takes from other files (the map's coastline), keyed by the <use>'s
 * href as written, so the SVG stands alone
 */
export function flattenToSvg(root, { title, external }) {
	const origin = root.getBoundingClientRect();
	const out = [];
	const defs = [];
	const num = (v) => Math.round(v * 100) / 100;
	const esc = (s) =>
		String(s)
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;');
	const visible = (color) => color && !/rgba\(.*,\s*0\)$/.test(color) && color !== 'transparent';

	const PAINT = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'opacity'];

	/** Opens a group that crops what follows to the box `r`: close it with '</g>'. */
	function cropTo(r) {
		const id = `crop-${defs.length}`;
		defs.push(
			`<clipPath id="${id}"><rect x="${num(r.left - origin.left)}" y="${num(r.top - origin.top)}" width="${num(r.width)}" height="${num(r.height)}"/></clipPath>`
		);
		out.push(`<g clip-path="url(#${id})">`);
	}

	/**
	 * An inline <svg> (a LayerCake ScaledSvg, stretched with non-scaling strokes): its shapes
	 * redrawn in pixels, so strokes keep their width in any viewer, with computed styles.
	 */
	function drawSvg(el) {
		const cs = getComputedStyle(el);
		if (cs.display === 'none' || parseFloat(cs.opacity) === 0) return;
		const m = el.getScreenCTM?.();
		const pt = (x, y) => {
			const p = new DOMPoint(x, y).matrixTransform(m);
			return [num(p.x - origin.left), num(p.y - origin.top)];
		};
		const paint = PAINT.map((p) => `${p}="${cs.getPropertyValue(p)}"`).join(' ');
		const n = (name) => el[name].baseVal.value;
		if (el instanceof SVGLineElement) {
			const [x1, y1] = pt(n('x1'), n('y1'));
			const [x2, y2] = pt(n('x2'), n('y2'));
			out.push(`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" ${paint}/>`);
		} else if (el instanceof SVGRectElement) {
			const [x1, y1] = pt(n('x'), n('y'));
			const [x2, y2] = pt(n('x') + n('width'), n('y') + n('height'));
			out.push(
				`<rect x="${x1}" y="${y1}" width="${num(x2 - x1)}" height="${num(y2 - y1)}" ${paint}/>`
			);
		} else if (el instanceof SVGPolylineElement || el instanceof SVGPolygonElement) {
			const points = [...el.points].map((p) => pt(p.x, p.y).join(',')).join(' ');
			out.push(`<${el.localName} points="${points}" ${paint}/>`);
		} else if (el instanceof SVGSVGElement || el instanceof SVGGElement) {
			const opacity = parseFloat(cs.opacity);
			// A map's <svg> crops what lies outside its box; the picture must too.
			const crop = el instanceof SVGSVGElement && cs.overflow !== 'visible';
			if (crop) cropTo(el.getBoundingClientRect());
			if (opacity < 1) out.push(`<g opacity="${opacity}">`);
			for (const child of el.children) drawSvg(child);
			if (opacity < 1) out.push('</g>');
			if (crop) out.push('</g>');
		} else if (el instanceof SVGUseElement && external[el.getAttribute('href') ?? '']) {
			// Drawn at the map's scale: the stroke is divided by it, since not every viewer
			// honours a non-scaling stroke.
			const matrix = [m.a, m.b, m.c, m.d, m.e - origin.left, m.f - origin.top].map(num);
			const width = parseFloat(cs.strokeWidth) / Math.hypot(m.a, m.b);
			const shape = external[el.getAttribute('href') ?? ''].replace(/ vector-effect="[^"]*"/, '');
			out.push(
				`<g transform="matrix(${matrix.join(' ')})" ${paint.replace(/stroke-width="[^"]*"/, `stroke-width="${num(width * 1000) / 1000}"`)}>${shape}</g>`
			);
		} else if (el instanceof SVGGraphicsElement) {
			// Anything else (paths, circles, text…) keeps its own geometry, placed by the same
			// matrix; a non-scaling stroke keeps that property, which browsers honour.
			const attrs = [...el.attributes]
				.filter(
					(a) => !/^(class|style|transform|vector-effect|font-.*|data-.*|aria-.*)$/.test(a.name)
				)
				.filter((a) => !PAINT.includes(a.name))
				.map((a) => `${a.name}="${esc(a.value)}"`)
				.join(' ');
			const matrix = [m.a, m.b, m.c, m.d, m.e - origin.left, m.f - origin.top].map(num);
			const effect = cs.getPropertyValue('vector-effect');
			const font =
				el instanceof SVGTextContentElement
					? ` font-family="${esc(cs.fontFamily)}" font-size="${cs.fontSize}" font-weight="${cs.fontWeight}"`
					: '';
			out.push(
				`<${el.localName} ${attrs} transform="matrix(${matrix.join(' ')})" ${paint} vector-effect="${effect}"${font}>${esc(el.textContent ?? '')}</${el.localName}>`
			);
		}
	}

	/** A box's background (a colour, or the month marks' hatching) and borders. */
	function drawBox(cs, r) {
		const x = r.left - origin.left;
		const y = r.top - origin.top;
		const radius = Math.min(parseFloat(cs.borderTopLeftRadius) || 0, r.width / 2, r.height / 2);
		const rect = (attrs) =>
			`<rect x="${num(x)}" y="${num(y)}" width="${num(r.width)}" height="${num(r.height)}" rx="${num(radius)}" ${attrs}/>`;
		if (visible(cs.backgroundColor)) out.push(rect(`fill="${cs.backgroundColor}"`));
		const hatch = cs.backgroundImage.match(/repeating-linear-gradient\([^,]*,\s*(rgba?\([^)]*\))/);
		if (hatch) {
			const id = `hatch-${defs.length}`;
			defs.push(
				`<pattern id="${id}" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="2" height="5" fill="${hatch[1]}"/></pattern>`
			);
			out.push(rect(`fill="url(#${id})"`));
		}
		const sides = ['Top', 'Right', 'Bottom', 'Left'].map((s) => ({
			side: s,
			width: parseFloat(cs[`border${s}Width`]) || 0,
			style: cs[`border${s}Style`],
			color: cs[`border${s}Color`]
		}));
		const drawn = sides.filter((b) => b.width > 0 && b.style !== 'none' && visible(b.color));
		const dash = (b) =>
			b.style === 'dashed'
				? ` stroke-dasharray="${b.width * 3} ${b.width * 2}"`
				: b.style === 'dotted'
					? ` stroke-dasharray="${b.width} ${b.width}"`
					: '';
		const same =
			drawn.length === 4 &&
			drawn.every(
				(b) =>
					b.width === drawn[0].width && b.color === drawn[0].color && b.style === drawn[0].style
			);
		if (same) {
			const b = drawn[0];
			const h = b.width / 2;
			out.push(
				`<rect x="${num(x + h)}" y="${num(y + h)}" width="${num(r.width - b.width)}" height="${num(r.height - b.width)}" rx="${num(Math.max(0, radius - h))}" fill="none" stroke="${b.color}" stroke-width="${b.width}"${dash(b)}/>`
			);
			return;
		}
		for (const b of drawn) {
			const h = b.width / 2;
			const [x1, y1, x2, y2] = {
				Top: [x, y + h, x + r.width, y + h],
				Right: [x + r.width - h, y, x + r.width - h, y + r.height],
				Bottom: [x, y + r.height - h, x + r.width, y + r.height - h],
				Left: [x + h, y, x + h, y + r.height]
			}[b.side];
			out.push(
				`<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${b.color}" stroke-width="${b.width}"${dash(b)}/>`
			);
		}
	}

	/** A text node, one <text> per line as the browser wrapped it. */
	function drawText(node, cs) {
		const words = [...node.data.matchAll(/\S+/g)];
		const range = document.createRange();
		const lines = [];
		for (const w of words) {
			range.setStart(node, w.index);
			range.setEnd(node, w.index + w[0].length);
			const rect = range.getBoundingClientRect();
			if (rect.width === 0) continue;
			const line = lines.find((l) => Math.abs(l.top - rect.top) < rect.height / 2);
			if (line) line.words.push(w[0]);
			else lines.push({ top: rect.top, left: rect.left, height: rect.height, words: [w[0]] });
		}
		const upper = cs.textTransform === 'uppercase';
		for (const l of lines) {
			const text = l.words.join(' ');
			// The glyphs' box is ascent plus descent; the baseline sits about four-fifths down.
			const baseline = l.top - origin.top + l.height * 0.78;
			out.push(
				`<text x="${num(l.left - origin.left)}" y="${num(baseline)}" font-family="${esc(cs.fontFamily)}" font-size="${cs.fontSize}" font-weight="${cs.fontWeight}" letter-spacing="${cs.letterSpacing === 'normal' ? 0 : cs.letterSpacing}" fill="${cs.color}">${esc(upper ? text.toUpperCase() : text)}</text>`
			);
		}
	}

	/**
	 * A positioned ::before or ::after box (the map's precision halos, a dismantled site's
	 * strike), from the used sizes the browser reports for it, turned as the CSS turns it.
	 */
	function drawPseudo(el, cs, r, which) {
		const ps = getComputedStyle(el, which);
		if (ps.content === 'none' || ps.content === 'normal' || ps.position !== 'absolute') return;
		const box = {
			left: r.left + (parseFloat(cs.borderLeftWidth) || 0) + parseFloat(ps.left),
			top: r.top + (parseFloat(cs.borderTopWidth) || 0) + parseFloat(ps.top),
			width: parseFloat(ps.width),
			height: parseFloat(ps.height)
		};
		const opacity = parseFloat(ps.opacity);
		const turned = ps.transform !== 'none';
		if (turned) {
			const cx = num(box.left - origin.left + box.width / 2);
			const cy = num(box.top - origin.top + box.height / 2);
			const m = new DOMMatrix(ps.transform);
			const matrix = [m.a, m.b, m.c, m.d, m.e, m.f].map((v) => Math.round(v * 1e4) / 1e4);
			out.push(
				`<g transform="translate(${cx} ${cy}) matrix(${matrix.join(' ')}) translate(${-cx} ${-cy})">`
			);
		}
		if (opacity < 1) out.push(`<g opacity="${opacity}">`);
		drawBox(ps, box);
		if (opacity < 1) out.push('</g>');
		if (turned) out.push('</g>');
	}

	function walk(el) {
		const cs = getComputedStyle(el);
		if (cs.display === 'none' || cs.visibility === 'hidden') return;
		// Visually hidden text (clipped to nothing) is for screen readers, not the picture.
		if (cs.clipPath !== 'none' && cs.position === 'absolute') return;
		const r = el.getBoundingClientRect();
		if (el instanceof SVGSVGElement) return drawSvg(el);
		const opacity = parseFloat(cs.opacity);
		if (opacity === 0) return;
		if (opacity < 1) out.push(`<g opacity="${opacity}">`);
		drawBox(cs, r);
		// What a box with hidden overflow crops on screen (sites beyond the map's edge, say)
		// stays out of the picture too.
		const crop = cs.overflow !== 'visible';
		if (crop) cropTo(r);
		drawPseudo(el, cs, r, '::before');
		for (const child of el.childNodes) {
			if (child.nodeType === Node.TEXT_NODE && child.data.trim()) drawText(child, cs);
			else if (child.nodeType === Node.ELEMENT_NODE) walk(child);
		}
		drawPseudo(el, cs, r, '::after');
		if (crop) out.push('</g>');
		if (opacity < 1) out.push('</g>');
	}

	const background = getComputedStyle(document.body).backgroundColor;
	const width = Math.ceil(origin.width);
	const height = Math.ceil(origin.height);
	walk(root);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}">`,
		`<title>${esc(title)}</title>`,
		`<defs>${defs.join('')}</defs>`,
		visible(background) ? `<rect width="100%" height="100%" fill="${background}"/>` : '',
		...out,
		'</svg>',
		''
	].join('\n');
}
