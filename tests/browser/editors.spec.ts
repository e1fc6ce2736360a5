import { ROOT_URL } from '../../playwright.config';
import { listedCharts } from '../../scripts/listed-charts';
import { axeViolations, expect, test } from './fixtures';
import { misfit } from './host';

const CHARTS = listedCharts().map((c) => c.id);

test('the editors page previews every chart, sized to its content, and passes axe', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/embed/');
	for (const chart of CHARTS) {
		const card = page.locator(`section:has(h2#${chart}-title)`);
		const frame = card.locator('iframe');
		await frame.scrollIntoViewIfNeeded();
		for (const width of [330, 660, 1200]) {
			await card.getByRole('radio', { name: `${width} px` }).check();
			await expect(frame).toHaveCSS('width', `${width}px`);
			await expect
				.poll(() => misfit(page, frame), `${chart} at ${width} px`)
				.toBeLessThanOrEqual(2);
		}
	}
	expect(await axeViolations(page)).toEqual([]);
});

test('the embed code names the chart, starts at a height, follows the options and is credited', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/embed/');
	for (const chart of CHARTS) {
		const card = page.locator(`section:has(h2#${chart}-title)`);
		const code = card.getByRole('textbox', { name: /^Embed code/ });
		await expect(code).toHaveValue(
			new RegExp(
				`^<div style="position:relative;padding-top:max\\([^"]+\\)"><iframe src="${ROOT_URL}/embed/${chart}/" title="[^"]+" width="100%" height="\\d+"`
			)
		);
		await expect(code).toHaveValue(new RegExp(`e.origin !== '${ROOT_URL}'`));
		await card.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
		await card.getByRole('checkbox', { name: 'Plain' }).check();
		await expect(code).toHaveValue(new RegExp(`/embed/${chart}/\\?theme=dark&amp;plain"`));
		await expect(card.locator('iframe')).toHaveAttribute('src', /\?theme=dark&plain$/);
		await expect(card.getByRole('textbox', { name: /frames/ })).toHaveValue(
			/data-frame-src="[^"]+\?theme=dark&amp;plain"/
		);
		await expect(card.locator('.credit')).toContainText('Credit: Chart: The graphics desk');
		await expect(card.locator('.credit a[rel~="license"]')).toHaveText('CC BY 4.0');
		await card.getByRole('button', { name: /^Copy Embed code/ }).click();
		await expect(card.getByRole('status').first()).toHaveText('Copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
	}
});

test('every download on the editors page answers 200 with its type', async ({ page, request }) => {
	await page.goto('/embed/');
	const links = await page
		.locator('a[download]')
		.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
	expect(links.length).toBeGreaterThanOrEqual(CHARTS.length * 3);
	const types: Record<string, RegExp> = {
		png: /^image\/png/,
		svg: /^image\/svg\+xml/,
		csv: /^text\/csv/
	};
	for (const href of links) {
		const response = await request.get(href);
		expect(response.status(), href).toBe(200);
		expect(response.headers()['content-type'], href).toMatch(types[href.split('.').pop()!]!);
	}
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('a build without its published address shows no code for a dead address, and says why', async ({
		page
	}) => {
		await page.goto('/embed/');
		// This build has no PUBLIC_ORIGIN: no code for the default localhost:4173 in the HTML,
		// but a placeholder that cannot load, and a note that says so.
		for (const code of await page.locator('textarea').all())
			await expect(code).not.toHaveValue(/localhost:4173\/embed\//);
		const codes = page.getByRole('textbox', { name: /^Embed code/ });
		await expect(codes).toHaveCount(CHARTS.length);
		for (const code of await codes.all())
			await expect(code).toHaveValue(/src="https:\/\/published-address\.invalid\/embed\//);
		await expect(page.getByRole('note')).toContainText('without its published address');
	});
});

test('the Pym.js code takes heights only from our origin (xdomain)', async ({ page }) => {
	await page.goto('/embed/');
	const code = page
		.locator('section:has(h2#timeline-title)')
		.getByRole('textbox', { name: 'With Pym.js' });
	const origin = ROOT_URL.replace(/[.]/g, '\\\\.');
	await expect(code).toHaveValue(
		`<div id="endgame-timeline"></div>\n<script>\nnew pym.Parent("endgame-timeline", "${ROOT_URL}/embed/timeline/", { title: "How the deal was carried out", xdomain: "${origin}" });\n</script>`
	);
});

test('the downloads follow the step option: its drawing’s PNG and SVG, which answer 200', async ({
	page,
	request
}) => {
	await page.goto('/embed/');
	const card = page.locator('section:has(h2#patrol-map-title)');
	const png = card.locator('a[download][href$=".png"]');
	await expect(png).toHaveAttribute('href', /\/embed\/patrol-map\/patrol-map\.png$/);
	await card.getByRole('combobox', { name: 'Story step' }).selectOption('jupiters-turkey');
	await expect(png).toHaveAttribute('href', /\/patrol-map-jupiters-turkey\.png$/);
	const svg = card.locator('a[download][href$=".svg"]');
	await expect(svg).toHaveAttribute('href', /\/patrol-map-jupiters-turkey\.svg$/);
	for (const link of [png, svg])
		expect((await request.get((await link.getAttribute('href'))!)).status()).toBe(200);
	// The default's own step draws the default: it shares the default's files.
	await card.getByRole('combobox', { name: 'Story step' }).selectOption('polaris-idea');
	await expect(png).toHaveAttribute('href', /\/embed\/patrol-map\/patrol-map\.png$/);
});
