import type { ChartId } from '$lib/scrolly/steps';

/** Charts that are built; steps asking for any other show the nearest one that is. */
export const AVAILABLE_CHARTS: readonly ChartId[] = ['lifespans', 'timeline', 'patrol-map'];
