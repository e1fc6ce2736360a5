/** What an embed's page and its island (island.svelte.ts) agree on. */
import type { ChartData } from '$lib/charts/registry';
import type { DateWords } from '$lib/format';
import type { StepPicture } from './view';

/** The element holding the chart the island hydrates, with the props it was drawn from as
 * JSON (`data-props`) and the island's modules (`data-island`, `data-preload`). */
export const ISLAND_ID = 'chart-island';

export interface IslandProps {
	steps: StepPicture[];
	data: Partial<ChartData>;
	dates: DateWords;
}

/** The module id of a chart's island entry: this, then the chart's id (see
 * scripts/embed-islands.ts, which writes it). */
export const ISLAND_ENTRY = 'virtual:embed-island/';
/** The story's script: it follows the reader and wakes each figure (src/lib/story). */
export const STORY_ISLAND = 'src/lib/story/client.ts';

/** Where the island build (scripts/embed-islands.ts) lists each chart's island files. */
export const ISLANDS_MANIFEST = '.svelte-kit/output/islands.json';

/** Each chart's island files by edition (`it/timeline`), relative to the site's root: its entry
 * first, then its imports. */
export type IslandsManifest = Record<string, string[]>;
