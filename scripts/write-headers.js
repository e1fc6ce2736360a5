// After the build: writes `_headers` (Netlify, Cloudflare Pages) into it from the one table of
// response headers (headers.js), with a block for every built file. Reads BUILD_DIR and
// BASE_PATH like the build itself.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile } from './headers.js';

const dir = process.env.BUILD_DIR ?? 'build';
const base = process.env.BASE_PATH ?? '';

const paths = readdirSync(dir, { recursive: true, withFileTypes: true })
	.filter((f) => f.isFile() && !/\.(gz|br)$/.test(f.name) && f.name !== '_headers')
	.map(
		(f) =>
			'/' +
			join(f.parentPath, f.name)
				.slice(dir.length + 1)
				.replaceAll('\\', '/')
	)
	// A page is asked for by its folder's address.
	.map((p) => p.replace(/(^|\/)index\.html$/, '$1'))
	.sort();

writeFileSync(join(dir, '_headers'), headersFile(paths, base));
console.log(`Wrote ${join(dir, '_headers')} (${paths.length} files)`);
