/**
 * The charts' PNGs and SVGs (scripts/render-images.ts), each chart in each edition: its
 * default drawing against a committed picture, and its SVG against its own PNG, so a wrong
 * conversion fails even once someone has renewed the pictures. Renew them after a chart's
 * drawing changes on purpose: `npx playwright test images --update-snapshots`.
 */
import { listedCharts } from '../../scripts/listed-charts';
import { steps } from '../../src/content/story';
import { embedImages } from '../../src/lib/embed/view';
import { LOCALES, localePath } from '../../src/lib/i18n/locales';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const CHARTS = listedCharts().map((c) => c.id);
// The images' CSS width (render-images.ts draws at 660 px, twice the pixels).
const WIDTH = 660;

/** A blank page of the site's own origin, to show images on. */
async function blank(page: Page) {
	await page.route('**/__images__', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><body style="margin:0">' })
	);
	await page.goto('/__images__');
}

/** Shows an image at the images' CSS width, decoded, and returns its locator. */
async function show(page: Page, url: string) {
	await page.evaluate(
		async ([url, width]) => {
			const img = Object.assign(document.createElement('img'), { src: url, alt: '' });
			img.style.cssText = `display: block; width: ${width}px`;
			document.body.replaceChildren(img);
			await img.decode();
		},
		[url, WIDTH] as const
	);
	return page.locator('img');
}

for (const locale of LOCALES)
	for (const chart of CHARTS)
		test(`${chart} in ${locale}: its PNG and SVG draw what they did, and the same`, async ({
			page,
			request
		}) => {
			const url = (ext: string) => localePath(locale, `/embed/${chart}/${chart}.${ext}`);
			const svg = await (await request.get(url('svg'))).text();
			// Standalone: nothing fetched from anywhere, and named and described for screen readers.
			expect(svg).not.toMatch(/href="http|url\(http/);
			expect(svg).toMatch(/<svg [^>]*role="img" aria-labelledby="chart-title chart-desc">/);
			expect(svg).toMatch(/<title id="chart-title">[^<]+<\/title>\s*<desc id="chart-desc">[^<]+/);
			await page.setViewportSize({ width: WIDTH, height: 800 });
			await blank(page);
			const png = await show(page, url('png'));
			await expect(png).toHaveScreenshot(`${locale}-${chart}-png.png`, {
				maxDiffPixelRatio: 0.002
			});
			const pngBox = (await png.boundingBox())!;
			const drawing = await show(page, url('svg'));
			await expect(drawing).toHaveScreenshot(`${locale}-${chart}-svg.png`, {
				maxDiffPixelRatio: 0.002
			});
			// The SVG is the PNG's drawing: the same size, and nearly every pixel alike.
			expect(Math.abs((await drawing.boundingBox())!.height - pngBox.height)).toBeLessThan(1.5);
			const unlike = await page.evaluate(
				async ([a, b, width]) => {
					const pixels = async (src: string) => {
						const img = new Image();
						img.src = src;
						await img.decode();
						const height = Math.round((width * img.naturalHeight) / img.naturalWidth);
						const canvas = new OffscreenCanvas(width, height);
						const context = canvas.getContext('2d')!;
						context.drawImage(img, 0, 0, width, height);
						return context.getImageData(0, 0, width, height).data;
					};
					const [p, q] = [await pixels(a), await pixels(b)];
					let unlike = 0;
					// A pixel is unlike if a channel differs by more than a quarter. Words are drawn a
					// little differently in a PDF than on screen (3-6% of pixels differ at their
					// edges), so this catches a wrong or shifted drawing, not a missing thin line: the
					// committed pictures, compared closely, do that.
					for (let i = 0; i < p.length; i += 4)
						if ([0, 1, 2].some((c) => Math.abs(p[i + c]! - q[i + c]!) > 64)) unlike++;
					return unlike / (p.length / 4);
				},
				[url('png'), url('svg'), WIDTH] as const
			);
			expect(unlike, 'share of pixels unlike between the SVG and the PNG').toBeLessThan(0.08);
		});

test('every drawing an embed offers has its PNG and SVG, the same size', async ({ request }) => {
	for (const locale of LOCALES)
		for (const chart of CHARTS)
			for (const { name } of embedImages(steps, chart)) {
				const at = localePath(locale, `/embed/${chart}/${name}`);
				const png = await request.get(`${at}.png`);
				expect(png.headers()['content-type'], at).toBe('image/png');
				const body = await png.body();
				const svg = await (await request.get(`${at}.svg`)).text();
				const [, width, height] = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/)!;
				// The SVG is in points (3/4 of a CSS pixel); the PNG has two pixels to a CSS pixel.
				expect(Math.abs((Number(width) * 4) / 3 - body.readUInt32BE(16) / 2), at).toBeLessThan(1);
				expect(Math.abs((Number(height) * 4) / 3 - body.readUInt32BE(20) / 2), at).toBeLessThan(
					1.5
				);
			}
});
