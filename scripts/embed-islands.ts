/**
 * Builds each embed's island (the chart, Svelte and D3) and the story's script
 * (src/lib/story/client.ts, which loads its figures' charts on demand), once per edition, with
 * nothing of SvelteKit's client. One embed entry per chart listed in src/lib/charts/registry.ts,
 * written here (islandEntry), so a listed chart has its island with no file of its own. A Vite
 * plugin for the main build: while SvelteKit builds its client, it runs a build of its own with
 * the same Svelte set-up, adds the files to the client's output (so they are copied into the
 * site with SvelteKit's own) and lists each island's files for the prerendered pages
 * (src/lib/embed/island.server.ts).
 *
 * A build of its own, not more entries of SvelteKit's: shared with SvelteKit's, the islands'
 * code would be cut into SvelteKit's chunks, and other pages' code would come with it.
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
import { LOCALES } from '../src/lib/i18n/locales.js';
import { listedCharts } from './listed-charts';

const OUT = '_app/immutable/islands';

/** A chart's island: its definition, hydrated over the embed page's HTML. */
const islandEntry = (id: string, from: string) =>
	`import { chart } from ${JSON.stringify(from)};
import { startIsland } from ${JSON.stringify(resolve('src/lib/embed/island.svelte.ts'))};
startIsland(${JSON.stringify(id)}, chart);
`;

/**
 * Fixes Paraglide's locale for one edition's islands (its `experimentalStaticLocale`): each
 * message's other languages are then dead code, which the minifier drops.
 */
function staticLocale(locale: string): Plugin {
	return {
		name: 'static-locale',
		transform(code, id) {
			if (id.endsWith('/paraglide/runtime.js'))
				return code.replace(
					'export const experimentalStaticLocale = undefined;',
					`export const experimentalStaticLocale = ${JSON.stringify(locale)};`
				);
		}
	};
}

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
			// One build per edition, its language fixed: an island carries its own words only.
			const outputs = await Promise.all(
				LOCALES.map((locale) =>
					build({
						configFile: false,
						logLevel: 'warn',
						// The islands' CSS is the page's already (inlined): none is emitted, so code
						// loaded on demand never goes looking for a stylesheet of its own.
						plugins: [
							svelte({ emitCss: false, compilerOptions: { css: 'external' } }),
							entries,
							staticLocale(locale)
						],
						resolve: { alias: { $lib: resolve('src/lib') } },
						build: {
							write: false,
							minify: 'terser',
							// Vite's helper would add a <link rel=modulepreload> for each file of code
							// loaded on demand, at the site's root whatever its base path (404s under
							// /graphics/endgame), after searching the page for each: the browser
							// fetches a module's imports itself, from their own address.
							modulePreload: false,
							rollupOptions: {
								input: {
									...Object.fromEntries(
										charts.map((c) => [`${locale}/${c.id}`, `${ISLAND_ENTRY}${c.id}`])
									),
									[`${locale}/story`]: STORY_ISLAND
								},
								output: {
									entryFileNames: `${OUT}/[name].[hash].js`,
									chunkFileNames: `${OUT}/${locale}/[hash].js`
								}
							}
						}
					})
				)
			);
			const chunks = outputs.flat().flatMap((o) => ('output' in o ? o.output : []));
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
			// Edition by edition, in the registry's order, then the story's script.
			for (const locale of LOCALES)
				for (const id of [...charts.map((c) => c.id), 'story']) {
					const entry = js.find((c) => c.isEntry && c.name === `${locale}/${id}`);
					if (entry) manifest[`${locale}/${id}`] = [...withImports(entry.fileName)];
				}
			mkdirSync(dirname(ISLANDS_MANIFEST), { recursive: true });
			writeFileSync(ISLANDS_MANIFEST, JSON.stringify(manifest, null, '\t'));
		}
	};
}
