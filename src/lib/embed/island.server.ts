/** Where an island is built: read from the island build's list (see scripts/embed-islands.ts). */
import { readFileSync } from 'node:fs';
import { dev } from '$app/environment';
import type { Locale } from '$lib/i18n';
import type { ChartId } from '$lib/scrolly/steps';
import { ISLAND_ENTRY, ISLANDS_MANIFEST, STORY_ISLAND, type IslandsManifest } from './island';

let manifest: IslandsManifest | undefined;

/** An island's files in an edition, relative to the site's root: its entry first, then its
 * static imports: a chart's embed island, or the story's script. `vite dev` serves the source
 * itself. */
export function islandFiles(island: ChartId | 'story', locale: Locale): string[] {
	if (dev) return [island === 'story' ? STORY_ISLAND : `@id/__x00__${ISLAND_ENTRY}${island}`];
	manifest ??= JSON.parse(readFileSync(ISLANDS_MANIFEST, 'utf8')) as IslandsManifest;
	const files = manifest[`${locale}/${island}`];
	if (!files)
		throw new Error(`No island for ${island}: is it listed in src/lib/charts/registry.ts?`);
	return files;
}
