// After `vite build`: a PNG and an SVG of every chart in every edition, drawn from its
// prerendered embed page (the same component the story uses) in Debian's Chromium. Written
// beside the page as embed/<chart>/<chart>.png and .svg (it/embed/… in Italian, and so on);
// the prerender crawler is told to expect them (see
// src/lib/embed/images.js). The PNG's size goes into the chart's oEmbed file, which names it
// as its thumbnail. Reads BUILD_DIR and BASE_PATH like the build itself.
import { chromium } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium.js';
import { flattenToSvg } from './flatten-svg.js';
import { localePath, LOCALES } from '../src/lib/i18n/locales.js';
import { staticServer } from './static-server.js';

const dir = process.env.BUILD_DIR ?? 'build';
const base = process.env.BASE_PATH ?? '';
// 660 CSS px is a common article column; twice the pixels for print and sharp screens.
const WIDTH = 660;
const SCALE = 2;

if (!existsSync(CHROME_PATH)) {
	console.error(
		`No Chromium at ${CHROME_PATH}: run scripts/ensure-chromium.sh, or set CHROME_PATH.`
	);
	process.exit(1);
}

const charts = readdirSync(join(dir, 'embed'), { withFileTypes: true })
	.filter((d) => d.isDirectory() && existsSync(join(dir, 'embed', d.name, 'index.html')))
	.map((d) => d.name);
/** Every chart in every edition, with where its embed is: embed/ for English, it/embed/… */
const images = LOCALES.flatMap((locale) =>
	charts.map((chart) => ({ chart, path: localePath(locale, `/embed/${chart}/`) }))
);

/** The element a <use href="/base/file.svg#id"> draws, read from the built file. */
function referenced(href) {
	const [file = '', id] = href.slice(base.length).split('#');
	const text = readFileSync(join(dir, file), 'utf8');
	const element = text.match(new RegExp(`<[a-z]+ id="${id}"[^>]*/>`))?.[0];
	if (!element) throw new Error(`${href}: no element with that id`);
	return element;
}

/** Adds the thumbnail's size to an oEmbed file, and to the precompressed copies beside it. */
function addThumbnailSize(file, png) {
	// A PNG's width and height are the IHDR chunk's first two 32-bit numbers.
	const thumbnail = {
		thumbnail_width: png.readUInt32BE(16),
		thumbnail_height: png.readUInt32BE(20)
	};
	const text = JSON.stringify(
		{ ...JSON.parse(readFileSync(file, 'utf8')), ...thumbnail },
		null,
		'\t'
	);
	writeFileSync(file, text);
	// As the adapter compresses (zlib level 9, brotli at its best), so hosts serve the same.
	writeFileSync(`${file}.gz`, gzipSync(text, { level: 9 }));
	writeFileSync(
		`${file}.br`,
		brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
	);
}

const server = staticServer(dir, base).listen(0, '127.0.0.1');
await new Promise((done) => server.once('listening', done));
const address = server.address();
const site = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${base}`;

const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
try {
	for (const { chart, path } of images) {
		const embeds = join(dir, path, '..');
		const page = await browser.newPage({
			viewport: { width: WIDTH, height: 800 },
			deviceScaleFactor: SCALE,
			colorScheme: 'light',
			reducedMotion: 'reduce'
		});
		await page.goto(`${site}${path}?theme=light`, { waitUntil: 'networkidle' });
		// A picture has nothing to press: controls (but not the labels that are buttons in the
		// chart), folded text and live regions go. What the reader needs to read it stays: the
		// "how to read" key is unfolded, without its fold.
		await page.evaluate(() =>
			document.querySelectorAll('details.how').forEach((d) => d.setAttribute('open', ''))
		);
		await page.addStyleTag({
			content: `button:not(.layercake-container button), details:not(.how), details.how > summary,
				[aria-live], .story-link { display: none !important; }`
		});
		await page.evaluate(() => document.fonts.ready);
		const content = page.locator('.embed');
		const png = join(embeds, chart, `${chart}.png`);
		addThumbnailSize(
			join(embeds, chart, 'oembed.json'),
			await content.screenshot({ path: png, animations: 'disabled' })
		);
		const title = await page.locator('.chart-frame .title').innerText();
		const external = Object.fromEntries(
			// Keyed by the href as written (the page's own, often relative), read by its path.
			(
				await page.$$eval('use', (uses) =>
					uses.map((u) => {
						const href = u.getAttribute('href') ?? '';
						const url = new URL(href, location.href);
						return [href, url.pathname + url.hash];
					})
				)
			)
				.filter(([href]) => !href.startsWith('#'))
				.map(([href, path]) => [href, referenced(path)])
		);
		const svg = await content.evaluate(flattenToSvg, { title, external });
		writeFileSync(join(embeds, chart, `${chart}.svg`), svg);
		console.log(`Drew ${png} and ${chart}.svg`);
		await page.close();
	}
} finally {
	await browser.close();
	server.close();
}
