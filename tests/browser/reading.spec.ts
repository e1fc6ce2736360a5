/**
 * Every reader sees what each step is about: the picture beside its sentence on phones and
 * tablets, nothing out of reach on short or zoomed screens, the marks a step names drawn
 * emphasised, the charts' controls in reach of the keyboard, and the tables once, in flow.
 */
import type { Page } from '@playwright/test';
import { steps } from '../../src/content/story';
import { viewFor } from '../../src/lib/scrolly/steps';
import { expect, test } from './fixtures';

test.use({ reducedMotion: 'reduce' });

/**
 * For each step, scrolled as a reader would: the share of its picture's plot that is on screen
 * and not under anything, when the step becomes active (its card just past the trigger line)
 * and when its card has come up as far as it goes below the picture (wholly in view, if the
 * band below the picture holds it).
 */
async function plotShares(page: Page) {
	return page.evaluate(async () => {
		const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
		const narrow = matchMedia('(max-width: 59.99rem)').matches;
		const line = Math.round(document.documentElement.clientHeight * (narrow ? 0.8 : 0.6));
		const share = (figure: HTMLElement) => {
			let seen = 0;
			let all = 0;
			for (const plot of figure.querySelectorAll<HTMLElement>('.plot')) {
				const r = plot.getBoundingClientRect();
				for (let i = 0.5; i < 12; i++)
					for (let j = 0.5; j < 12; j++) {
						const x = r.left + (r.width * i) / 12;
						const y = r.top + (r.height * j) / 12;
						all++;
						const hit = document.elementFromPoint(x, y);
						if (hit && figure.contains(hit)) seen++;
					}
			}
			return all ? seen / all : 0;
		};
		const out: { id: string; active: number; read: number; shown: boolean }[] = [];
		for (const card of document.querySelectorAll<HTMLElement>('[data-step]')) {
			const id = card.dataset.step!;
			const figure = document.querySelector<HTMLElement>(`.figure[data-scene~="${id}"]`)!;
			const at = (top: number) => {
				window.scrollTo({
					top: card.getBoundingClientRect().top + scrollY - top,
					behavior: 'instant'
				});
			};
			const ready = () => card.classList.contains('active') && figure.classList.contains('shown');
			at(line - 4);
			for (let i = 0; i < 240 && !ready(); i++) await frame();
			// That the step's picture is the one shown is the scrolling test's (story.spec.ts);
			// here the layout is measured, so the picture is shown for the measurement.
			const shown = ready();
			if (!shown)
				for (const f of figure.parentElement!.querySelectorAll('.figure'))
					f.classList.toggle('shown', f === figure);
			await frame();
			const active = share(figure);
			const h = card.getBoundingClientRect().height;
			if (narrow) {
				// Below the docked picture: the card's bottom at the foot of the screen, or, for a
				// card taller than the band, its top just below the picture.
				const band = innerHeight - figure.getBoundingClientRect().bottom;
				at(h <= band ? Math.min(line - 4, innerHeight - h - 4) : innerHeight - band + 8);
			} else at(Math.max(8, (innerHeight - h) / 2));
			await frame();
			out.push({ id, active, read: share(figure), shown });
		}
		return out;
	});
}

for (const [width, height] of [
	[360, 640],
	[375, 667],
	[390, 844],
	[412, 915],
	[768, 1024],
	[1024, 768]
] as const)
	test(`at ${width}×${height} each step's picture is on screen and uncovered beside its card`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced'); // started
		const shares = await plotShares(page);
		expect(shares.map((s) => s.id)).toEqual(steps.map((s) => s.id));
		for (const s of shares) {
			expect(s.active, `${s.id} as it becomes active`).toBeGreaterThanOrEqual(0.9);
			expect(s.read, `${s.id} with its card in view`).toBeGreaterThanOrEqual(0.9);
		}
	});

for (const [width, height] of [
	[844, 390],
	[720, 450],
	[640, 360],
	[320, 256]
] as const)
	test(`at ${width}×${height} the charts are inline, with no part out of reach`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');
		const figures = await page
			.locator('.figure')
			.evaluateAll((els) =>
				els.map((el) => [getComputedStyle(el).position, getComputedStyle(el).visibility])
			);
		expect(new Set(figures.map((f) => f.join(' ')))).toEqual(new Set(['static visible']));
		// No picture is wider than the screen.
		const widest = await page
			.locator('.figure .chart-frame')
			.evaluateAll((els) => Math.max(...els.map((el) => el.getBoundingClientRect().right)));
		expect(widest).toBeLessThanOrEqual(width);
	});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('each step’s picture draws emphasised the marks it names, and its alt text names them', async ({
		page
	}) => {
		await page.goto('/');
		for (const s of steps.filter((s) => s.emphasis?.length)) {
			const figure = page.locator(`.figure[data-scene~="${s.id}"]`);
			const names = await figure
				.locator('[data-emphasis]')
				.evaluateAll((els) =>
					els.map((el) => [
						(el as HTMLElement).dataset.id ?? (el as HTMLElement).dataset.label,
						(el as HTMLElement).dataset.name
					])
				);
			const drawn = new Map(names as [string, string | undefined][]);
			for (const id of s.emphasis!) {
				expect(drawn.has(id), `${s.id}: ${id} drawn emphasised`).toBe(true);
				const name = drawn.get(id);
				if (name)
					expect(s.alt.toLowerCase(), `${s.id}: the alt text names ${name}`).toContain(
						name.toLowerCase()
					);
			}
			// Nothing else is emphasised.
			expect(
				[...drawn.keys()].filter((id) => !s.emphasis!.includes(id)),
				s.id
			).toEqual([]);
		}
	});

	test('each chart’s data table is in the page once, in its flow', async ({ page }) => {
		await page.goto('/');
		for (const chart of ['lifespans', 'timeline', 'patrol-map']) {
			await expect(page.locator(`[id="data-${chart}"]`)).toHaveCount(1);
			await expect(page.locator(`#data-${chart} table`).first()).toBeAttached();
			await expect(page.locator(`.figure a[href="#data-${chart}"]`).first()).toBeAttached();
		}
		await expect(page.locator('.figure table')).toHaveCount(0);
	});
});

test('the skip link leads past the header and its options to the story', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');
	await page.keyboard.press('Tab');
	await expect(page.locator('.skip-link')).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	// The next stop is a footnote in the opening, not the headline's reading options.
	await expect(page.locator(':focus')).toHaveAttribute('href', /^#note-/);
});

for (const [width, height] of [
	[375, 667],
	[1440, 900]
] as const)
	test(`at ${width} px the keyboard reaches a step's chart and comes back, with nothing hidden`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await page.goto('/#palm-beach');
		await expect(page.locator('[data-step="palm-beach"]')).toHaveClass(/\bactive\b/);
		const view = viewFor(steps, 'palm-beach');
		const lastLink = page.locator('[data-step="palm-beach"] a').last();
		await lastLink.focus();
		// A few Tabs reach the chart's controls, in visual order, each on screen and on top.
		const reached: string[] = [];
		for (let i = 0; i < 6; i++) {
			await page.keyboard.press('Tab');
			const focus = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement;
				const r = el.getBoundingClientRect();
				const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
				return {
					text: el.textContent?.trim() ?? '',
					inFigure: !!el.closest('.figure.current'),
					visible:
						r.top >= 0 &&
						r.bottom <= innerHeight &&
						hit?.closest('.figure') === el.closest('.figure')
				};
			});
			if (!focus.inFigure) break;
			expect(focus.visible, `${focus.text} is on screen and uncovered`).toBe(true);
			reached.push(focus.text);
		}
		expect(reached.slice(0, 3)).toEqual([
			'How to read this chart',
			'← Earlier event',
			'Later event →'
		]);
		// Back out of the chart: as many presses as went in, and one for the step after it.
		for (let i = 0; i <= reached.length; i++) await page.keyboard.press('Shift+Tab');
		await expect(lastLink).toBeFocused();
		await expect(page.locator('.figure.current .chart-view')).toHaveAttribute(
			'data-state',
			view.state
		);
	});
