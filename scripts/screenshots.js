// Screenshots for looking at the piece: `node scripts/screenshots.js [URL] [OUTDIR]`.
// Takes the story at 375 and 1440 px wide at several scroll positions, light and dark.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium.js';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = process.argv[3] ?? 'test-results/screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
const stops = (
	process.env.STOPS ?? 'top,the-offer,nine-men,silence-begins,moscow-conference,who-was-left'
).split(',');
for (const [width, height] of [
	[375, 812],
	[1440, 900]
]) {
	for (const scheme of (process.env.SCHEMES ?? 'light').split(',')) {
		const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
		for (const stop of stops) {
			await page.goto(stop === 'top' ? url : `${url}#${stop}`);
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(900); // let the chart's transition settle for a still picture
			await page.screenshot({ path: `${out}/${width}-${scheme}-${stop}.png` });
		}
		await page.close();
	}
}
await browser.close();
