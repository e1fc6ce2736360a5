import { HOST_URL, ROOT_URL } from '../../playwright.config';
import { steps } from '../../src/content/story';
import { listedCharts } from '../../scripts/listed-charts';
import { embedView, stepsOf } from '../../src/lib/embed/view';
import { LOCALES, localePath } from '../../src/lib/i18n/locales';
import { expect, test, wordProblems } from './fixtures';
import { openHost } from './host';

const CHARTS = listedCharts().map((c) => c.id);

/**
 * Embeds on another site that fit their frame: sideways in every state from 260 px up, and
 * downwards from the first paint when the host drops the code's script; and images that
 * carry what a reader needs to read them.
 */
test.use({ reducedMotion: 'reduce' });

/** Words in the embed's page that run past its sides, and how far the page scrolls sideways. */
function sidewaysProblems(): string[] {
	const problems: string[] = [];
	const over = document.documentElement.scrollWidth - document.documentElement.clientWidth;
	if (over > 0) problems.push(`the page scrolls ${over} px sideways`);
	for (const el of document.querySelectorAll('.embed *')) {
		const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
		if (!text || el.closest('details:not([open]), .visually-hidden')) continue;
		const box = el.getBoundingClientRect();
		if (box.width && (box.right > innerWidth + 0.5 || box.left < -0.5))
			problems.push(`"${el.textContent?.trim()}" runs out (${Math.round(box.right)} px)`);
	}
	return problems;
}

for (const chart of CHARTS)
	test(`${chart} fits frames 260 to 320 px wide in every state, nothing cut`, async ({ page }) => {
		const states = [...new Map(stepsOf(steps, chart).map((s) => [s.state, s.id])).values()];
		await openHost(page, `<iframe title="Chart" style="border:0;height:2200px"></iframe>`);
		const iframe = page.locator('iframe');
		for (const id of states) {
			const src = `${ROOT_URL}/embed/${chart}/?step=${id}`;
			const loaded = page.waitForEvent('framenavigated', (f) => f.url() === src);
			await iframe.evaluate(
				(f: HTMLIFrameElement, src) => ((f.style.width = '260px'), (f.src = src)),
				src
			);
			const embed = await loaded;
			// The island wakes when the reader reaches for the chart, and shows the step.
			await embed.locator('.embed').hover({ position: { x: 2, y: 2 } });
			const state = stepsOf(steps, chart).find((s) => s.id === id)!.state;
			await expect(embed.locator('.chart-view')).toHaveAttribute('data-state', state);
			for (const width of [260, 288, 320]) {
				await iframe.evaluate((f: HTMLIFrameElement, w) => (f.style.width = `${w}px`), width);
				await expect
					.poll(() => embed.locator('body').evaluate(sidewaysProblems), `${id} at ${width} px`)
					.toEqual([]);
			}
		}
	});

test("the map's words stay apart and on the map in frames 260 and 320 px wide, in every edition and state", async ({
	page
}) => {
	await page.setViewportSize({ width: 260, height: 800 });
	const states = [...new Map(stepsOf(steps, 'patrol-map').map((s) => [s.state, s.id])).values()];
	for (const locale of LOCALES)
		for (const id of states) {
			await page.goto(localePath(locale, `/embed/patrol-map/?step=${id}`).slice(1));
			await page.locator('.embed').hover({ position: { x: 2, y: 2 } }); // wakes it at its step
			for (const width of [260, 320]) {
				await page.setViewportSize({ width, height: 800 });
				await expect
					.poll(
						() => wordProblems(page.locator('.plot'), '.plot .label', { within: 'all sides' }),
						{ message: `${locale}, ${id} at ${width} px` }
					)
					.toEqual([]);
			}
		}
});

for (const chart of CHARTS)
	test(`${chart}'s oEmbed code inserted without its script starts at its content's height`, async ({
		page,
		request
	}) => {
		const { html } = await (await request.get(`/embed/${chart}/oembed.json`)).json();
		// The build's oEmbed file names its default site; the test serves it here.
		await page.goto(
			`${HOST_URL}/tests/host/inner.html?code=${encodeURIComponent(html.replaceAll('http://localhost:4173', ROOT_URL))}`
		);
		const iframe = page.locator('#column iframe');
		const content = iframe.contentFrame().locator('.embed');
		for (const width of [260, 300, 320, 375, 414, 600, 768, 1024, 1200]) {
			await page.setViewportSize({ width, height: 900 });
			// How much taller the frame is than the chart, once it has laid out at this width:
			// never less (the chart cut), and little more (blank under it).
			await expect
				.poll(async () => {
					const frame = await iframe.evaluate((f) => f.getBoundingClientRect().height);
					const chart = await content.evaluate((el) => el.getBoundingClientRect().height);
					const slack = Math.round(frame - chart);
					return slack >= 0 && slack < 60 ? 'fits' : `${slack} px`;
				}, `frame height less chart height at ${width} px`)
				.toBe('fits');
		}
	});

test("the map's embed shows its title's story: fixed sites and a submarine at sea", async ({
	page
}) => {
	await page.goto('/embed/patrol-map/');
	await expect(page.locator('.chart-view')).toHaveAttribute(
		'data-state',
		embedView(steps, 'patrol-map', null).state
	);
	const map = page.locator('.chart-view');
	await expect(map.locator('[data-label="group-italy"]')).toBeVisible();
	await expect(map.locator('[data-label="group-turkey"]')).toBeVisible();
	await expect(map.locator('[data-label="patrol-position"] .label')).toBeVisible();
});

for (const chart of CHARTS)
	test(`${chart}'s SVG (drawn with its PNG) carries its how-to-read key`, async ({
		page,
		request
	}) => {
		// The SVG's words are glyph outlines (pdftocairo), so it is measured, not read: it is as
		// tall as the embed with its key unfolded and its controls gone, as render-images.ts
		// draws it, and the key is far taller than any rounding.
		await page.setViewportSize({ width: 660, height: 800 });
		await page.goto(`/embed/${chart}/?theme=light`);
		await page.addStyleTag({
			content: `button:not(.layercake-container button), details:not(.how), details.how > summary,
				[aria-live], .story-link { display: none !important; }`
		});
		const folded = (await page.locator('.embed').boundingBox())!.height;
		await page.evaluate(() =>
			document.querySelectorAll('details.how').forEach((d) => d.setAttribute('open', ''))
		);
		const key = (await page.locator('.chart-frame .how p').boundingBox())!.height;
		const unfolded = (await page.locator('.embed').boundingBox())!.height;
		expect(key).toBeGreaterThan(30);
		const svg = await (await request.get(`/embed/${chart}/${chart}.svg`)).text();
		const height = (Number(svg.match(/viewBox="0 0 [\d.]+ ([\d.]+)"/)![1]) * 4) / 3;
		expect(Math.abs(height - unfolded)).toBeLessThan(2);
		expect(height - folded).toBeGreaterThan(key - 2);
	});
