/**
 * Scroll smoothness on a throttled phone (phone.ts): the whole story by the mouse wheel at a
 * reader's pace (100 px every 120 ms), then a fast fling to the end and back (large wheel
 * deltas as fast as they can be sent), each while the page records long tasks, long animation
 * frames and frame times. What the fling leaves to do once it stops counts too.
 */
import type { Browser, Page } from '@playwright/test';
import { now, openPhone, PHONE, recordedSince, settled, type Recorded } from './phone';
import { quantile } from './stats';

export interface ScrollFigures {
	/** Wheel events sent. */
	wheels: number;
	longTasks: number;
	longestTaskMs: number;
	longFrames: number;
	longestFrameMs: number;
	frameP95Ms: number;
}

export const READING = { deltaPx: 100, everyMs: 120 };
const FLING_PX = 2500;

const atEnd = (page: Page, down: boolean) =>
	page.evaluate((down) => {
		const max = document.documentElement.scrollHeight - innerHeight;
		return down ? scrollY >= max - 2 : scrollY <= 0;
	}, down);

function summary(wheels: number, r: Recorded, longTaskMs: number): ScrollFigures {
	const over = r.tasks.filter((t) => t.duration > longTaskMs);
	const sorted = [...r.intervals].sort((a, b) => a - b);
	const round = (ms: number) => Math.round(ms * 10) / 10;
	return {
		wheels,
		longTasks: over.length,
		longestTaskMs: round(Math.max(0, ...r.tasks.map((t) => t.duration))),
		longFrames: r.frames.filter((f) => f.duration > longTaskMs).length,
		longestFrameMs: round(Math.max(0, ...r.frames.map((f) => f.duration))),
		frameP95Ms: round(quantile(sorted, 0.95))
	};
}

async function scroll(page: Page, run: () => Promise<number>, longTaskMs: number) {
	await page.mouse.move(PHONE.width / 2, PHONE.height / 2);
	const from = await now(page);
	await page.evaluate(() => window.benchFrames(true));
	const wheels = await run();
	// The scroll has stopped: its position holds for a few frames (then the page goes idle).
	await page.evaluate(
		`new Promise((resolve) => {
			let y = scrollY, same = 0;
			const check = () => (scrollY === y ? ++same : ((same = 0), (y = scrollY)), same > 5 ? resolve(true) : requestAnimationFrame(check));
			requestAnimationFrame(check);
		})`
	);
	await page.evaluate(() => window.benchFrames(false));
	return summary(wheels, await recordedSince(page, from), longTaskMs);
}

export async function measureScroll(
	browser: Browser,
	url: string,
	rate: number,
	longTaskMs: number
): Promise<{ reading: ScrollFigures; fling: ScrollFigures }> {
	const page = await openPhone(browser, url, rate);
	try {
		const reading = await scroll(
			page,
			async () => {
				let wheels = 0;
				while (!(await atEnd(page, true)) && wheels < 5000) {
					await page.mouse.wheel(0, READING.deltaPx);
					await page.waitForTimeout(READING.everyMs); // the reader's pace, not a wait
					wheels++;
				}
				return wheels;
			},
			longTaskMs
		);
		await page.evaluate(() => scrollTo(0, 0));
		await settled(page);
		const fling = await scroll(
			page,
			async () => {
				let wheels = 0;
				for (const down of [true, false])
					while (!(await atEnd(page, down)) && wheels < 1000) {
						await page.mouse.wheel(0, down ? FLING_PX : -FLING_PX);
						wheels++;
					}
				return wheels;
			},
			longTaskMs
		);
		return { reading, fling };
	} finally {
		await page.context().close();
	}
}
