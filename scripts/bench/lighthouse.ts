/**
 * Lighthouse's mobile run on Debian's Chromium, in a fresh profile each time, with the CPU
 * slowdown of a device class (see calibrate.ts).
 *
 * throttlingMethod 'simulate' (Lighthouse's default, and PageSpeed Insights'): the page loads
 * unthrottled once and Lantern models slow 4G and a CPU `cpuSlowdownMultiplier` times slower
 * than this machine. The budgets' LCP and TBT are in that model's terms, and it keeps the
 * network the same whatever the machine, so only the CPU factor follows the calibration.
 * DevTools throttling would run the page at the slowed rate for real, with a network so slow
 * (560 ms a request) that LCP measured the wire, not the page; the Playwright tests (scroll.ts,
 * interactions.ts) are where the CPU runs throttled for real.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Flags, Result } from 'lighthouse';
import { CHROME_PATH, CHROMIUM_ARGS } from '../chromium.js';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One run's figures by name: scores 0–100, times in ms, bytes as transferred. */
export type LighthouseFigures = Record<string, number>;

export async function runLighthouse(url: string, flags: Flags = {}): Promise<Result> {
	// chrome-launcher makes a fresh user-data dir for each launch and removes it after.
	const chrome = await chromeLauncher.launch({
		chromePath: CHROME_PATH,
		chromeFlags: CHROMIUM_ARGS.map((f) => (f === '--headless' ? '--headless=new' : f))
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			throttlingMethod: 'simulate',
			...flags
		});
		if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
		const error = result.lhr.runtimeError;
		if (error) throw new Error(`Lighthouse: ${error.code} ${error.message}`);
		return result.lhr;
	} finally {
		await chrome.kill();
	}
}

function figures(lhr: Result): LighthouseFigures {
	const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
	const summary = (lhr.audits['resource-summary']?.details as { items?: unknown[] } | undefined)
		?.items as { resourceType: string; transferSize: number; requestCount: number }[];
	const row = (type: string) => summary.find((r) => r.resourceType === type);
	return {
		...Object.fromEntries(
			CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])
		),
		lcpMs: audit('largest-contentful-paint'),
		fcpMs: audit('first-contentful-paint'),
		cls: audit('cumulative-layout-shift'),
		tbtMs: audit('total-blocking-time'),
		speedIndexMs: audit('speed-index'),
		requests: row('total')?.requestCount ?? NaN,
		scriptBytes: row('script')?.transferSize ?? 0,
		totalBytes: row('total')?.transferSize ?? 0
	};
}

/** Audits that did not pass, by id, for reading a score below 100. */
const failed = (lhr: Result): string[] =>
	Object.values(lhr.categories)
		.flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id))
		.filter((id) => {
			const score = lhr.audits[id]?.score;
			return score !== null && score !== undefined && score < 1;
		});

/** `runs` Lighthouse runs of a page, each run's figures and the audits any run failed. */
export async function measure(
	url: string,
	runs: number,
	cpuSlowdownMultiplier: number
): Promise<{ runs: LighthouseFigures[]; failed: string[] }> {
	const results: Result[] = [];
	for (let i = 0; i < runs; i++)
		results.push(
			await runLighthouse(url, {
				onlyCategories: [...CATEGORIES],
				throttling: { cpuSlowdownMultiplier }
			} as Flags)
		);
	return { runs: results.map(figures), failed: [...new Set(results.flatMap(failed))] };
}
