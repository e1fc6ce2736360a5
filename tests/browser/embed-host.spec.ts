import { BASE_URL, HOST_URL, ROOT_URL } from '../../playwright.config';
import { listedCharts } from '../../scripts/listed-charts';
import { expect, test } from './fixtures';
import { HOSTS, hostCode, misfit, openHost, pymId, type Host } from './host';

const CHARTS = listedCharts().map((c) => c.id);

/**
 * On another site, every chart's iframe takes the height of its content and follows the
 * column's width, whichever way the host embeds it: our snippet, Pym.js or @newswire/frames.
 */
for (const host of HOSTS)
	for (const chart of CHARTS)
		test(`${chart} sizes itself to its content with ${host}, at 320, 768 and 1200 px`, async ({
			page
		}) => {
			await page.setViewportSize({ width: 320, height: 800 });
			await openHost(page, await hostCode(page, host, ROOT_URL, chart));
			const frame = page.locator('iframe').first();
			for (const width of [320, 768, 1200]) {
				await page.setViewportSize({ width, height: 800 });
				await expect.poll(() => misfit(page, frame), `at ${width} px`).toBeLessThanOrEqual(2);
			}
		});

test('the snippet copied from the base-path build sizes its iframe too', async ({ page }) => {
	await openHost(page, await hostCode(page, 'snippet', BASE_URL, 'timeline'));
	const frame = page.locator('iframe').first();
	await expect(frame).toHaveAttribute('src', `${BASE_URL}/embed/timeline/`);
	await expect.poll(() => misfit(page, frame)).toBeLessThanOrEqual(2);
});

test('two embeds on one page each keep their own height', async ({ page }) => {
	const codes = [
		await hostCode(page, 'snippet', ROOT_URL, 'lifespans'),
		await hostCode(page, 'snippet', ROOT_URL, 'timeline')
	];
	await openHost(page, codes.join('\n<p>Between the charts.</p>\n'));
	for (const frame of await page.locator('iframe').all())
		await expect.poll(() => misfit(page, frame)).toBeLessThanOrEqual(2);
});

/**
 * Forged sizes, each posted by tests/host/forger.html in every format our hosts read. A frame
 * of the host's own page is ignored by every way of embedding we document; a page of another
 * origin shown in the embed's own frame, by our snippet and by Pym with `xdomain` (Frames
 * checks only the window, as the editors' page says).
 */
const FORGERIES: Record<Host, ('sibling frame' | 'own frame')[]> = {
	snippet: ['sibling frame', 'own frame'],
	pym: ['sibling frame', 'own frame'],
	frames: ['sibling frame']
};

for (const host of HOSTS)
	test(`with ${host}, a forged size from ${FORGERIES[host].join(' or ')} is ignored`, async ({
		page
	}) => {
		await openHost(page, await hostCode(page, host, ROOT_URL, 'lifespans'));
		const frame = page.locator('iframe').first();
		await expect.poll(() => misfit(page, frame)).toBeLessThanOrEqual(2);
		const fitted = await frame.evaluate((f: HTMLIFrameElement) => f.clientHeight);
		// Once "done" arrives, so has the forged size before it.
		await page.evaluate(() =>
			addEventListener('message', (e) => {
				if (e.data === 'done')
					document.body.dataset.done = `${Number(document.body.dataset.done ?? 0) + 1}`;
			})
		);
		const forger = `${HOST_URL}/tests/host/forger.html?pym=${pymId('lifespans')}`;
		let sent = 0;
		for (const where of FORGERIES[host]) {
			if (where === 'sibling frame')
				await page.evaluate((src) => {
					const other = document.createElement('iframe');
					other.src = src;
					other.title = 'Another frame';
					document.body.append(other);
				}, forger);
			else await frame.evaluate((f: HTMLIFrameElement, src) => (f.src = src), forger);
			await expect(page.locator('body')).toHaveAttribute('data-done', `${++sent}`);
			expect(await frame.evaluate((f: HTMLIFrameElement) => f.clientHeight), where).toBe(fitted);
		}
	});
