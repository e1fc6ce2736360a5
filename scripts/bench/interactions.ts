/**
 * Interactions on a throttled phone (phone.ts), each the first on a freshly loaded story, as a
 * reader feels it: real input (keyboard, touchscreen), measured with the Event Timing API
 * (INP of an interaction: its longest entry) and long animation frames.
 *
 * Controls are found as a reader finds them, by role and name; a chart's picture is brought on
 * screen by scrolling to a step that shows it. The HTML is the stacked form (see
 * src/lib/scrolly/Scroller.svelte): a picture follows the steps that show it, so the last card
 * before it is one of them.
 */
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { interactions, now, openPhone, recordedSince, settled, type Timed } from './phone';

export interface InteractionFigures {
	/** The slowest interaction's INP; 0 when all were under Event Timing's 16 ms threshold. */
	inpMs: number;
	/**
	 * The longest long task or long animation frame after the input (for a step change, in the
	 * 500 ms after the picture changed): the page can answer nothing else meanwhile.
	 */
	longestTaskMs: number;
	/** The input had the effect a reader would see (else the figures mean nothing). */
	done: boolean;
}

export const INTERACTIONS = {
	stepChange: 'step change (PageDown)',
	lifespansName: 'tap a name (lifespans)',
	laterEvent: 'Later event (timeline)',
	nextSite: 'next site (map stepper)',
	stacked: 'stacked layout (reading options)'
} as const;
export type InteractionId = keyof typeof INTERACTIONS;

const AFTER_CHANGE_MS = 500;
const longest = (entries: Timed[]) => Math.max(0, ...entries.map((e) => e.duration));
const EFFECT_MS = 20_000;

/** Scrolls to a step whose picture holds `control`; resolves once that picture is on screen. */
async function showFigureWith(page: Page, control: Locator): Promise<Locator> {
	const figure = page.locator('.figure').filter({ has: control }).first();
	await figure.evaluate((fig) => {
		const cards = [...document.querySelectorAll('[data-step]')].filter(
			(card) => card.compareDocumentPosition(fig) & Node.DOCUMENT_POSITION_FOLLOWING
		);
		cards.at(-1)?.scrollIntoView({ block: 'center', behavior: 'instant' });
	});
	await page.waitForFunction(
		(fig) => fig.classList.contains('current') && getComputedStyle(fig).opacity === '1',
		await figure.elementHandle(),
		{ polling: 'raf' }
	);
	await settled(page);
	return figure;
}

/** Taps `control`, waits for `effect`, and measures the interaction. */
async function tap(page: Page, control: Locator, effect: () => Promise<unknown>) {
	const from = await now(page);
	await control.tap();
	const done = await effect().then(
		() => true,
		() => false
	);
	const r = await recordedSince(page, from);
	return {
		inpMs: Math.max(0, ...interactions(r.events).map((i) => i.ms)),
		longestTaskMs: longest([...r.tasks, ...r.frames]),
		done
	};
}

async function stepper(page: Page, name: RegExp): Promise<InteractionFigures> {
	const figure = await showFigureWith(
		page,
		page.getByRole('button', { name, includeHidden: true })
	);
	const button = figure.getByRole('button', { name });
	const panel = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
	const before = (await panel.textContent()) ?? '';
	return tap(page, button, () => expect(panel).not.toHaveText(before, { timeout: EFFECT_MS }));
}

const MEASURES: Record<InteractionId, (page: Page) => Promise<InteractionFigures>> = {
	async stepChange(page) {
		await page
			.locator('[data-step]')
			.first()
			.evaluate((card) => card.scrollIntoView({ block: 'center', behavior: 'instant' }));
		await settled(page);
		const from = await now(page);
		let changes: number[] = [];
		for (let presses = 0; !changes.length && presses < 30; presses++) {
			await page.keyboard.press('PageDown');
			await settled(page);
			changes = await page.evaluate(
				(from) => window.bench.figureChanges.filter((t) => t >= from),
				from
			);
		}
		const change = changes[0] ?? NaN;
		await page.waitForFunction((end) => performance.now() > end, change + AFTER_CHANGE_MS);
		const r = await recordedSince(page, from);
		const after = [...r.tasks, ...r.frames].filter(
			(f) => f.start + f.duration >= change && f.start <= change + AFTER_CHANGE_MS
		);
		return {
			inpMs: Math.max(0, ...interactions(r.events).map((i) => i.ms)),
			longestTaskMs: longest(after),
			done: Number.isFinite(change)
		};
	},
	async lifespansName(page) {
		const any = page.getByRole('button', { pressed: false, includeHidden: true });
		const figure = await showFigureWith(page, any);
		const name = figure.getByRole('button', { pressed: false }).first();
		return tap(page, name, () =>
			// None was pressed before: the tapped name is now.
			expect(figure.getByRole('button', { pressed: true })).toHaveCount(1, { timeout: EFFECT_MS })
		);
	},
	laterEvent: (page) => stepper(page, /Later event/),
	nextSite: (page) => stepper(page, /Site to the east/),
	async stacked(page) {
		const box = page
			.getByRole('group', { name: 'Reading options' })
			.getByRole('checkbox', { name: /Charts between the text/ });
		return tap(page, box, () => expect(box).toBeChecked({ timeout: EFFECT_MS }));
	}
};

export async function measureInteraction(
	browser: Browser,
	url: string,
	rate: number,
	id: InteractionId
): Promise<InteractionFigures> {
	const page = await openPhone(browser, url, rate);
	try {
		return await MEASURES[id](page);
	} finally {
		await page.context().close();
	}
}
