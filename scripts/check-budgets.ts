/**
 * Byte budgets, checked against a build: `tsx scripts/check-budgets.ts [DIR]` (default `build`).
 * Every page (each index.html) gets the page budget, embeds (/embed/<chart>/) their own;
 * the story's first round trip must carry its headline, standfirst and critical CSS.
 * Prints what it checked; exits 1 on any miss.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, constants } from 'node:zlib';
import budgets from '../bench/budgets.json' with { type: 'json' };
import { findPages, gzip, gzipSize, isEmbed, pageStyles, pageWeight } from './page-weight';
import { fontCharacters } from './subset-fonts';

const dir = process.argv[2] ?? 'build';
const misses: string[] = [];
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

const pages = findPages(dir);
if (!pages.length) throw new Error(`No pages in ${dir}: build first`);

console.log(`Byte budgets, gzip level 9, 1 KB = 1000 bytes (${dir}/)`);
for (const page of pages) {
	const weight = pageWeight(dir, page);
	const budget = weight.embed ? budgets.bytes.embed : budgets.bytes.page;
	// All of a page's JavaScript counts, including what an embed loads once it is reached for.
	const allJs = weight.js + weight.jsOnDemand;
	const js = allJs <= budget.js;
	const css = weight.css <= budget.css;
	const html = weight.html <= budget.html;
	console.log(
		`${js && css && html ? 'ok  ' : 'MISS'} ${page.route.padEnd(28)} JS ${kb(allJs)} (≤ ${kb(budget.js)}):` +
			(weight.jsOnDemand ? ` ${kb(weight.js)} at start, ${kb(weight.jsOnDemand)} on demand,` : '') +
			` ${weight.jsFiles} files at start; CSS ${kb(weight.css)} (≤ ${kb(budget.css)}), HTML ${kb(weight.html)} (≤ ${kb(budget.html)})`
	);
	if (!js) misses.push(`${page.route}: JS ${kb(allJs)} > ${kb(budget.js)}`);
	if (!css) misses.push(`${page.route}: CSS ${kb(weight.css)} > ${kb(budget.css)}`);
	if (!html) misses.push(`${page.route}: HTML ${kb(weight.html)} > ${kb(budget.html)}`);
}
if (!pages.some((p) => isEmbed(p.route)))
	console.log(`—    no embed pages (${dir}/embed/*/index.html) yet: embed budget not checked`);

// The first 14 KB: within TCP's first flight (10 segments of 1460 bytes), what arrives before
// the browser has to answer the server even once.
const first = budgets.bytes.firstRoundTrip;
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const head = html.slice(0, html.indexOf('</head>'));
const prefix = gunzipSync(gzip(html).subarray(0, first), {
	finishFlush: constants.Z_SYNC_FLUSH
}).toString('utf8');
const needs: [string, number][] = [
	['the headline', html.indexOf('</h1>')],
	['the standfirst', html.indexOf('</p>', html.indexOf('class="standfirst'))],
	['the inline critical CSS', head.lastIndexOf('</style>')],
	['the end of <head> (no stylesheet left to fetch)', html.indexOf('</head>')]
];
for (const [what, end] of needs) {
	const ok = end >= 0 && prefix.length >= end;
	console.log(`${ok ? 'ok  ' : 'MISS'} story: ${what} within the first ${first} gzip bytes`);
	if (!ok) misses.push(`story: ${what} is not within the first ${first} gzip bytes`);
}
// The map's coastline is fetched while the story parses, beside the first screen's HTML and
// fonts: one round trip more for it holds the whole first paint in a slow network's model.
const coast = gzipSize(readFileSync(join(dir, 'charts/patrol-map-land.svg')));
console.log(
	`${coast <= first ? 'ok  ' : 'MISS'} the map's coastline file is ${kb(coast)}, within one round trip (${first} gzip bytes)`
);
if (coast > first) misses.push(`charts/patrol-map-land.svg: ${kb(coast)} > ${kb(first)}`);

if (pageStyles(dir, { route: '/', file: join(dir, 'index.html') }).files.length)
	misses.push('story: a render-blocking stylesheet');

// Nor a script to fetch first: a classic <script src> in a <head>, without defer or async,
// holds the first paint for its round trip (the look scripts are inline: inline-script.ts).
const blocking = pages.filter((page) =>
	[
		...readFileSync(page.file, 'utf8')
			.split('</head>')[0]!
			.matchAll(/<script\b([^>]*)>/g)
	].some(([, attrs]) => /\bsrc=/.test(attrs!) && !/\b(defer|async)\b|type="module"/.test(attrs!))
);
console.log(
	`${blocking.length ? 'MISS' : 'ok  '} no page has a render-blocking script to fetch (${pages.length} pages)`
);
for (const page of blocking) misses.push(`${page.route}: a render-blocking script in <head>`);

// The web fonts hold only the characters of the sources (subset-fonts.ts). One that a page
// gains on the way (a date or number from Intl, an entity) would be drawn in another font.
const inFont = fontCharacters();
const texts = [
	...pages.map((p) => p.file),
	...pages.map((p) => join(dirname(p.file), 'chart-data.json'))
];
const strays = new Map<string, string>();
for (const file of texts.filter((f) => existsSync(f))) {
	const text = readFileSync(file, 'utf8').replace(/&#(x?)([0-9a-f]+);/gi, (_, hex, n) =>
		String.fromCodePoint(parseInt(n, hex ? 16 : 10))
	);
	for (const char of text)
		if (char >= ' ' && !inFont.has(char) && !strays.has(char)) strays.set(char, file);
}
console.log(
	`${strays.size ? 'MISS' : 'ok  '} every character of the pages and their chart data is in the web fonts (${texts.length} files)`
);
for (const [char, file] of strays)
	misses.push(
		`${file}: "${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) is not in the web fonts`
	);

if (misses.length) {
	console.error(`\n${misses.length} budget(s) missed:\n${misses.join('\n')}`);
	process.exit(1);
}
