/**
 * Scroll smoothness: a phone-sized page with the CPU throttled 4×, scrolled by the mouse wheel
 * from top to bottom at a reader's pace, while the page records long tasks and frame times
 * with the Performance API (PerformanceObserver 'longtask', requestAnimationFrame).
 */
import { chromium } from '@playwright/test';
import { CHROME_PATH, CHROMIUM_ARGS } from '../chromium.js';

export interface ScrollFigures {
	/** Wheel steps taken to reach the bottom. */
	wheelSteps: number;
	longTasks: number;
	longestTaskMs: number;
	frames: number;
	frameP50Ms: number;
	frameP95Ms: number;
	frameMaxMs: number;
	/** Frames slower than 50 ms: visible stutter. */
	slowFrames: number;
}

declare global {
	interface Window {
		benchLongTasks: number[];
		benchFrames: number[];
	}
}

// A string, not a function: tsx's name-keeping helpers do not exist inside the page.
const RECORDER = `
	window.benchLongTasks = [];
	window.benchFrames = [];
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) window.benchLongTasks.push(e.duration);
	}).observe({ type: 'longtask' });
	let last = performance.now();
	const frame = (now) => {
		window.benchFrames.push(now - last);
		last = now;
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
`;

const quantile = (sorted: number[], q: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

export async function measureScroll(url: string, longTaskMs: number): Promise<ScrollFigures> {
	const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage({
			viewport: { width: 375, height: 812 },
			deviceScaleFactor: 2,
			isMobile: true,
			hasTouch: true
		});
		const cdp = await page.context().newCDPSession(page);
		await page.goto(url, { waitUntil: 'networkidle' });
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.evaluate(RECORDER);
		let wheelSteps = 0;
		const atBottom = () =>
			page.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2);
		await page.mouse.move(187, 400);
		while (!(await atBottom()) && wheelSteps < 2000) {
			await page.mouse.wheel(0, 120);
			// A reader's pace: about eight wheel notches a second.
			await page.waitForTimeout(120);
			wheelSteps++;
		}
		const { tasks, frames } = await page.evaluate(() => ({
			tasks: window.benchLongTasks,
			frames: window.benchFrames.slice(1)
		}));
		const sorted = [...frames].sort((a, b) => a - b);
		const over = tasks.filter((d) => d > longTaskMs);
		return {
			wheelSteps,
			longTasks: over.length,
			longestTaskMs: Math.round(Math.max(0, ...tasks)),
			frames: frames.length,
			frameP50Ms: Math.round(quantile(sorted, 0.5) * 10) / 10,
			frameP95Ms: Math.round(quantile(sorted, 0.95) * 10) / 10,
			frameMaxMs: Math.round(sorted.at(-1) ?? 0),
			slowFrames: frames.filter((f) => f > 50).length
		};
	} finally {
		await browser.close();
	}
}
