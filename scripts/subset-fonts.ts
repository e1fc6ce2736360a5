/**
 * The story's web fonts, cut down to the characters its words use: `tsx scripts/subset-fonts.ts`
 * writes them to src/lib/styles/fonts/ (not committed: they are derived, like the messages).
 *
 * Fontsource's Latin and Latin Extended files hold every glyph of their ranges (38 KB
 * between them); the editions need about 130 characters, five of them from Latin Extended
 * (Turkish ğ, İ, Ş, ş). Both files are preloaded, because with `font-display: optional` a
 * font that arrives late is never used, so their bytes are on the way to the first paint.
 * harfbuzz (through subset-font) keeps the glyphs' kerning and ligatures.
 *
 * The characters come from everything the pages' words are made of: the story's words, the
 * messages, the data. `npm run check:budgets` checks every built page's characters against
 * the same list, so a character that only appears once built (from Intl, say) fails there.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = ['src', 'messages', 'data'];
const TEXT = /\.(ts|js|svelte|json|csv|md)$/;
// Generated code (Paraglide's) repeats the messages; the fonts are this script's own output.
const SKIP = new Set(['paraglide', 'fonts']);

const FONT_DIR = join(root, 'src/lib/styles/fonts');

function* files(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			if (!SKIP.has(name)) yield* files(path);
		} else if (TEXT.test(name)) yield path;
	}
}

/** Every character the sources hold, and the printable ASCII ones whatever they hold. */
export function fontCharacters(): Set<string> {
	const chars = new Set(Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)));
	for (const dir of SOURCES)
		for (const file of files(join(root, dir)))
			for (const char of readFileSync(file, 'utf8')) if (char >= ' ') chars.add(char);
	return chars;
}

async function main() {
	const require = createRequire(import.meta.url);
	const fonts = [
		require.resolve('@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2'),
		require.resolve('@fontsource/source-serif-4/files/source-serif-4-latin-ext-400-normal.woff2')
	];
	const text = [...fontCharacters()].join('');
	mkdirSync(FONT_DIR, { recursive: true });
	for (const file of fonts) {
		const full = readFileSync(file);
		const cut = await subsetFont(full, text, { targetFormat: 'woff2' });
		writeFileSync(join(FONT_DIR, basename(file)), cut);
		console.log(`${basename(file)}: ${full.length} → ${cut.length} bytes`);
	}
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
