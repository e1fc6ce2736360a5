import type { ChartId } from '$lib/scrolly/steps';

/**
 * Hands over the charts one at a time, each when the browser is next idle, so a page can
 * build the charts the reader will scroll to before they are needed, and no single task
 * builds more than one. Returns a function that stops it.
 */
export function prepareWhenIdle(charts: readonly ChartId[], add: (chart: ChartId) => void) {
	const queue = [...charts];
	// Safari has no requestIdleCallback: a timer after the page has settled stands in.
	const idle = (f: () => void): (() => void) => {
		if ('requestIdleCallback' in window) {
			const handle = requestIdleCallback(f, { timeout: 5000 });
			return () => cancelIdleCallback(handle);
		}
		const handle = setTimeout(f, 500);
		return () => clearTimeout(handle);
	};
	let cancel = () => {};
	const next = () => {
		const chart = queue.shift();
		if (!chart) return;
		add(chart);
		cancel = idle(next);
	};
	cancel = idle(next);
	return () => cancel();
}
