/**
 * Lighthouse's default mobile run (Moto G Power, simulated slow 4G and 4× CPU), on Debian's
 * Chromium, `runs` times in fresh profiles; the median run by Lighthouse's own rule.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import type { Result } from 'lighthouse';
import { CHROME_PATH, CHROMIUM_ARGS } from '../chromium.js';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export const RESOURCE_TYPES = ['document', 'stylesheet', 'script', 'font', 'image'] as const;

export interface LighthouseFigures {
	scores: Record<(typeof CATEGORIES)[number], number>;
	lcpMs: number;
	fcpMs: number;
	cls: number;
	tbtMs: number;
	speedIndexMs: number;
	requests: number;
	/** Bytes on the wire (compressed) by type, and in all. */
	bytes: Record<(typeof RESOURCE_TYPES)[number] | 'total', number>;
	/** Audits that did not pass, by id, for reading a score below 100. */
	failed: string[];
}

async function runOnce(url: string): Promise<Result> {
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
			onlyCategories: [...CATEGORIES]
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
		scores: Object.fromEntries(
			CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])
		) as LighthouseFigures['scores'],
		lcpMs: audit('largest-contentful-paint'),
		fcpMs: audit('first-contentful-paint'),
		cls: audit('cumulative-layout-shift'),
		tbtMs: audit('total-blocking-time'),
		speedIndexMs: audit('speed-index'),
		requests: row('total')?.requestCount ?? NaN,
		bytes: Object.fromEntries(
			[...RESOURCE_TYPES, 'total'].map((t) => [t, row(t)?.transferSize ?? 0])
		) as LighthouseFigures['bytes'],
		failed: Object.values(lhr.categories)
			.flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id))
			.filter((id) => {
				const score = lhr.audits[id]?.score;
				return score !== null && score !== undefined && score < 1;
			})
	};
}

/** The median of `runs` Lighthouse runs of a page. */
export async function measure(url: string, runs: number): Promise<LighthouseFigures> {
	const results: Result[] = [];
	for (let i = 0; i < runs; i++) results.push(await runOnce(url));
	return figures(computeMedianRun(results));
}
