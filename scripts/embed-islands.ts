/**
 * Builds each embed's island (src/lib/embed/islands/<chart>.ts): the chart, Svelte and D3, with
 * nothing of SvelteKit's client. A Vite plugin for the main build: while SvelteKit builds its
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
import { ISLANDS_MANIFEST, type IslandsManifest } from '../src/lib/embed/island';
import { LOCALES } from '../src/lib/i18n/locales.js';

const SOURCE = 'src/lib/embed/islands';
const OUT = '_app/immutable/islands';

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
	return {
		name: 'embed-islands',
		apply: 'build',
		configResolved: (config) => void (ssr = Boolean(config.build.ssr)),
		async buildStart() {
			if (ssr) return;
			const charts = readdirSync(SOURCE).map((f) => f.replace(/\.ts$/, ''));
			// One build per edition, its language fixed: an island carries its own words only.
			const outputs = await Promise.all(
				LOCALES.map((locale) =>
					build({
						configFile: false,
						logLevel: 'warn',
						plugins: [svelte(), staticLocale(locale)],
						resolve: { alias: { $lib: resolve('src/lib') } },
						build: {
							write: false,
							minify: 'terser',
							rollupOptions: {
								input: Object.fromEntries(
									charts.map((c) => [`${locale}/${c}`, `${SOURCE}/${c}.ts`])
								),
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
			// Their CSS is the page's already: the embed page inlines its components' styles.
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
