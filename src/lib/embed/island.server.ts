/** Where an embed's island is built: read from the island build's list (see scripts/embed-islands.ts). */
import { readFileSync } from 'node:fs';
import { dev } from '$app/environment';
import type { Locale } from '$lib/i18n';
import type { ChartId } from '$lib/scrolly/steps';
import { ISLANDS_MANIFEST, type IslandsManifest } from './island';

let manifest: IslandsManifest | undefined;

/** The chart's island files in an edition, relative to the site's root: its entry first, then
 * its imports. `vite dev` serves the source itself. */
export function islandFiles(chart: ChartId, locale: Locale): string[] {
	if (dev) return [`src/lib/embed/islands/${chart}.ts`];
	manifest ??= JSON.parse(readFileSync(ISLANDS_MANIFEST, 'utf8')) as IslandsManifest;
	const files = manifest[`${locale}/${chart}`];
	if (!files) throw new Error(`No island for ${chart}: add src/lib/embed/islands/${chart}.ts`);
	return files;
}
