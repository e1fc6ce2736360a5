/**
 * Every built page (each index.html in build/, so new pages such as embeds are covered the day
 * they are built) across widths, with JavaScript on and off, reduced motion, dark mode and
 * 200% zoom: nothing overflows sideways, nothing shifts while loading, and no step's text is
 * hidden behind the sticky chart. The fixtures fail any test on a console error, a failed
 * request or a request to another origin.
 */
import type { Page } from '@playwright/test';
import { findPages, isEmbed } from '../../scripts/page-weight';
import { expect, test } from './fixtures';

const routes = findPages('build').map((p) => p.route);
const WIDTHS = [320, 375, 768, 1024, 1440, 2560];
const height = (width: number) => (width < 768 ? 812 : width < 1440 ? 900 : 1200);

async function expectNoHorizontalOverflow(page: Page) {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
}

/**
 * The scripts wait for the first frame (see deferBoot), so on a slow machine the network can
 * fall idle before they start: the shift is measured once the root layout has hydrated and
 * set its motion attribute on <html>. An embed's wait for the reader to reach for the chart.
 */
async function expectHydrated(page: Page, route: string) {
	if (isEmbed(route)) await page.mouse.move(20, 20);
	await expect(page.locator('html')).toHaveAttribute('data-motion', /^(full|reduced)$/);
}

/** Layout shift so far, once the page has painted twice more. */
function layoutShift(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				let total = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries()) total += (e as unknown as { value: number }).value;
				}).observe({ type: 'layout-shift', buffered: true });
				requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
			})
	);
}

/**
 * Lines of a step card's text that something else covers: for each line box inside the
 * viewport, the element at its middle must belong to the card.
 */
function coveredLines(page: Page, id: string): Promise<string[]> {
	return page.locator(`[data-step="${id}"]`).evaluate((card) => {
		const covered: string[] = [];
		const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			// Text for screen readers only (the step's picture in words) has no place on screen.
			if (!node.textContent?.trim() || node.parentElement?.closest('.visually-hidden')) continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			for (const box of range.getClientRects()) {
				const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
				// The 3 px reading-progress bar is fixed at the very top, over everything.
				if (box.width < 1 || box.top < 4 || box.bottom > innerHeight) continue;
				const hit = document.elementFromPoint(x, y);
				if (!hit || !card.contains(hit))
					covered.push(
						`"${node.textContent.trim().slice(0, 40)}" under ${hit?.outerHTML.slice(0, 60)}`
					);
			}
		}
		return covered;
	});
}

/**
 * Brings each step to the trigger line, as a reader would (on a narrow screen, below the
 * docked picture, which cards pass under once read), and checks its text is visible.
 */
async function expectStepTextUncovered(page: Page, js: boolean) {
	const ids = await page
		.locator('[data-step]')
		.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.step!));
	for (const id of ids) {
		const step = page.locator(`[data-step="${id}"]`);
		await step.evaluate((el) => {
			const top = el.getBoundingClientRect().top + window.scrollY;
			const narrow = matchMedia('(max-width: 59.99rem)').matches;
			const line = Math.round(document.documentElement.clientHeight * (narrow ? 0.85 : 0.6));
			window.scrollTo({ top: top - line + 4, behavior: 'instant' });
		});
		// With JavaScript, the chart for this step is drawn before its text is checked.
		if (js) await expect(step).toHaveClass(/\bactive\b/);
		expect(await coveredLines(page, id), `step ${id}`).toEqual([]);
	}
}

for (const js of [true, false]) {
	test.describe(`JavaScript ${js ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled: js });

		for (const width of WIDTHS) {
			test.describe(`${width} px`, () => {
				test.use({ viewport: { width, height: height(width) } });

				test(`every page fits the width and holds still while loading (${routes.length} pages)`, async ({
					page
				}) => {
					for (const route of routes) {
						await page.goto(route.slice(1) || './', { waitUntil: 'networkidle' });
						// Without scripts, the page cannot report its own layout shifts (nor cause any).
						if (js) {
							await expectHydrated(page, route);
							expect(await layoutShift(page), `${route}: layout shift`).toBeLessThan(0.01);
						}
						await expectNoHorizontalOverflow(page);
					}
				});

				test('no step text is hidden behind the sticky chart', async ({ page }) => {
					await page.goto('./');
					await expectStepTextUncovered(page, js);
					await expectNoHorizontalOverflow(page);
				});
			});
		}
	});
}

// A 1280×720 window at 200% zoom lays pages out in 640×360 CSS pixels, at two device pixels each.
const variants = {
	'reduced motion': { reducedMotion: 'reduce' },
	'dark mode': { colorScheme: 'dark' },
	'200% zoom': { viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 }
} as const;

for (const [name, options] of Object.entries(variants)) {
	test.describe(name, () => {
		test.use({ viewport: { width: 375, height: 812 }, ...options });

		test('every page fits, holds still and no step text is hidden', async ({ page }) => {
			for (const route of routes) {
				await page.goto(route.slice(1) || './', { waitUntil: 'networkidle' });
				await expectHydrated(page, route);
				expect(await layoutShift(page), `${route}: layout shift`).toBeLessThan(0.01);
				await expectNoHorizontalOverflow(page);
			}
			await page.goto('./');
			await expectStepTextUncovered(page, true);
		});
	});
}
