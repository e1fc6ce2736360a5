/**
 * A phone for the Playwright measures: 390×844, touch, mobile viewport, the CPU slowed by a
 * device class's multiplier (CDP Emulation.setCPUThrottlingRate) from before the page loads,
 * and the page's own performance recorders (long tasks, long animation frames, Event Timing,
 * frame times), installed before any of its scripts run.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROME_PATH, CHROMIUM_ARGS } from '../chromium.js';

export interface Timed {
	start: number;
	duration: number;
}

export interface EventEntry extends Timed {
	interactionId: number;
	name: string;
}

/** What the page recorded from one moment (performance.now()) on. */
export interface Recorded {
	tasks: Timed[];
	frames: Timed[];
	events: EventEntry[];
	/** Animation frames: rAF intervals, only while frames are being counted. */
	intervals: number[];
	/** When `.figure.current` became another element. */
	figureChanges: number[];
}

declare global {
	interface Window {
		bench: Omit<Recorded, 'intervals'> & { intervals: { at: number; ms: number }[] };
		benchFrames: (on: boolean) => void;
	}
}

// A string, not a function: tsx's name-keeping helpers do not exist inside the page.
const RECORDER = `(() => {
	const b = (window.bench = { tasks: [], frames: [], events: [], intervals: [], figureChanges: [] });
	const observe = (type, push, options = {}) => {
		try {
			new PerformanceObserver((list) => list.getEntries().forEach(push)).observe({
				type,
				buffered: true,
				...options
			});
		} catch {}
	};
	observe('longtask', (e) => b.tasks.push({ start: e.startTime, duration: e.duration }));
	observe('long-animation-frame', (e) => b.frames.push({ start: e.startTime, duration: e.duration }));
	observe(
		'event',
		(e) => {
			if (e.interactionId > 0)
				b.events.push({ interactionId: e.interactionId, name: e.name, start: e.startTime, duration: e.duration });
		},
		{ durationThreshold: 16 }
	);
	let counting = false;
	let last = 0;
	const frame = (now) => {
		if (!counting) return;
		if (last) b.intervals.push({ at: now, ms: now - last });
		last = now;
		requestAnimationFrame(frame);
	};
	// Counted only while scrolling: a frame always pending would leave the page never idle.
	window.benchFrames = (on) => {
		counting = on;
		last = 0;
		if (on) requestAnimationFrame(frame);
	};
	let current = null;
	new MutationObserver(() => {
		const now = document.querySelector('.figure.current');
		if (now !== current) {
			if (current) b.figureChanges.push(performance.now());
			current = now;
		}
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'], childList: true });
})();`;

export const PHONE = { width: 390, height: 844 };

export async function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
}

/** A fresh phone page at `url`, loaded with the CPU `rate` times slower, its network quiet. */
export async function openPhone(browser: Browser, url: string, rate: number): Promise<Page> {
	const context = await browser.newContext({
		viewport: PHONE,
		deviceScaleFactor: 3,
		isMobile: true,
		hasTouch: true
	});
	const page = await context.newPage();
	page.setDefaultTimeout(60_000);
	await page.addInitScript(RECORDER);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	await page.goto(url, { waitUntil: 'networkidle' });
	await settled(page);
	return page;
}

/**
 * Resolves once the page's main thread has a whole idle period to spare (an idle callback
 * offered close to the 50 ms maximum): its scripts have run and nothing is queued.
 */
export async function settled(page: Page): Promise<void> {
	await page.evaluate(
		`new Promise((resolve) => {
			const wait = () => requestIdleCallback((d) => (d.timeRemaining() > 40 ? resolve() : wait()));
			wait();
		})`
	);
}

export const now = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/** What the page recorded since `from`; entries still queued are delivered first. */
export async function recordedSince(page: Page, from: number): Promise<Recorded> {
	await settled(page);
	const b = await page.evaluate(() => window.bench);
	const after = <T extends { start: number }>(list: T[]) => list.filter((e) => e.start >= from);
	return {
		tasks: after(b.tasks),
		frames: after(b.frames),
		events: after(b.events),
		intervals: b.intervals.filter((f) => f.at >= from).map((f) => f.ms),
		figureChanges: b.figureChanges.filter((t) => t >= from)
	};
}

/** INP of each interaction: the longest Event Timing entry with its interactionId. */
export function interactions(events: EventEntry[]): { id: number; name: string; ms: number }[] {
	const byId = new Map<number, { id: number; name: string; ms: number }>();
	for (const e of events) {
		const seen = byId.get(e.interactionId);
		if (!seen || e.duration > seen.ms)
			byId.set(e.interactionId, { id: e.interactionId, name: e.name, ms: e.duration });
	}
	return [...byId.values()];
}
