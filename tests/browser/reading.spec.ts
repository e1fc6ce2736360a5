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
		const line = Math.round(document.documentElement.clientHeight * (narrow ? 0.85 : 0.6));
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
		const out: { id: string; active: number; read: number; shown: boolean; named: boolean }[] = [];
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
			// The marks the step names: every one on screen, inside its picture, uncovered.
			const named = [...figure.querySelectorAll<HTMLElement>('[data-emphasis]')].every((el) => {
				const r = el.getBoundingClientRect();
				const f = figure.getBoundingClientRect();
				const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
				return (
					r.top >= Math.max(0, f.top) - 1 &&
					r.bottom <= Math.min(innerHeight, f.bottom) + 1 &&
					!!hit &&
					figure.contains(hit)
				);
			});
			const h = card.getBoundingClientRect().height;
			if (narrow) {
				// Below the docked picture: the card's bottom at the foot of the screen, or, for a
				// card taller than the band, its top just below the picture.
				const band = innerHeight - figure.getBoundingClientRect().bottom;
				at(h <= band ? Math.min(line - 4, innerHeight - h - 4) : innerHeight - band + 8);
			} else at(Math.max(8, (innerHeight - h) / 2));
			await frame();
			out.push({ id, active, read: share(figure), shown, named });
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
			expect(s.named, `${s.id}: the marks it names are all in sight`).toBe(true);
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

test('on a wide screen a chart keeps its place from step to step', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/');
	const tops: { chart: string; id: string; top: number }[] = [];
	for (const step of steps) {
		await page.goto(`/#${step.id}`);
		await expect(page.locator(`[data-step="${step.id}"]`)).toHaveClass(/\bactive\b/);
		await expect(page.locator('.figure.current')).toBeVisible();
		const top = await page
			.locator('.figure.current')
			.evaluate(
				(fig) =>
					fig.querySelector('.plot')!.getBoundingClientRect().top - fig.getBoundingClientRect().top
			);
		tops.push({ chart: step.chart, id: step.id, top: Math.round(top) });
	}
	// Within a run of steps on one chart, its plot starts at the same height.
	for (const [i, t] of tops.entries()) {
		const before = tops[i - 1];
		if (before?.chart === t.chart)
			expect(Math.abs(t.top - before.top), `${before.id} → ${t.id}`).toBeLessThanOrEqual(1);
	}
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

	test('no chart text is smaller than 12 px on the narrowest phone', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto('/');
		const small = await page.locator('.figure .chart-frame').evaluateAll((frames) => {
			const found = new Set<string>();
			for (const frame of frames) {
				const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
				for (let n = walker.nextNode(); n; n = walker.nextNode()) {
					const el = n.parentElement!;
					if (!n.textContent?.trim() || el.closest('.visually-hidden, [hidden]')) continue;
					if (parseFloat(getComputedStyle(el).fontSize) < 12)
						found.add(`${n.textContent.trim().slice(0, 30)} (${getComputedStyle(el).fontSize})`);
				}
			}
			return [...found];
		});
		expect(small).toEqual([]);
	});

	test('the story announces nothing by itself: only a mark the reader selects is told', async ({
		page
	}) => {
		await page.goto('/');
		const live = await page
			.locator('main [aria-live]')
			.evaluateAll((els) => els.map((el) => el.className.split(' ')[0]));
		expect(new Set(live)).toEqual(new Set(['details']));
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

const FIRST_CONTROLS: Record<string, string[]> = {
	'palm-beach': ['How to read this chart', '← Earlier event', 'Later event →'],
	'jupiters-where': ['How to read this chart', '← Site to the west', 'Site to the east →'],
	'nine-men': ['How to read this chart', 'Theodore Sorensen 1928–2010']
};

for (const [width, height] of [
	[375, 667],
	[1440, 900]
] as const)
	for (const [id, first] of Object.entries(FIRST_CONTROLS))
		test(`at ${width} px the keyboard reaches ${id}'s chart and comes back, with nothing hidden`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height });
			await page.goto(`/#${id}`);
			await expect(page.locator(`[data-step="${id}"]`)).toHaveClass(/\bactive\b/);
			const view = viewFor(steps, id);
			const lastLink = page.locator(`[data-step="${id}"] a`).last();
			const controls = await page
				.locator('.figure.current')
				.locator('a, button, summary, input')
				.evaluateAll((els) =>
					els.filter((el) => el.checkVisibility()).map((el) => el.textContent?.trim() ?? '')
				);
			await lastLink.focus();
			// Tab reaches each of the chart's controls, in visual order, each on screen and on top.
			const reached: string[] = [];
			for (let i = 0; i < controls.length; i++) {
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
				expect(focus.inFigure, `Tab ${i + 1} is in the chart`).toBe(true);
				expect(focus.visible, `${focus.text} is on screen and uncovered`).toBe(true);
				reached.push(focus.text);
			}
			expect(reached).toEqual(controls);
			expect(reached.slice(0, first.length)).toEqual(first);
			// Shift+Tab comes back the same way, to the step, and the chart stays as it was.
			for (let i = 0; i < controls.length; i++) await page.keyboard.press('Shift+Tab');
			await expect(lastLink).toBeFocused();
			await expect(page.locator('.figure.current .chart-view')).toHaveAttribute(
				'data-state',
				view.state
			);
		});

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, viewport: { width: 375, height: 667 } });

	test('a tapped map marker shows its details in sight, over any card', async ({ page }) => {
		await page.goto('/#jupiters-where');
		await expect(page.locator('[data-step="jupiters-where"]')).toHaveClass(/\bactive\b/);
		const marker = page.locator('.figure.current [data-site="gioia-del-colle-air-base"]');
		const box = (await marker.boundingBox())!;
		await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
		const details = page.locator('.figure.current .details');
		await expect(details).toContainText('Gioia del Colle');
		const uncovered = await details.evaluate((el) => {
			const r = el.getBoundingClientRect();
			const hit = document.elementFromPoint(
				r.left + r.width / 2,
				r.top + Math.min(r.height, 40) / 2
			);
			return r.top >= 0 && r.top + 20 <= innerHeight && !!hit && el.contains(hit);
		});
		expect(uncovered, 'the details are on screen and on top').toBe(true);
	});
});
