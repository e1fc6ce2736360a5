import { listedCharts } from '../../scripts/listed-charts';
import { meta, steps } from '../../src/content/story';
import { credit } from '../../src/lib/embed/catalog';
import { embedView, stepsOf } from '../../src/lib/embed/view';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

const CHARTS = listedCharts().map((c) => c.id);

for (const chart of CHARTS) {
	test.describe(`the ${chart} embed`, () => {
		test('is credited, links back, is not indexed, announces oEmbed and passes axe', async ({
			page,
			request
		}) => {
			await page.goto(`/embed/${chart}/`);
			await expect(page.locator('.chart-view')).toHaveAttribute('data-chart', chart);
			await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
			await expect(page.locator('.chart-frame .source')).toContainText('Sources');
			await expect(page.locator('footer')).toContainText('Chart: The graphics desk');
			await expect(page.getByRole('link', { name: /Read the story/ })).toHaveAttribute(
				'target',
				'_blank'
			);
			await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
			await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/$/);
			await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
				'content',
				new RegExp(`/embed/${chart}/${chart}\\.png$`)
			);
			const oembed = await page
				.locator('link[rel="alternate"][type="application/json+oembed"]')
				.getAttribute('href');
			// Absolute, for other sites: fetch the same path from the server under test.
			const response = await request.get(new URL(oembed!).pathname);
			expect(response.headers()['content-type']).toMatch(/^application\/json/);
			const json = await response.json();
			expect(json).toMatchObject({ version: '1.0', type: 'rich', width: 660 });
			expect(json.html).toContain(`/embed/${chart}/"`);
			expect(json.height).toBeGreaterThan(300);
			expect(await axeViolations(page)).toEqual([]);
		});

		test('shows a story step in its state, and ignores a step of another chart', async ({
			page
		}) => {
			const shown = embedView(steps, chart, null);
			const own = stepsOf(steps, chart).find((s) => s.state !== shown.state)!;
			await page.goto(`/embed/${chart}/?step=${own.id}`);
			await expect(page.locator('.chart-view')).toHaveAttribute('data-state', own.state);
			const other = steps.find((s) => s.chart !== chart)!;
			await page.goto(`/embed/${chart}/?step=${other.id}`);
			await expect(page.locator('.chart-view')).toHaveAttribute('data-state', shown.state);
		});

		test('its scripts bring the chart in the HTML to life instead of drawing it again', async ({
			page
		}) => {
			await page.goto(`/embed/${chart}/`, { waitUntil: 'networkidle' });
			// A chart drawn again (hydration given up) would be new elements, without this mark.
			await page.evaluate(() =>
				document.querySelectorAll('.chart-view *').forEach((el) => (el.id ||= 'prerendered'))
			);
			const marked = await page.locator('.chart-view [id="prerendered"]').count();
			// Woken from its title: a pointer left over the plot would, once the chart is live,
			// rightly pick the mark under it and change the details panel.
			await page.locator('.chart-view .title').hover();
			await expect(page.locator('html')).toHaveAttribute('data-motion', 'full');
			expect(marked).toBeGreaterThan(20);
			await expect(page.locator('.chart-view [id="prerendered"]')).toHaveCount(marked);
		});

		test('takes the theme asked for, whatever the reader prefers', async ({ page }) => {
			const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			await page.emulateMedia({ colorScheme: 'light' });
			await page.goto(`/embed/${chart}/?theme=dark`);
			await expect.poll(background).toBe('rgb(20, 23, 27)');
			expect(await axeViolations(page)).toEqual([]);
			await page.emulateMedia({ colorScheme: 'dark' });
			await page.goto(`/embed/${chart}/?theme=light`);
			await expect.poll(background).toBe('rgb(251, 250, 247)');
			// Malformed or unknown options fall back to the defaults: no error page.
			await page.goto(`/embed/${chart}/?theme=purple&step=%3Cscript%3E&plain=maybe`);
			await expect.poll(background).toBe('rgb(20, 23, 27)');
			await expect(page.locator('footer')).toBeVisible();
		});

		test('its look is the one asked for from the first paint, before its scripts run', async ({
			page
		}) => {
			let release = () => {};
			const held = new Promise<void>((resolve) => (release = resolve));
			await page.route(/_app\/immutable\/.*\.js$/, async (route) => {
				await held;
				await route.continue();
			});
			await page.emulateMedia({ colorScheme: 'light' });
			await page.goto(`/embed/${chart}/?theme=dark&plain`);
			expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
				'rgb(20, 23, 27)'
			);
			await expect(page.locator('.story-link')).toBeHidden();
			await expect(page.locator('.chart-frame .summary')).toBeHidden();
			release();
		});

		test('plain shows the chart and its credit alone, its table kept for screen readers; transparent drops the background', async ({
			page
		}) => {
			await page.goto(`/embed/${chart}/?plain&transparent`);
			await expect(page.locator('footer')).toContainText(credit(meta));
			await expect(page.locator('footer')).toBeVisible();
			await expect(page.locator('.story-link')).toBeHidden();
			await expect(page.locator('.chart-frame > .data-table summary')).toHaveAccessibleName(
				/table/i
			);
			await expect(page.locator('.chart-frame .summary')).toBeHidden();
			await expect(page.locator('.chart-frame .source')).toBeHidden();
			await expect(page.locator('.chart-view')).toBeVisible();
			expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
				'rgba(0, 0, 0, 0)'
			);
			expect(await axeViolations(page)).toEqual([]);
		});

		test('has a PNG and an SVG that are not blank', async ({ page, request }) => {
			const png = await request.get(`/embed/${chart}/${chart}.png`);
			expect(png.headers()['content-type']).toBe('image/png');
			await page.goto(`/embed/${chart}/`);
			const picture = await page.evaluate(async (url) => {
				const bitmap = await createImageBitmap(await (await fetch(url)).blob());
				const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
				const context = canvas.getContext('2d')!;
				context.drawImage(bitmap, 0, 0);
				const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
				const colours = new Set<number>();
				// Every 97th pixel's colour: a blank or one-colour picture has a handful at most.
				for (let i = 0; i < pixels.length; i += 4 * 97)
					colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
				return { width: bitmap.width, height: bitmap.height, colours: colours.size };
			}, `/embed/${chart}/${chart}.png`);
			expect(picture.width).toBeGreaterThanOrEqual(1200);
			expect(picture.height).toBeGreaterThan(600);
			expect(picture.colours).toBeGreaterThan(20);
			const svg = await request.get(`/embed/${chart}/${chart}.svg`);
			expect(svg.headers()['content-type']).toBe('image/svg+xml');
			const text = await svg.text();
			// pdftocairo's SVG: words are drawn as glyph outlines, marks as paths.
			expect(text).toMatch(/^(<\?xml [^>]*>\s*)?<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
			expect(text.match(/<path /g)?.length).toBeGreaterThan(100);
		});
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const chart of CHARTS)
		test(`the ${chart} embed still shows its chart at full size`, async ({ page }) => {
			await page.goto(`/embed/${chart}/`);
			const plot = page.locator('.chart-view .layercake-container').first();
			await expect(plot).toBeVisible();
			expect((await plot.boundingBox())!.height).toBeGreaterThan(200);
		});
});

test.describe('an embed’s scripts', () => {
	/** The chart's own modules fetched so far. */
	function watchScripts(page: Page): string[] {
		const fetched: string[] = [];
		page.on('request', (r) => {
			if (/\/_app\/immutable\/.*\.js$/.test(r.url())) fetched.push(r.url());
		});
		return fetched;
	}

	test('wait until the reader reaches for the chart, then answer the key that reached it', async ({
		page
	}) => {
		const fetched = watchScripts(page);
		await page.goto('/embed/lifespans/', { waitUntil: 'networkidle' });
		const name = page.locator('button.name').nth(2);
		await expect(name).toBeVisible();
		expect(fetched, 'scripts fetched before the reader did anything').toEqual([]);
		// The reader tabs to a name before any script has run: its details show once they do.
		await name.focus();
		await expect(page.locator('.details')).toContainText(
			(await name.locator('strong').textContent())!
		);
		expect(fetched.length).toBeGreaterThan(0);
	});

	test('answer the pointer that woke them', async ({ page }) => {
		const fetched = watchScripts(page);
		await page.goto('/embed/lifespans/', { waitUntil: 'networkidle' });
		expect(fetched).toEqual([]);
		const name = page.locator('button.name').nth(4);
		await name.hover();
		await expect(page.locator('.details')).toContainText(
			(await name.locator('strong').textContent())!
		);
	});
});

test.describe('on a touch screen, an embed', () => {
	test.use({ hasTouch: true });

	test('answers the tap that woke its scripts', async ({ page }) => {
		await page.goto('/embed/timeline/', { waitUntil: 'networkidle' });
		const details = page.locator('.details');
		const hint = (await details.textContent())!;
		await page.getByRole('button', { name: 'Later event →' }).tap();
		await expect(details).not.toHaveText(hint);
		await expect(details.locator('.sources')).toContainText('Sources:');
	});

	test('shows the man whose name is tapped, before and after its scripts run', async ({ page }) => {
		await page.goto('/embed/lifespans/', { waitUntil: 'networkidle' });
		const names = page.locator('button.name');
		for (const i of [2, 5]) {
			await names.nth(i).tap();
			const who = (await names.nth(i).locator('strong').textContent())!;
			await expect(page.locator('.details')).toContainText(who);
		}
	});
});
