import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { readDataFile } from './src/lib/data/load.server';
import { formatProblem } from './src/lib/data/problems';
import { validatePackage } from './src/lib/data/validate';
import { embedIslands } from './scripts/embed-islands';

/** Bad data stops the build before anything is rendered, with every problem listed. */
function validateData(): Plugin {
	return {
		name: 'validate-data',
		apply: 'build',
		buildStart() {
			const { problems } = validatePackage(readDataFile);
			if (problems.length)
				this.error(
					`data/ has ${problems.length} problem(s):\n` + problems.map(formatProblem).join('\n')
				);
		}
	};
}

/**
 * Without PUBLIC_ORIGIN the build is for `npm run preview` and the tests; say so once (in the
 * server build, which prerenders), as a note rather than a warning.
 */
function originNote(): Plugin {
	return {
		name: 'origin-note',
		apply: 'build',
		buildStart() {
			if (this.environment.name === 'ssr' && !process.env.PUBLIC_ORIGIN)
				console.log(
					"Note: PUBLIC_ORIGIN is not set, so canonical links, preview images and oEmbed files point at http://localhost:4173 (npm run preview), and the editors' page shows embed code only once it knows the address it is served from. Set PUBLIC_ORIGIN=https://your.site when building for a real host."
				);
		}
	};
}

export default defineConfig({
	plugins: [validateData(), originNote(), sveltekit(), embedIslands()],
	build: {
		// Terser's output is smaller than esbuild's: 3.0 KB less gzipped JavaScript for the
		// story (79.3 -> 76.3 KB) and 1.6 to 1.7 KB less for each embed's island.
		minify: 'terser',
		// Rollup splits the shared code into many small chunks, each one more request on a slow
		// phone network; merge those under 30 kB into the chunks that load with them. Measured
		// with check-budgets: 30 kB gave every page the fewest bytes and files; 10 and 20 kB, more.
		rollupOptions: { output: { experimentalMinChunkSize: 30_000 } }
	},
	test: {
		include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts']
	}
});
