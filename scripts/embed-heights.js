// Measures each built embed's height (its default view) in frames from 240 to 1400 px wide
// and prints, per chart, the lines for `heights` in each chart's chart.ts. The embed code's
// starting height (snippet.ts) is the largest of those lines at the column's width, so they
// are the lower convex hull of the measurements, each raised to clear every measurement
// under it by a margin. Run after a build whenever a chart's layout changes:
// `node scripts/embed-heights.js` (tests/browser/embed-start.spec.ts checks the result).
import { chromium } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium.js';
import { staticServer } from './static-server.js';

const dir = process.env.BUILD_DIR ?? 'build';
const MARGIN = 6;
const widths = [];
for (let w = 240; w <= 1400; w += w < 480 ? 10 : 20) widths.push(w);

/** The lower convex hull of points sorted by width. */
function lowerHull(points) {
	const hull = [];
	for (const p of points) {
		while (hull.length >= 2) {
			const [a, b] = hull.slice(-2);
			// Drop b if it lies on or above the line from a to p.
			if ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) <= 0) hull.pop();
			else break;
		}
		hull.push(p);
	}
	return hull;
}

/** Each hull segment as a line raised to clear the measurements within it by MARGIN. */
function lines(measured) {
	const hull = lowerHull(measured);
	return hull.slice(1).map((b, i) => {
		const a = hull[i];
		const at = (w) => a[1] + ((w - a[0]) * (b[1] - a[1])) / (b[0] - a[0]);
		const under = measured.filter(([w]) => w >= a[0] && w <= b[0]);
		const raise = Math.ceil(Math.max(...under.map(([w, h]) => h - at(w)))) + MARGIN;
		return [
			[a[0], a[1] + raise],
			[b[0], b[1] + raise]
		];
	});
}

const server = staticServer(dir).listen(0, '127.0.0.1');
await new Promise((done) => server.once('listening', done));
const address = server.address();
const site = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
try {
	for (const chart of readdirSync(`${dir}/embed`, { withFileTypes: true })) {
		if (!chart.isDirectory()) continue;
		const page = await browser.newPage({ reducedMotion: 'reduce' });
		await page.goto(`${site}/embed/${chart.name}/`);
		await page.evaluate(() => document.fonts.ready);
		const measured = [];
		for (const width of widths) {
			await page.setViewportSize({ width, height: 900 });
			measured.push([
				width,
				await page.locator('.embed').evaluate((el) => Math.ceil(el.getBoundingClientRect().height))
			]);
		}
		console.log(`${chart.name}:`);
		for (const line of lines(measured))
			console.log(`\t${JSON.stringify(line).replaceAll(',', ', ')},`);
		await page.close();
	}
} finally {
	await browser.close();
	server.close();
}
