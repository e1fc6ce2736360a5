// After `vite build`: a PNG and an SVG of every chart in every edition, in every distinct
// drawing its embed's `?step=` can give, drawn from the prerendered embed page (the same
// component the story uses) in Debian's Chromium. The PNG is Chromium's screenshot; the SVG is
// Chromium's own vector output (its PDF, which Skia draws from whatever CSS the chart uses)
// turned into SVG by poppler's pdftocairo, so no converter here has to know the charts' CSS.
// Written beside the page as embed/<chart>/<name>.png and .svg (it/embed/… in Italian, and so
// on), named by imageName() in src/lib/embed/view.ts; the prerender crawler is told to expect
// them (src/lib/embed/images.js). The default drawing's PNG size goes into the chart's oEmbed
// file, which names it as its thumbnail. Reads BUILD_DIR and BASE_PATH like the build itself.
import { chromium, type Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { steps } from '../src/content/story';
import { embedImages } from '../src/lib/embed/view';
import { localePath, LOCALES } from '../src/lib/i18n/locales.js';
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium.js';
import { listedCharts } from './listed-charts';
import { staticServer } from './static-server.js';

const dir = process.env.BUILD_DIR ?? 'build';
const base = process.env.BASE_PATH ?? '';
// 660 CSS px is a common article column; twice the pixels for print and sharp screens.
const WIDTH = 660;
const SCALE = 2;
// Pages drawn at once in the one browser: enough to keep two cores busy while pages load.
const PAGES = 3;
const PDFTOCAIRO = '/usr/bin/pdftocairo';

const TOOLS = [
	['Chromium', CHROME_PATH],
	['pdftocairo (poppler-utils)', PDFTOCAIRO]
] as const;
for (const [tool, path] of TOOLS) {
	if (!existsSync(path)) {
		console.error(`No ${tool} at ${path}: run scripts/ensure-tools.sh.`);
		process.exit(1);
	}
}

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'render-images-'));
const charts = listedCharts().map((c) => c.id);
const images = LOCALES.flatMap((locale) =>
	charts.flatMap((chart) =>
		embedImages(steps, chart).map(({ name, step }) => ({
			chart,
			name,
			step,
			path: localePath(locale, `/embed/${chart}/`)
		}))
	)
);

/** Adds the thumbnail's size to an oEmbed file, and to the precompressed copies beside it. */
function addThumbnailSize(file: string, png: Buffer) {
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

const xml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * pdftocairo's SVG, named and described for screen readers as the chart is on its page. Its
 * masks (a faded group: cairo draws it once and masks it with the opacity) are measured, by
 * SVG's default, on the masked group's box, which for a group of level lines has no height:
 * the browser then draws nothing (the faded lives in the lifespans went missing). In the
 * group's own coordinates, where cairo's mask starts at 0 0 and is the page's size, they fit.
 */
function accessible(svg: string, title: string, desc: string) {
	return svg
		.replace(
			/<mask id="([^"]+)">/g,
			'<mask id="$1" maskUnits="userSpaceOnUse" x="0" y="0" width="100%" height="100%">'
		)
		.replace(
			/<svg\b([^>]*)>/,
			(_, attributes: string) =>
				`<svg${attributes} role="img" aria-labelledby="chart-title chart-desc">` +
				`\n<title id="chart-title">${xml(title)}</title>` +
				`\n<desc id="chart-desc">${xml(desc)}</desc>`
		);
}

async function draw(page: Page, site: string, image: (typeof images)[number]) {
	const { chart, name, step, path } = image;
	const folder = join(dir, path);
	const query = step ? `?step=${step}&theme=light` : '?theme=light';
	await page.goto(`${site}${path}${query}`);
	// A step the HTML does not show is drawn once the island is live.
	if (step)
		await page.waitForFunction(
			(step) => document.querySelector(`.chart-view[data-from="${step}"]`),
			step
		);
	// A picture has nothing to press: controls (but not the labels that are buttons in the
	// chart), folded text and live regions go. What the reader needs to read it stays: the
	// "how to read" key is unfolded, without its fold.
	await page.evaluate(() =>
		document.querySelectorAll('details.how').forEach((d) => d.setAttribute('open', ''))
	);
	await page.addStyleTag({
		content: `button:not(.layercake-container button), details:not(.how), details.how > summary,
			[aria-live], .story-link { display: none !important; }
			@page { margin: 0; }`
	});
	await page.evaluate(() => document.fonts.ready);
	await page.waitForFunction(() =>
		document.getAnimations().every((a) => a.playState !== 'running')
	);
	const content = page.locator('.embed');
	const png = await content.screenshot({
		path: join(folder, `${name}.png`),
		animations: 'disabled'
	});
	if (name === chart) addThumbnailSize(join(folder, 'oembed.json'), png);
	const box = (await content.boundingBox())!;
	const pdf = join(scratch, `${path.replaceAll('/', '_')}${name}.pdf`);
	// The page is the chart's box alone (.embed starts at the page's top left corner).
	await page.pdf({
		path: pdf,
		width: `${box.width}px`,
		height: `${Math.ceil(box.height)}px`,
		pageRanges: '1',
		printBackground: true
	});
	const title = await page.locator('.chart-frame .title').innerText();
	const desc = await page.locator('.chart-frame .summary').innerText();
	const { stdout } = await run(PDFTOCAIRO, ['-svg', pdf, '-'], { maxBuffer: 1 << 26 });
	writeFileSync(join(folder, `${name}.svg`), accessible(stdout, title, desc));
}

const server = staticServer(dir, base).listen(0, '127.0.0.1');
await new Promise((done) => server.once('listening', done));
const address = server.address();
const site = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${base}`;

const started = Date.now();
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
try {
	const queue = [...images];
	await Promise.all(
		Array.from({ length: PAGES }, async () => {
			const page = await browser.newPage({
				viewport: { width: WIDTH, height: 800 },
				deviceScaleFactor: SCALE,
				colorScheme: 'light',
				reducedMotion: 'reduce'
			});
			// Print CSS must not change the drawing: the PDF is of the page as a screen shows it.
			await page.emulateMedia({ media: 'screen' });
			for (let image = queue.shift(); image; image = queue.shift()) await draw(page, site, image);
			await page.close();
		})
	);
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	console.log(`Drew ${images.length} PNGs and SVGs of ${charts.length} charts in ${seconds} s`);
} finally {
	await browser.close();
	server.close();
	rmSync(scratch, { recursive: true, force: true });
}
