import type { Page } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { expect, openState, stepsByState, test, wordProblems } from './fixtures';

/** The events in the timeline's range, read from the published events.json. */
async function eventsInRange(request: APIRequestContext) {
	const all: { id: string; date: string; track: string; title: string }[] = await (
		await request.get('/data/events.json')
	).json();
	return all.filter(
		(e) => e.date >= '1962-10' && e.date <= '1963-07-31' && e.track !== 'disclosure'
	);
}
const stepFor = stepsByState('timeline');
const open = (page: Page, state: string) => openState(page, 'timeline', state);

test.use({ reducedMotion: 'reduce' }); // still pictures: no tween in flight while measuring

test('every state the story asks for has a step, and each draws', async ({ page }) => {
	expect(Object.keys(stepFor).sort()).toEqual(['italy', 'removal', 'turkey', 'whole', 'winter']);
	for (const state of Object.keys(stepFor)) {
		await open(page, state);
		await expect(page.locator('.figure.current .mark').first()).toBeVisible();
	}
});

test('the whole span draws one mark per event in range, and the counts fall to zero', async ({
	page,
	request
}) => {
	const events = await eventsInRange(request);
	await open(page, 'whole');
	await expect(page.locator('.figure.current .mark')).toHaveCount(events.length);
	await expect(page.locator('.figure.current .count')).toHaveCount(2);
	await expect(page.locator('.figure.current .count-label')).toHaveText(['Italy 30', 'Turkey 15']);
});

test('the keyboard steps through every event with its date, description and sources', async ({
	page,
	request
}) => {
	const events = await eventsInRange(request);
	await open(page, 'whole');
	const later = page.locator('.figure.current').getByRole('button', { name: 'Later event →' });
	await later.focus();
	const details = page.locator('.figure.current .details');
	const seen = new Set<string>();
	let text = (await details.textContent()) ?? '';
	for (let i = 0; i < events.length; i++) {
		await page.keyboard.press('Enter');
		// The first press may reach a chart still waking; it answers once live.
		await expect(details).not.toHaveText(text);
		text = (await details.textContent()) ?? '';
		const event = events.find((e) => text.includes(e.title));
		expect(event, `step ${i}: ${text.slice(0, 80)}`).toBeTruthy();
		seen.add(event!.id);
		await expect(page.locator('.figure.current .details .sources')).toContainText('Sources:');
	}
	expect(seen.size).toBe(events.length);
});

test('pointing at a mark shows that event', async ({ page, request }) => {
	const events = await eventsInRange(request);
	await open(page, 'removal');
	const id = 'last-jupiter-down-turkey';
	const box = (await page.locator(`.figure.current .mark[data-id="${id}"]`).boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await expect(page.locator('.figure.current .details')).toContainText(
		events.find((e) => e.id === id)!.title
	);
});

/** Labels (event labels, axis ticks, count labels) that overlap or run out of the chart. */
async function labelProblems(page: Page): Promise<string[]> {
	const plot = page.locator('.figure.current .plot');
	// Event labels must also stay clear of the marks in their lane.
	const intoMarks = await plot.evaluate((plotEl) => {
		const problems: string[] = [];
		const laneOf = (el: HTMLElement) => el.style.getPropertyValue('--lane');
		const marks = [...plotEl.querySelectorAll<HTMLElement>('.mark')];
		for (const label of plotEl.querySelectorAll<HTMLElement>('.label')) {
			const a = label.getBoundingClientRect();
			for (const mark of marks.filter((m) => laneOf(m) === laneOf(label))) {
				const b = mark.getBoundingClientRect();
				if (a.left < b.right && b.left < a.right && a.bottom > b.top + 1)
					problems.push(`"${label.textContent}" runs into a mark`);
			}
		}
		return problems;
	});
	return [
		...intoMarks,
		...(await wordProblems(plot, '.plot .label, .lane .name, .tick, .count-label'))
	];
}

for (const width of [320, 375, 768, 1440]) {
	test(`no label overlaps another at ${width} px, in any state`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		for (const state of Object.keys(stepFor)) {
			await open(page, state);
			// Polled: right after a state change the axis may still be settling for a frame.
			await expect
				.poll(() => labelProblems(page), { message: `${state} at ${width}px` })
				.toEqual([]);
		}
	});
}
