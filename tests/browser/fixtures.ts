/**
 * Every browser test runs with a watcher on the page: a console error, an uncaught
 * exception, a failed or 4xx/5xx request, or any request to another origin fails the test.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Frame, type Locator, type Page } from '@playwright/test';
import { steps } from '../../src/content/story';
import type { ChartId } from '../../src/lib/scrolly/steps';
import { BASE_URL, HOST_URL, ROOT_URL } from '../../playwright.config';

/** The test servers: this build, the base-path build and the site that embeds our charts. */
const TEST_ORIGINS = new Set([ROOT_URL, BASE_URL, HOST_URL].map((u) => new URL(u).origin));

export const test = base.extend<{ pageProblems: string[] }>({
	pageProblems: [
		async ({ page, javaScriptEnabled }, use) => {
			const problems: string[] = [];
			page.on('console', (m) => {
				if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
			});
			page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
			// Which page each request belongs to: going to the next page cancels what the last
			// one was still fetching (its favicon, say), which no reader sees as a failure. The
			// page being left can also start a fetch after the next page was asked for (its
			// scripts wake up), so a fetch cancelled before the next page has loaded is excused.
			let pageNumber = 0;
			let leaving = false;
			const requestPage = new WeakMap<object, number>();
			// Likewise for an iframe sent to a new address (an embed preview whose options
			// changed): what its last document was fetching (the chart's scripts) is cancelled,
			// including what that document starts between the new address being asked for and
			// the new document taking its place.
			const frameDocuments = new Map<Frame, number>();
			const requestDocument = new WeakMap<object, number>();
			const framesLeaving = new Set<Frame>();
			const requestLeaving = new WeakSet<object>();
			page.on('framenavigated', (frame) => framesLeaving.delete(frame));
			page.on('request', (r) => {
				const frame = r.frame();
				if (r.isNavigationRequest() && frame === page.mainFrame()) {
					pageNumber++;
					leaving = true;
				} else if (r.isNavigationRequest()) {
					frameDocuments.set(frame, (frameDocuments.get(frame) ?? 0) + 1);
					framesLeaving.add(frame);
				} else if (framesLeaving.has(frame)) requestLeaving.add(r);
				requestPage.set(r, pageNumber);
				requestDocument.set(r, frameDocuments.get(frame) ?? 0);
			});
			page.on('domcontentloaded', () => (leaving = false));
			page.on('requestfailed', (r) => {
				// With JavaScript off, Chromium refuses the module preloads: expected, not a fault.
				if (!javaScriptEnabled && new URL(r.url()).pathname.endsWith('.js')) return;
				// An iframe sent to a new address (an embed preview whose options changed) drops
				// its last load unfinished; Chromium reports that before the new load starts.
				const superseded =
					leaving ||
					requestLeaving.has(r) ||
					requestPage.get(r) !== pageNumber ||
					requestDocument.get(r) !== (frameDocuments.get(r.frame()) ?? 0) ||
					(r.isNavigationRequest() && r.frame() !== page.mainFrame());
				if (superseded && r.failure()?.errorText === 'net::ERR_ABORTED') return;
				problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`);
			});
			page.on('response', (r) => {
				if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
			});
			// A page fetches only from its own origin. Where a page or frame is sent may be any of
			// the test servers: the host tests' page (another origin) frames our embeds, as an
			// editor's site would, and may fetch their oEmbed files, as an editor's CMS would.
			page.on('request', (r) => {
				const url = new URL(r.url());
				if (url.protocol === 'data:') return;
				const oembed =
					r.resourceType() === 'fetch' &&
					url.pathname.endsWith('/oembed.json') &&
					TEST_ORIGINS.has(url.origin);
				const own = r.isNavigationRequest()
					? TEST_ORIGINS.has(url.origin)
					: oembed || url.origin === new URL(r.frame().url()).origin;
				if (!own) problems.push(`other origin: ${r.url()} (from ${r.frame().url()})`);
			});
			await use(problems);
			expect(problems, 'console errors, failed requests or other origins').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Runs axe (WCAG 2.2 A and AA rules) and returns a readable list of violations. */
/**
 * What axe finds on the page, or (with selectors) in those parts of it only: the story's
 * whole page is long, and a step's check needs only its card and its picture.
 */
export async function axeViolations(page: Page, ...parts: string[]): Promise<string[]> {
	// Colours are judged as the reader sees them at rest, not halfway through a fade.
	await page.waitForFunction(() =>
		document.getAnimations().every((a) => a.playState !== 'running')
	);
	let axe = new AxeBuilder({ page }).withTags([
		'wcag2a',
		'wcag2aa',
		'wcag21a',
		'wcag21aa',
		'wcag22aa',
		'best-practice'
	]);
	for (const part of parts) axe = axe.include(part);
	const result = await axe.analyze();
	return result.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
}

/** The first step of the story that shows each state of a chart. */
export function stepsByState(chart: ChartId): Record<string, string> {
	return Object.fromEntries(
		[...steps]
			.reverse()
			.filter((s) => s.chart === chart)
			.map((s) => [s.state, s.id])
	);
}

/** Opens the story at the first step showing this state of the chart, and waits for it. */
export async function openState(page: Page, chart: ChartId, state: string) {
	await page.goto(`/#${stepsByState(chart)[state]}`);
	await expect(page.locator('.figure.current .chart-view')).toHaveAttribute('data-state', state);
	// Shown, not only chosen: until then its controls cannot take focus or a tap.
	await expect(page.locator('.figure.current')).toBeVisible();
}

/**
 * Words in a chart (those matching `selector` within its frame) that run out of its plot or
 * overlap one another; also 'no labels' when there are none to check. Out of the plot means
 * past its sides, and with `within: 'all sides'` (a map, whose words all sit on it) also
 * above or below it.
 */
export function wordProblems(
	plot: Locator,
	selector: string,
	{ within = 'sides' }: { within?: 'sides' | 'all sides' } = {}
): Promise<string[]> {
	return plot.evaluate(
		(plotEl, [selector, within]) => {
			const bounds = plotEl.getBoundingClientRect();
			const frame = plotEl.closest('.chart-frame') ?? plotEl;
			const words = [...frame.querySelectorAll<HTMLElement>(selector)].map((el) => ({
				text: el.textContent ?? '',
				box: el.getBoundingClientRect()
			}));
			const problems: string[] = words.length ? [] : ['no labels'];
			for (const [i, a] of words.entries()) {
				if (
					a.box.right > bounds.right + 1 ||
					a.box.left < bounds.left - 1 ||
					(within === 'all sides' &&
						(a.box.bottom > bounds.bottom + 1 || a.box.top < bounds.top - 1))
				)
					problems.push(`"${a.text}" runs out of the chart`);
				for (const b of words.slice(i + 1))
					if (
						a.box.left < b.box.right - 1 &&
						b.box.left < a.box.right - 1 &&
						a.box.top < b.box.bottom - 1 &&
						b.box.top < a.box.bottom - 1
					)
						problems.push(`"${a.text}" overlaps "${b.text}"`);
			}
			return problems;
		},
		[selector, within] as const
	);
}
