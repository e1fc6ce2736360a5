import type { Locator, Page } from '@playwright/test';
import { runsOf, viewFor } from '../../src/lib/scrolly/steps';
import { steps } from '../../src/content/story';
import { axeViolations, expect, test } from './fixtures';

const chart = (page: Page) => page.locator('.figure.current .chart-view');
const expected = (id: string) => viewFor(steps, id);
const scenes = runsOf(steps).flatMap((r) => r.scenes);

/** Scrolls like a reader: the step's top ends a little above the trigger line. */
async function scrollToStep(page: Page, id: string) {
	await page.locator(`[data-step="${id}"]`).evaluate((el) => {
		const top = el.getBoundingClientRect().top + window.scrollY;
		window.scrollTo({ top: top - window.innerHeight * 0.45, behavior: 'instant' });
	});
}

async function expectStep(page: Page, id: string) {
	const view = expected(id);
	await expect(chart(page)).toHaveAttribute('data-state', view.state);
	await expect(chart(page)).toHaveAttribute('data-chart', view.chart);
	await expect(page.locator(`[data-step="${id}"]`)).toHaveClass(/\bactive\b/);
	// The picture shown is the one drawn for this step, described by its alt text.
	await expect(page.locator('.figure.current')).toHaveAttribute(
		'data-scene',
		new RegExp(`\\b${id}\\b`)
	);
	await expect(page.locator('.figure.current .chart-frame > .summary')).toHaveText(view.alt);
	// Shown, not only chosen: until then its controls cannot take focus or a tap.
	await expect(page.locator('.figure.current')).toBeVisible();
}

async function expectNoHorizontalOverflow(page: Page) {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
}

for (const [width, height] of [
	[375, 812],
	[1440, 900]
] as const) {
	test.describe(`at ${width}×${height}`, () => {
		test.use({ viewport: { width, height } });

		test('scrolling down and back up makes each step active in turn with its picture', async ({
			page
		}) => {
			await page.goto('/');
			await expect(chart(page)).toHaveAttribute('data-state', expected(steps[0]!.id).state);
			for (const s of steps) {
				await scrollToStep(page, s.id);
				await expectStep(page, s.id);
			}
			await expectNoHorizontalOverflow(page);
			for (const s of [...steps].reverse()) {
				await scrollToStep(page, s.id);
				await expectStep(page, s.id);
			}
			// Back above the first step, the first step holds.
			await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
			await expectStep(page, steps[0]!.id);
		});

		test('a deep link shows its step at once, whatever the order of jumps', async ({ page }) => {
			for (const id of ['who-was-left', 'the-offer', 'time-1982', 'still-hidden', 'nine-men']) {
				await page.goto(`/#${id}`);
				await expectStep(page, id);
			}
		});

		test('resizing mid-story keeps the current step', async ({ page }) => {
			await page.goto('/');
			await scrollToStep(page, 'hawks-cay');
			await expectStep(page, 'hawks-cay');
			await page.setViewportSize({
				width: width === 375 ? 812 : 1024,
				height: width === 375 ? 375 : 700
			});
			await expect(chart(page)).toHaveAttribute('data-state', expected('hawks-cay').state);
			await page.setViewportSize({ width, height });
			await expect(chart(page)).toHaveAttribute('data-state', expected('hawks-cay').state);
			await expectNoHorizontalOverflow(page);
		});

		for (const scheme of ['light', 'dark'] as const)
			test(`no accessibility violations at several steps, ${scheme}`, async ({ page }) => {
				test.slow(); // one full-page axe run, four of a card and its picture
				await page.emulateMedia({ colorScheme: scheme });
				// The whole page once, then each step's card and picture.
				for (const [i, id] of [
					'the-offer',
					'italy-fanfani',
					'pot-pie',
					'moscow-1989',
					'who-was-left'
				].entries()) {
					await page.goto(`/#${id}`);
					await expectStep(page, id);
					const parts = i === 0 ? [] : ['.figure.current', `[data-step="${id}"]`];
					expect(await axeViolations(page, ...parts), `${scheme} ${id}`).toEqual([]);
				}
			});
	});
}

test('a scroll whose crossings go unreported still shows its step once it comes to rest', async ({
	page
}) => {
	// A busy page can lose the steps' intersection reports (see scrolly.ts): here all are lost.
	await page.addInitScript(() => {
		const Native = IntersectionObserver;
		window.IntersectionObserver = class extends Native {
			constructor(report: IntersectionObserverCallback, options?: IntersectionObserverInit) {
				super((entries, observer) => {
					if (!entries.some((e) => (e.target as HTMLElement).dataset.step))
						report(entries, observer);
				}, options);
			}
		};
	});
	await page.goto('/');
	await expect(page.getByLabel('Reduce motion')).toBeVisible(); // started
	await scrollToStep(page, 'hawks-cay');
	await expectStep(page, 'hawks-cay');
});

test('the keyboard scrolls through steps exactly as the wheel does', async ({ page }) => {
	await page.goto('/');
	// Start once the page is hydrated (the reading options appear then), from the text.
	await expect(page.getByLabel('Reduce motion')).toBeVisible();
	await page.locator('h1').click();
	const seen: string[] = [];
	for (let i = 0; i < 40 && seen.length < 6; i++) {
		const before = await page.evaluate(() => window.scrollY);
		// The page really moved. Headless Chromium sometimes drops a synthetic key press on a
		// busy machine (seen before this story had any key handling of its own), so a press
		// that moved nothing is made again.
		await expect(async () => {
			await page.keyboard.press('PageDown');
			await expect
				.poll(() => page.evaluate(() => window.scrollY), { timeout: 1500 })
				.toBeGreaterThan(before);
		}).toPass({ timeout: 10_000 });
		// Once the (smooth) keyboard scroll settles, the active step is the one under the
		// trigger line, exactly as after a wheel scroll.
		let under: string | undefined;
		await expect
			.poll(async () => {
				const r = await page.evaluate(() => {
					const line = document.documentElement.clientHeight * 0.6;
					// A step whose top sits within a pixel of the line may count on either side.
					const at = (y: number) => {
						let id: string | undefined;
						for (const el of document.querySelectorAll<HTMLElement>('[data-step]'))
							if (el.getBoundingClientRect().top <= y) id = el.dataset.step;
						return id;
					};
					return {
						under: [at(line - 1.5), at(line + 1.5)],
						active: document.querySelector<HTMLElement>('[data-step].active')?.dataset.step
					};
				});
				under = r.active;
				return r.under.every((u) => u === undefined) || r.under.includes(r.active);
			})
			.toBe(true);
		if (under && seen.at(-1) !== under) seen.push(under);
	}
	// Steps come in story order.
	const order = seen.map((id) => steps.findIndex((s) => s.id === id));
	expect(order).toEqual([...order].sort((a, b) => a - b));
	expect(seen.length).toBeGreaterThanOrEqual(6);
});

test('a reload halfway down shows the step the reader was on', async ({ page }) => {
	await page.goto('/');
	// Set-up: the reader is on a step (the reload below is what is tested).
	await expect(page.getByLabel('Reduce motion')).toBeVisible();
	await scrollToStep(page, 'palm-beach');
	await expectStep(page, 'palm-beach');
	await page.reload();
	await expectStep(page, 'palm-beach');
});

test('on a phone, a focused control in the chart is never under a card', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 812 });
	await page.goto('/#nine-men');
	await expectStep(page, 'nine-men');
	const button = page.locator('.figure.current button.name').nth(4);
	await button.focus();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	await expect(button).toBeFocused();
	const box = (await button.boundingBox())!;
	const top = await page.evaluate(
		({ x, y }) => document.elementFromPoint(x, y)?.closest('button.name') !== null,
		{ x: box.x + box.width / 2, y: box.y + box.height / 2 }
	);
	expect(top, 'the focused name is the topmost element at its centre').toBe(true);
});

for (const [width, height] of [
	[375, 667],
	[390, 844]
] as const)
	test(`on a ${width}×${height} phone, selecting a mark moves nothing in the sticky chart`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		// A name, an event, a site: each fills the details under the chart with words of its own.
		const select = {
			'nine-men': (figure: Locator, i: number) =>
				figure
					.locator('button.name')
					.nth(3 + i)
					.click(),
			'jupiters-where': (figure: Locator) =>
				figure.getByRole('button', { name: /to the east/ }).click(),
			'pot-pie': (figure: Locator) => figure.getByRole('button', { name: /Later event/ }).click()
		};
		for (const [step, act] of Object.entries(select)) {
			await page.goto(`/#${step}`);
			await expectStep(page, step);
			const figure = page.locator('.figure.current');
			const boxes = () =>
				figure
					.locator('.plot, .standing, .stepper, .details')
					.evaluateAll((els) => els.map((el) => JSON.stringify(el.getBoundingClientRect())));
			const before = await boxes();
			const details = figure.locator('.details');
			for (let i = 0; i < 2; i++) {
				const text = (await details.textContent()) ?? '';
				await act(figure, i);
				await expect(details).not.toHaveText(text);
				expect(await boxes(), `${step}, selection ${i + 1}`).toEqual(before);
			}
		}
	});

test('the men who died before each stage are dimmed, and only then', async ({ page }) => {
	const dimmed = page.locator('.figure.current .life.gone');
	for (const [id, count] of [
		['the-offer', 0],
		['thirteen-days', 2],
		['schlesinger', 3],
		['who-was-left', 3]
	] as const) {
		await page.goto(`/#${id}`);
		await expectStep(page, id);
		await expect(dimmed, id).toHaveCount(count);
	}
});

for (const width of [320, 375, 1440])
	test(`each stage's label covers no other words of the chart at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await page.emulateMedia({ reducedMotion: 'reduce' });
		for (const s of steps.filter((s) => s.state.startsWith('stage:'))) {
			await page.goto(`/#${s.id}`);
			await expectStep(page, s.id);
			const covered = () =>
				page.locator('.figure.current .rule .label').evaluate((label) => {
					const l = label.getBoundingClientRect();
					const words = label
						.closest('.chart-frame')!
						.querySelectorAll(':is(.title, .summary, .how summary, .name, .tick)');
					return [...words]
						.filter((w) => {
							const r = w.getBoundingClientRect();
							return r.bottom > l.top && r.top < l.bottom && r.right > l.left && r.left < l.right;
						})
						.map((w) => w.textContent);
				});
			await expect.poll(covered, s.id).toEqual([]);
		}
	});

test('keyboard and pointer both open each man’s details', async ({ page }) => {
	await page.goto('/#nine-men');
	await expectStep(page, 'nine-men');
	const names = page.locator('.figure.current button.name');
	await expect(names).toHaveCount(9);
	for (let i = 0; i < 9; i++) {
		const name = names.nth(i);
		await name.focus();
		const who = (await name.locator('strong').textContent())!;
		await expect(page.locator('.figure.current .details')).toContainText(who);
	}
	// Tab takes the names in the order they are drawn, top to bottom.
	const tops = await names.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
	expect(tops).toEqual([...tops].sort((a, b) => a - b));
	await names.last().hover();
	await expect(page.locator('.figure.current .details')).toContainText('John F. Kennedy');
	// A click keeps the man the pointer selected on its way in; Enter toggles him off.
	const third = (await names.nth(2).locator('strong').textContent())!;
	await names.nth(2).click();
	await expect(page.locator('.figure.current .details')).toContainText(third);
	await names.nth(2).press('Enter');
	await expect(page.locator('.figure.current .details')).not.toContainText(third);
});

test('a chart whose data cannot be fetched stays as drawn, and comes to life at the next reach', async ({
	page,
	pageProblems
}) => {
	// Refused until the test says otherwise: a chart prepared in idle time asks too.
	let refusing = true;
	let refused = 0;
	await page.route('**/chart-data.json', (route) =>
		refusing ? (refused++, route.fulfill({ status: 503, body: '' })) : route.fallback()
	);
	await page.goto('/#nine-men');
	await expectStep(page, 'nine-men');
	const figure = page.locator('.figure.current [data-figure]');
	const names = page.locator('.figure.current button.name');
	await names.first().focus();
	await expect.poll(() => refused).toBeGreaterThan(0);
	await expect(figure).not.toHaveAttribute('data-waking');
	await expect(figure).not.toHaveAttribute('data-live');
	await expect(names).toHaveCount(9);
	// The next reach asks again, and the chart answers.
	refusing = false;
	await names.nth(1).focus();
	await expect(figure).toHaveAttribute('data-live', '');
	const who = (await names.nth(1).locator('strong').textContent())!;
	await expect(page.locator('.figure.current .details')).toContainText(who);
	// The refused request (its unread body is reported aborted), and nothing else, went wrong.
	const refusal = (p: string) => p.includes('503') || p.includes('/chart-data.json');
	expect(pageProblems.splice(0).filter((p) => !refusal(p))).toEqual([]);
});

test('a chart focused before the story’s script has run comes to life once it runs', async ({
	page,
	request
}) => {
	// The script is held back, as a slow phone's network or CPU holds it, until after the focus.
	const html = await (await request.get('/')).text();
	const entry = html.match(/<meta name="story-script" content="\.\/([^"]+)"/)![1]!;
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(`**/${entry}`, async (route) => {
		await held;
		await route.fallback();
	});
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	// The picture shown before the script runs: the first step's.
	const figure = page.locator('[data-scene="the-offer"] [data-figure]');
	const name = figure.locator('button.name').nth(2);
	await name.focus();
	await expect(name).toBeFocused();
	release();
	await expect(figure).toHaveAttribute('data-live', '');
	const who = (await name.locator('strong').textContent())!;
	await expect(page.locator('[data-scene="the-offer"] .details')).toContainText(who);
});

test('the chart is in the HTML before JavaScript, at its final size', async ({ page, request }) => {
	const html = await (await request.get('/')).text();
	// Every picture the steps use is in the HTML: nine lives in each lifespans scene.
	const lifespansScenes = scenes.filter((s) => s.view.chart === 'lifespans').length;
	expect(html.match(/class="life[ "]/g)?.length).toBe(9 * lifespansScenes);
	for (const scene of scenes) expect(html).toContain(`data-state="${scene.view.state}"`);
	// No layout shift while the page loads and hydrates.
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	const shift = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				let total = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries()) total += (e as unknown as { value: number }).value;
				}).observe({ type: 'layout-shift', buffered: true });
				requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
			})
	);
	expect(shift).toBeLessThan(0.01);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every step is followed by a picture of its own state, in the page flow', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.locator('h1')).toHaveCount(1);
		const found = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('[data-step]')].map((card) => {
				// The nearest figure after the step: the picture drawn for it.
				let el: Element | null = card.closest('.step');
				while (el && !el.classList.contains('figure')) el = el.nextElementSibling;
				const view = el?.querySelector<HTMLElement>('.chart-view');
				const box = el?.getBoundingClientRect();
				return {
					id: card.dataset.step,
					scene: (el as HTMLElement | null)?.dataset.scene?.split(' ') ?? [],
					chart: view?.dataset.chart,
					state: view?.dataset.state,
					position: el ? getComputedStyle(el).position : null,
					visible: !!box && box.height > 100 && getComputedStyle(el!).visibility === 'visible'
				};
			})
		);
		expect(found.map((f) => f.id)).toEqual(steps.map((s) => s.id));
		for (const f of found) {
			const view = expected(f.id!);
			expect(f, f.id).toMatchObject({ chart: view.chart, state: view.state, position: 'static' });
			expect(f.scene, f.id).toContain(f.id);
			expect(f.visible, f.id).toBe(true);
		}
		await expect(page.locator('#sources-title')).toBeVisible();
		await expect(page.locator('ol.sources li').first()).toBeVisible();
	});
});

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('the OS setting turns animation off; the reader can stack the charts', async ({ page }) => {
		await page.goto('/#the-offer');
		await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');
		const duration = await page
			.locator('.figure.current .life')
			.first()
			.evaluate((el) => getComputedStyle(el).transitionDuration);
		expect(duration).toBe('0s');
		await page
			.getByRole('group', { name: 'Reading options' })
			.getByLabel(/Charts between the text/)
			.check();
		await expect(page.locator('html')).toHaveAttribute('data-layout', 'stacked');
		// One picture per change of state, none sticky, none hidden.
		const figures = page.locator('.figure');
		await expect(figures).toHaveCount(scenes.length);
		expect(scenes.length).toBeLessThan(steps.length + 1);
		const positions = await figures.evaluateAll((els) =>
			els.map((el) => `${getComputedStyle(el).position} ${getComputedStyle(el).visibility}`)
		);
		expect(new Set(positions)).toEqual(new Set(['static visible']));
		// Stacked, the page is the same markup laid out otherwise: its options and a picture.
		expect(await axeViolations(page, '.options', '.figure.current')).toEqual([]);
		// Remembered: a reload starts stacked, before any script has run.
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-layout', 'stacked');
		await expect(
			page.locator('.figure.current').getByLabel(/Charts between the text/)
		).toBeChecked();
	});
});

test('the reader’s motion toggle overrides the OS and is remembered', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-motion', 'full');
	await page.getByLabel('Reduce motion').check();
	await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');
	await page.reload();
	await expect(page.getByLabel('Reduce motion')).toBeChecked();
	await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');
});

test('each note leads back to where it was cited, and every mark is a 24 px target', async ({
	page
}) => {
	await page.goto('/#nine-men');
	const mark = page.locator('[data-step="nine-men"] sup a').first();
	const sizes = await page
		.locator('main sup a, ol.sources a.back')
		.evaluateAll((els) =>
			els.map((el) => Math.min(el.getBoundingClientRect().width, el.getBoundingClientRect().height))
		);
	expect(Math.min(...sizes), 'smallest side of a citation target, px').toBeGreaterThanOrEqual(24);
	const markId = (await mark.getAttribute('id'))!;
	await mark.click();
	const note = page.locator(`${(await mark.getAttribute('href'))!}`);
	await expect(note).toBeInViewport();
	await note.locator(`a.back[href="#${markId}"]`).click();
	await expect(mark).toBeInViewport();
});

test('every footnote mark is numbered and leads to its source', async ({ page }) => {
	await page.goto('/');
	const marks = page.locator('main sup a');
	const count = await marks.count();
	expect(count).toBeGreaterThan(steps.length);
	const numbers = await marks.allTextContents();
	for (const n of numbers) expect(n).toMatch(/^[1-9]\d*$/);
	const sources = await page.locator('ol.sources li').count();
	expect(Math.max(...numbers.map(Number))).toBe(sources);
	for (const href of new Set(
		await marks.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
	))
		await expect(page.locator(href)).toContainText(/\S/);
});
