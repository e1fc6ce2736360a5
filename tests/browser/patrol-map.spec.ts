import type { Page } from '@playwright/test';
import { steps } from '../../src/content/story';
import { axeViolations, expect, openState, stepsByState, test, wordProblems } from './fixtures';

const stepFor = stepsByState('patrol-map');
const open = (page: Page, state: string) => openState(page, 'patrol-map', state);

test.use({ reducedMotion: 'reduce' }); // still pictures: no zoom in flight while measuring

test('every map state has a step, and scrolling to it shows that state', async ({ page }) => {
	expect(Object.keys(stepFor).sort()).toEqual([
		'first-patrol',
		'italy-sites',
		'jupiter-range',
		'polaris',
		'polaris-range',
		'removal',
		'turkey-sites'
	]);
	await page.goto('/');
	await expect(page.getByLabel('Reduce motion')).toBeVisible(); // hydrated
	const map = page.locator('.figure.current .chart-view');
	for (const step of steps.filter((s) => s.chart === 'patrol-map')) {
		await page.locator(`#${step.id}`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await expect(map).toHaveAttribute('data-state', step.state);
		await expect(map).toHaveAttribute('data-chart', 'patrol-map');
	}
	// What each state shows, as a reader would see it.
	await open(page, 'jupiter-range');
	await expect(page.locator('.figure.current .ring.shown')).toHaveCount(2);
	await expect(page.locator('.figure.current .city')).toHaveCount(4);
	await open(page, 'polaris-range');
	await expect(page.locator('.figure.current .ring.shown')).toHaveCount(3);
	await open(page, 'first-patrol');
	await expect(page.locator('.figure.current .route.shown')).toHaveCount(1);
	await expect(page.locator('.figure.current [data-label="patrol-position"]')).toContainText(
		'illustrative'
	);
	await open(page, 'removal');
	// 11 markers (nine Italian positions and two air bases) and the two areas, all greyed.
	await expect(page.locator('.figure.current .site.removed')).toHaveCount(11);
	await expect(page.locator('.figure.current .area.removed')).toHaveCount(2);
	await open(page, 'italy-sites');
	await expect(page.locator('.figure.current .ring.shown')).toHaveCount(0);
});

test('every site in the data is drawn once, as a marker or in an area, in every state', async ({
	page,
	request
}) => {
	const sites: { id: string }[] = await (await request.get('/data/sites.json')).json();
	for (const state of ['italy-sites', 'polaris']) {
		await open(page, state);
		const markers = await page
			.locator('.figure.current [data-site]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-site')!));
		const inAreas = await page
			.locator('.figure.current [data-area]')
			.evaluateAll((els) => els.flatMap((e) => e.getAttribute('data-sites')!.split(' ')));
		expect([...markers, ...inAreas].sort()).toEqual(sites.map((s) => s.id).sort());
	}
});

test('a site known only by its area is drawn as a hatched area, never as a point', async ({
	page,
	request
}) => {
	const sites: { id: string; location_precision: string; country: string }[] = await (
		await request.get('/data/sites.json')
	).json();
	const areaOnly = sites.filter((s) => s.location_precision === 'area');
	expect(areaOnly.map((s) => s.id)).toContain('tr-lp1');
	for (const site of areaOnly) {
		await open(page, site.country === 'italy' ? 'italy-sites' : 'turkey-sites');
		const shown = page.locator('.figure.current');
		await expect(shown.locator(`[data-site="${site.id}"]`)).toHaveCount(0);
		const area = shown.locator(`[data-area][data-sites~="${site.id}"]`);
		await expect(area).toHaveCount(1);
		await expect(area.locator('.hatch')).toHaveAttribute('d', /^M.*L.*M/);
		// A region a reader sees as such, round, far larger than a 14 px marker.
		const box = (await area.boundingBox())!;
		expect(box.width, site.id).toBeGreaterThan(40);
		expect(Math.abs(box.width - box.height) / box.width, site.id).toBeLessThan(0.15);
		const id = await area.getAttribute('data-area');
		await expect(shown.locator(`[data-label="${id}"]`)).toContainText('somewhere in this area');
	}
});

test('the coastline is drawn from a file of our own', async ({ page, request }) => {
	await open(page, 'polaris');
	const href = await page.locator('.figure.current use.land').getAttribute('href');
	expect(href).toMatch(/^\/charts\/patrol-map-land\.svg#land$/);
	const svg = await (await request.get(href!.split('#')[0]!)).text();
	expect(svg).toMatch(/<path id="land"[^>]* d="M/);
});

test('the keyboard reaches every site’s details and sources', async ({ page, request }) => {
	const sites: { id: string; name: string }[] = await (
		await request.get('/data/sites.json')
	).json();
	const seen = new Set<string>();
	for (const state of Object.keys(stepFor)) {
		await open(page, state);
		// Start from the westernmost site: a selection may carry over from the last state.
		const west = page
			.locator('.figure.current')
			.getByRole('button', { name: '← Site to the west' });
		const east = page
			.locator('.figure.current')
			.getByRole('button', { name: 'Site to the east →' });
		// Every marker in view, and every site of an area whose centre is in view.
		const count = await page.locator('.figure.current .plot').evaluate((plotEl) => {
			const plot = plotEl.getBoundingClientRect();
			const inView = (b: DOMRect, x = (b.left + b.right) / 2, y = (b.top + b.bottom) / 2) =>
				x > plot.left && x < plot.right && y > plot.top && y < plot.bottom;
			const markers = [...plotEl.querySelectorAll('.site')].filter((e) =>
				inView(e.getBoundingClientRect())
			).length;
			const inAreas = [...plotEl.querySelectorAll('[data-area]')]
				.filter((e) => inView(e.getBoundingClientRect()))
				.reduce((n, e) => n + e.getAttribute('data-sites')!.split(' ').length, 0);
			return markers + inAreas;
		});
		// Pressed at once, before the chart may be live: every press must count, not only the
		// first (the chart replays them once it listens).
		await west.focus();
		for (let i = 0; i < count; i++) await page.keyboard.press('Enter');
		await east.focus();
		const details = page.locator('.figure.current .details');
		const shown = async () => {
			const text = (await details.textContent()) ?? '';
			return sites.find((s) => text.includes(s.name))?.id;
		};
		for (let i = 0; i < count; i++) {
			if (i > 0) await page.keyboard.press('Enter');
			await expect.poll(shown, `${state}, press ${i}: a site's details`).toBeTruthy();
			seen.add((await shown())!);
			await expect(page.locator('.figure.current .details .sources')).toContainText('Sources:');
		}
	}
	expect([...seen].sort()).toEqual(sites.map((s) => s.id).sort());
});

test('key presses made before the map is live count as many as once it is', async ({ page }) => {
	const figure = page.locator('.figure.current [data-figure]');
	const east = page.locator('.figure.current').getByRole('button', { name: 'Site to the east →' });
	const site = page.locator('.figure.current .details strong').first();
	const press3 = async () => {
		for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
	};
	await open(page, 'italy-sites');
	await expect(figure).not.toHaveAttribute('data-live');
	await east.focus(); // wakes it; the presses land while it wakes
	await press3();
	await expect(figure).toHaveAttribute('data-live', '');
	await expect(site).toBeVisible();
	const early = await site.textContent();

	await page.goto('about:blank'); // a fresh page, not a jump within this one
	await open(page, 'italy-sites');
	await east.focus();
	await expect(figure).toHaveAttribute('data-live', '');
	await press3();
	await expect(site).toHaveText(early!);
});

test('pointing near a marker or into an area shows that site', async ({ page }) => {
	await open(page, 'italy-sites');
	const box = (await page
		.locator('.figure.current [data-area="area-it-lp10-matera"]')
		.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2 + 4, box.y + box.height / 2 + 3);
	await expect(page.locator('.figure.current .details')).toContainText('LP-10 Matera');
	await expect(page.locator('.figure.current .details')).toContainText('only the area is known');
});

for (const width of [320, 375, 1440]) {
	test(`no word on the map overlaps another or runs out of it at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		for (const state of Object.keys(stepFor)) {
			await open(page, state);
			await expect
				.poll(
					() =>
						wordProblems(page.locator('.figure.current .plot'), '.plot .label', {
							within: 'all sides'
						}),
					{
						message: `${state} at ${width}px`
					}
				)
				.toEqual([]);
		}
	});
}

for (const scheme of ['light', 'dark'] as const) {
	test(`the map has no accessibility violations (${scheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		for (const state of ['italy-sites', 'polaris-range', 'first-patrol']) {
			await open(page, state);
			expect(await axeViolations(page, '.figure.current'), state).toEqual([]);
		}
	});
}

/** How long the story takes to show the next step's map: its picture's fade. */
const fade = (page: Page) =>
	page.locator('.figure.current').evaluate((el) => getComputedStyle(el).transitionDuration);

test('with reduced motion the next step’s map is there at once', async ({ page }) => {
	await open(page, 'italy-sites');
	await page
		.locator(`#${stepFor['jupiter-range']}`)
		.evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await expect(page.locator('.figure.current .chart-view')).toHaveAttribute(
		'data-state',
		'jupiter-range'
	);
	expect((await fade(page)).split(', ').every((d) => d === '0s')).toBe(true);
});

test.describe('with motion', () => {
	test.use({ reducedMotion: 'no-preference' });

	test('the next step’s map fades in over the last', async ({ page }) => {
		await open(page, 'italy-sites');
		expect(await fade(page)).toContain('0.3s');
	});
});

for (const [width, height] of [
	[320, 568],
	[375, 667],
	[390, 844],
	[768, 1024]
] as const)
	test(`at ${width}×${height}, no card covers the map at a step opened by a link`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		for (const state of Object.keys(stepFor)) {
			await open(page, state);
			const covered = () =>
				page.locator('.figure.current .plot').evaluate((plot) => {
					const p = plot.getBoundingClientRect();
					const cards = [...document.querySelectorAll('.steps .card')].map((c) =>
						c.getBoundingClientRect()
					);
					return {
						inView: p.top >= 0 && p.bottom <= innerHeight,
						covered: cards.some(
							(c) => c.bottom > p.top + 1 && c.top < p.bottom - 1 && c.right > p.left
						)
					};
				});
			await expect.poll(covered, state).toEqual({ inView: true, covered: false });
		}
	});

test('the map is also tables: every site with its kind and precision, every patrol and place with sources', async ({
	page,
	request
}) => {
	const get = async (name: string) => (await request.get(`/data/${name}.json`)).json();
	const [sites, patrols, places] = await Promise.all([get('sites'), get('patrols'), get('places')]);
	await page.goto('/embed/patrol-map/');
	await page.getByText('Show the sites, bases and patrols as tables').click();
	const siteRows = page
		.getByRole('table', { name: 'Jupiter sites, Polaris bases and ports' })
		.locator('tbody tr');
	await expect(siteRows).toHaveCount(sites.length);
	for (const [i, s] of (sites as { name: string; location_precision: string }[]).entries()) {
		await expect(siteRows.nth(i).getByRole('rowheader')).toHaveText(s.name);
		await expect(siteRows.nth(i)).toContainText(s.location_precision);
	}
	const patrolRows = page.getByRole('table', { name: /first Polaris patrols/ }).locator('tbody tr');
	await expect(patrolRows).toHaveCount(patrols.length);
	const placeRows = page
		.getByRole('table', { name: 'Other points on the map' })
		.locator('tbody tr');
	await expect(placeRows).toHaveCount(places.length);
	for (const row of [...(await patrolRows.all()), ...(await placeRows.all())])
		await expect(row.locator('.sources')).toContainText('Sources:');
});

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

	test("an embed's first tap, before its scripts have started, picks the site it touched", async ({
		page
	}) => {
		await page.goto('/embed/patrol-map/');
		await expect(page.locator('[data-island]')).not.toHaveAttribute('data-live');
		const marker = page.locator('[data-site="gioia-del-colle-air-base"]');
		const box = (await marker.boundingBox())!;
		await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
		await expect(page.locator('.details')).toContainText('Gioia del Colle');
	});
});
