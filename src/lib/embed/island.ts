/** What an embed's page and its island (island.svelte.ts) agree on. */
import type { ChartData } from '$lib/charts/types';
import type { StepPicture } from './view';

/** The element holding the chart the island hydrates, with the props it was drawn from as
 * JSON (`data-props`) and the island's modules (`data-island`, `data-preload`). */
export const ISLAND_ID = 'chart-island';

export interface IslandProps {
	steps: StepPicture[];
	data: Partial<ChartData>;
}

/** Where the island build (scripts/embed-islands.ts) lists each chart's island files. */
export const ISLANDS_MANIFEST = '.svelte-kit/output/islands.json';

/** Each chart's island files by edition (`it/timeline`), relative to the site's root: its entry
 * first, then its imports. */
export type IslandsManifest = Record<string, string[]>;
