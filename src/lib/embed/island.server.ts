/** Where an embed's island is built: read from the island build's list (see scripts/embed-islands.ts). */
import { readFileSync } from 'node:fs';
import { dev } from '$app/environment';
import type { ChartId } from '$lib/scrolly/steps';
import { ISLAND_ENTRY, ISLANDS_MANIFEST, type IslandsManifest } from './island';

let manifest: IslandsManifest | undefined;

/** The chart's island files, relative to the site's root: its entry first, then its imports.
 * `vite dev` serves the source itself. */
export function islandFiles(chart: ChartId): string[] {
	if (dev) return [`@id/__x00__${ISLAND_ENTRY}${chart}`];
	manifest ??= JSON.parse(readFileSync(ISLANDS_MANIFEST, 'utf8')) as IslandsManifest;
	const files = manifest[chart];
	if (!files)
		throw new Error(`No island for ${chart}: is it listed in src/lib/charts/registry.ts?`);
	return files;
}
