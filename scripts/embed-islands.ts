/**
 * Builds each embed's island (the chart, Svelte and D3) and the story's script
 * (src/lib/story/client.ts, which loads its figures' charts on demand), with nothing of
 * SvelteKit's client. One embed entry per chart listed in src/lib/charts/registry.ts, written
 * here (islandEntry), so a listed chart has its island with no file of its own. A Vite plugin
 * for the main build: while SvelteKit builds its client, it runs a build of its own with the
 * same Svelte set-up, adds the files to the
 * client's output (so they are copied into the site with SvelteKit's own) and lists each
 * chart's files for the prerendered embed pages (src/lib/embed/island.server.ts).
 *
 * A build of its own, not more entries of SvelteKit's: shared with the story's, the islands'
 * code would be cut into the story's chunks, which grew the story's JavaScript by 5 KB in
 * 8 more files and still brought other pages' code into the embeds.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import {
	ISLAND_ENTRY,
	ISLANDS_MANIFEST,
	STORY_ISLAND,
	type IslandsManifest
} from '../src/lib/embed/island';
import { listedCharts } from './listed-charts';

const OUT = '_app/immutable/islands';

/** A chart's island: its definition, hydrated over the embed page's HTML. */
const islandEntry = (id: string, from: string) =>
	`import { chart } from ${JSON.stringify(from)};
import { startIsland } from ${JSON.stringify(resolve('src/lib/embed/island.svelte.ts'))};
startIsland(${JSON.stringify(id)}, chart);
`;

export function embedIslands(): Plugin {
	let ssr = false;
	let serve = false;
	const charts = listedCharts();
	const resolveEntry = (id: string) => (id.startsWith(ISLAND_ENTRY) ? `\0${id}` : undefined);
	const loadEntry = (id: string) => {
		const chart = charts.find((c) => id === `\0${ISLAND_ENTRY}${c.id}`);
		return chart && islandEntry(chart.id, chart.from);
	};
	const entries: Plugin = {
		name: 'embed-island-entries',
		resolveId: resolveEntry,
		load: loadEntry
	};
	return {
		name: 'embed-islands',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
			serve = config.command === 'serve';
		},
		// `vite dev` serves the entries itself (see island.server.ts).
		resolveId: (id) => (serve ? resolveEntry(id) : undefined),
		load: (id) => (serve ? loadEntry(id) : undefined),
		async buildStart() {
			if (ssr || serve) return;
			const output = await build({
				configFile: false,
				logLevel: 'warn',
				// The islands' CSS is the page's already (inlined): none is emitted, so code
				// loaded on demand never goes looking for a stylesheet of its own.
				plugins: [svelte({ emitCss: false, compilerOptions: { css: 'external' } }), entries],
				resolve: { alias: { $lib: resolve('src/lib') } },
				build: {
					write: false,
					minify: 'terser',
					rollupOptions: {
						input: {
							...Object.fromEntries(charts.map((c) => [c.id, `${ISLAND_ENTRY}${c.id}`])),
							story: STORY_ISLAND
						},
						output: {
							entryFileNames: `${OUT}/[name].[hash].js`,
							chunkFileNames: `${OUT}/[hash].js`
						}
					}
				}
			});
			const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) =>
				'output' in o ? o.output : []
			);
			const js = chunks.filter((c) => c.type === 'chunk');
			const byName = new Map(js.map((c) => [c.fileName, c]));
			const withImports = (file: string, seen = new Set<string>()): Set<string> => {
				if (!seen.has(file)) {
					seen.add(file);
					byName.get(file)!.imports.forEach((f) => withImports(f, seen));
				}
				return seen;
			};
			const manifest: IslandsManifest = {};
			for (const chunk of js)
				this.emitFile({ type: 'asset', fileName: chunk.fileName, source: chunk.code });
			// In the registry's order: the browser tests read the charts from this list.
			for (const { id } of charts) {
				const entry = js.find((c) => c.isEntry && c.name === id);
				if (entry) manifest[id] = [...withImports(entry.fileName)];
			}
			mkdirSync(dirname(ISLANDS_MANIFEST), { recursive: true });
			writeFileSync(ISLANDS_MANIFEST, JSON.stringify(manifest, null, '\t'));
		}
	};
}
