import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BASE_PATH lets one build be served from a sub-path such as /graphics/endgame
// (no trailing slash) or, when unset, from the root of a domain.
const base = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');
const outDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR lets the tests make a second build, under a base path, beside the first.
		adapter: adapter({ pages: outDir, assets: outDir, strict: true }),
		paths: { base },
		prerender: {
			// Each chart's PNG and SVG are drawn from its built embed page after prerendering
			// (scripts/render-images.js), so links to them cannot resolve yet; all else must.
			handleHttpError: ({ path, message }) => {
				if (/\/embed\/([a-z-]+)\/\1\.(png|svg)$/.test(path)) return;
				throw new Error(message);
			},
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail'
		}
	}
};

export default config;
