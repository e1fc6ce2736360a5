import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { readDataFile } from './src/lib/data/load.server';
import { formatProblem } from './src/lib/data/problems';
import { validatePackage } from './src/lib/data/validate';
import { messageProblems, type Messages } from './src/lib/i18n/completeness';
import { LOCALES } from './src/lib/i18n/locales';
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
 * An edition with a missing or extra message stops the build, naming the key: Paraglide would
 * quietly show the English instead.
 */
function checkMessages(): Plugin {
	const read = (locale: string): Messages | null => {
		const file = `messages/${locale}.json`;
		return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Messages) : null;
	};
	return {
		name: 'check-messages',
		buildStart() {
			const en = read('en') ?? {};
			const problems = LOCALES.filter((l) => l !== 'en').flatMap((l) =>
				messageProblems(l, en, read(l))
			);
			if (problems.length) this.error(`Translations incomplete:\n${problems.join('\n')}`);
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
	plugins: [
		validateData(),
		checkMessages(),
		originNote(),
		// Compiled messages, one small function each: a page or island carries only those it uses.
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// The locale is the page's (see src/lib/i18n/index.ts); this is only the fallback.
			strategy: ['baseLocale']
		}),
		sveltekit(),
		embedIslands()
	],
	build: {
		// Terser's output is smaller than esbuild's, for the story and for each embed's island:
		// every byte counts against the JavaScript budgets (bench/budgets.json).
		minify: 'terser',
		// A font stays a file of its own, however small its cut (scripts/subset-fonts.ts): written
		// into the CSS, it would weigh on every page, embeds included, that never sets text in it.
		assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
		// Rollup splits the shared code into many small chunks, each one more request on a slow
		// phone network; merge those under 30 kB into the chunks that load with them: the size
		// that leaves every page the fewest bytes and files, as check-budgets counts them.
		rollupOptions: { output: { experimentalMinChunkSize: 30_000 } }
	},
	test: {
		include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts']
	}
});
