/**
 * Builds each embed's island (src/lib/embed/islands/<chart>.ts: the chart, Svelte and D3) and
 * the story's script (src/lib/story/client.ts, which loads its figures' charts on demand),
 * with nothing of SvelteKit's client. A Vite plugin for the main build: while SvelteKit builds its
 * client, it runs a build of its own with the same Svelte set-up, adds the files to the
 * client's output (so they are copied into the site with SvelteKit's own) and lists each
 * chart's files for the prerendered embed pages (src/lib/embed/island.server.ts).
 *
 * A build of its own, not more entries of SvelteKit's: shared with the story's, the islands'
 * code would be cut into the story's chunks, which grew the story's JavaScript by 5 KB in
 * 8 more files and still brought other pages' code into the embeds.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import {
	EMBED_ISLANDS,
	ISLANDS_MANIFEST,
	STORY_ISLAND,
	type IslandsManifest
} from '../src/lib/embed/island';

const OUT = '_app/immutable/islands';

export function embedIslands(): Plugin {
	let ssr = false;
	return {
		name: 'embed-islands',
		apply: 'build',
		configResolved: (config) => void (ssr = Boolean(config.build.ssr)),
		async buildStart() {
			if (ssr) return;
			const charts = readdirSync(EMBED_ISLANDS).map((f) => f.replace(/\.ts$/, ''));
			const output = await build({
				configFile: false,
				logLevel: 'warn',
				// The islands' CSS is the page's already (inlined): none is emitted, so code
				// loaded on demand never goes looking for a stylesheet of its own.
				plugins: [svelte({ emitCss: false, compilerOptions: { css: 'external' } })],
				resolve: { alias: { $lib: resolve('src/lib') } },
				build: {
					write: false,
					minify: 'terser',
					rollupOptions: {
						input: {
							...Object.fromEntries(charts.map((c) => [c, `${EMBED_ISLANDS}/${c}.ts`])),
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
			for (const chunk of js) {
				this.emitFile({ type: 'asset', fileName: chunk.fileName, source: chunk.code });
				if (chunk.isEntry) manifest[chunk.name] = [...withImports(chunk.fileName)];
			}
			mkdirSync(dirname(ISLANDS_MANIFEST), { recursive: true });
			writeFileSync(ISLANDS_MANIFEST, JSON.stringify(manifest, null, '\t'));
		}
	};
}
