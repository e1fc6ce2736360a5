import type { ChartId } from '$lib/scrolly/steps';

/** Charts that are built; steps asking for any other show the nearest one that is. */
export const AVAILABLE_CHARTS: readonly ChartId[] = ['lifespans', 'timeline', 'patrol-map'];

/** One prerendered page (or file) per built chart, for routes with a `[chart=chart]` folder. */
export const chartEntries = () => AVAILABLE_CHARTS.map((chart) => ({ chart }));
