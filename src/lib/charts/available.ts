import type { ChartId } from '$lib/scrolly/steps';

/** The charts the piece draws, in the order pages list them. */
export const AVAILABLE_CHARTS: readonly ChartId[] = ['lifespans', 'timeline', 'patrol-map'];

/** One prerendered page (or file) per built chart, for routes with a `[chart=chart]` folder. */
export const chartEntries = () => AVAILABLE_CHARTS.map((chart) => ({ chart }));
