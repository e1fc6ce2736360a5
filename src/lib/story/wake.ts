/**
 * The story's charts are whole in the HTML; each comes to life (figure.ts) on its own, so
 * scrolling past them costs nothing:
 * - when the reader reaches for it: moves a mouse over it, touches or tabs into it. A tap or
 *   key press that lands before its chart can answer is counted on its button, and the chart
 *   clicks it as often once live (src/lib/embed/replay.ts), as an embed's does
 *   (static/embed-wake.js);
 * - when the reader stops on a step whose chart is on screen: once the page has been still
 *   for a moment, in idle time, one task at a time (the code, then the data, then the chart),
 *   so the chart is live before the reader's finger gets there, and nothing of this runs
 *   while the page scrolls.
 * Hover is a pointer *moving*: the pointerover a scroll causes, the page moving under a
 * still mouse, is not a reach.
 */
import { wakingPointer } from '$lib/embed/replay';
import { afterPaint } from './afterPaint';
import { chartDataUrl, type FigureData } from './island';

const REACH = ['pointermove', 'pointerdown', 'touchstart', 'focusin'] as const;
/** How long the page must be still before the chart in view is prepared. */
const STILL_MS = 500;

const asleep = (target: EventTarget | null) =>
	target instanceof Element ? target.closest<HTMLElement>('[data-figure]:not([data-live])') : null;

const idle = () =>
	new Promise<void>((go) =>
		'requestIdleCallback' in window ? requestIdleCallback(() => go()) : setTimeout(go, 50)
	);

// Of the figure's box: the island itself has none (display: contents).
const inView = (island: Element) => {
	const box = (island.closest('.figure') ?? island).getBoundingClientRect();
	return box.bottom > 0 && box.top < innerHeight && box.height > 0;
};

type Start = (figure: HTMLElement) => void;

export function wakeFigures(): void {
	let code: Promise<Start> | undefined;
	// The code and the data at once, for the first chart to come to life, and kept for the rest.
	const load = () =>
		(code ??= Promise.all([
			import('./figure'),
			fetch(chartDataUrl()).then((r) => {
				if (!r.ok) throw new Error(`${r.url}: ${r.status}`);
				return r.json() as Promise<FigureData>;
			})
		])
			.then(([m, data]): Start => m.figureWaker(data))
			.catch((error: unknown) => {
				code = undefined;
				throw error;
			}));
	const wake = (figure: HTMLElement, start?: Start) => {
		if ('waking' in figure.dataset) return;
		figure.dataset.waking = '';
		if (start) start(figure);
		// The code is fetched and run after the reach's own frame, so the tap or key that woke
		// it answers first.
		else
			afterPaint(() =>
				load().then(
					(begin) => begin(figure),
					// Offline, say: the chart stays as drawn, and the next reach tries again.
					() => delete figure.dataset.waking
				)
			);
	};

	for (const type of REACH)
		document.addEventListener(
			type,
			(event) => {
				const figure = asleep(event.target);
				if (!figure) return;
				// Heard again once the chart listens (replay.ts): the latest pointer wins.
				const pointer = wakingPointer(event);
				if (pointer) figure.dataset.wakingPointer = pointer;
				wake(figure);
			},
			{ capture: true, passive: true }
		);
	document.addEventListener(
		'click',
		(event) => {
			const button =
				asleep(event.target) && event.target instanceof Element
					? event.target.closest('button')
					: null;
			// Each press counts: three presses of "next site" before the chart listens are three.
			if (button)
				button.dataset.missedClicks = String(Number(button.dataset.missedClicks ?? 0) + 1);
		},
		{ capture: true }
	);

	// This script runs once the page is parsed and its first frame drawn: a reader's Tab may
	// already be inside a chart, and that focus is a reach too.
	const focused = asleep(document.activeElement);
	if (focused) wake(focused);

	let still: ReturnType<typeof setTimeout> | undefined;
	let scrolls = 0;
	const prepare = async () => {
		const at = scrolls;
		const figure = document.querySelector<HTMLElement>('.figure.current [data-figure]');
		if (!figure || 'waking' in figure.dataset || !inView(figure)) return;
		await idle();
		if (at !== scrolls) return;
		const start = await load().catch(() => undefined);
		if (!start) return;
		await idle();
		// The reader has moved on meanwhile: the next stop prepares the chart they stop at.
		if (at === scrolls) wake(figure, start);
	};
	addEventListener(
		'scroll',
		() => {
			scrolls++;
			clearTimeout(still);
			still = setTimeout(prepare, STILL_MS);
		},
		{ passive: true }
	);
}
