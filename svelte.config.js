import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { isChartImage } from './src/lib/embed/images.js';
import { BASE_LOCALE, LOCALES } from './src/lib/i18n/locales.js';

// BASE_PATH lets one build be served from a sub-path such as /graphics/endgame
// (no trailing slash) or, when unset, from the root of a domain.
const base = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');
const outDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR lets the tests make a second build, under a base path, beside the first.
		// Precompressed .gz/.br beside each file: served as a real host would (scripts/serve.js).
		adapter: adapter({ pages: outDir, assets: outDir, strict: true, precompress: true }),
		paths: { base },
		// All of the piece's CSS is small: inlined, it arrives with the first bytes of the page
		// instead of after another round trip (checked by scripts/check-budgets.ts).
		inlineStyleThreshold: 16_384,
		// Prerendered pages carry this as a <meta> tag, with hashes of SvelteKit's inline boot
		// script. frame-ancestors can only be a response header: see README, "Response headers".
		// Styles may be inline: server-rendered charts position marks with style attributes.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// Every page in every edition (charts' pages come from their routes' entries).
			entries: [
				'*',
				...LOCALES.filter((l) => l !== BASE_LOCALE).flatMap(
					(l) =>
						/** @type {const} */ ([
							`/${l}/`,
							`/${l}/data/`,
							`/${l}/embed/`,
							`/${l}/chart-data.json`
						])
				)
			],
			// Each chart's PNG and SVG are drawn from its built embed page after prerendering
			// (see src/lib/embed/images.js), so links to them cannot resolve yet; all else must.
			handleHttpError: ({ path, message }) => {
				if (isChartImage(path)) return;
				throw new Error(message);
			},
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail'
		}
	}
};

export default config;
