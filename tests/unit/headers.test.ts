import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFile, headersFor, headersTable } from '../../scripts/headers.js';

const PATHS = [
	'/',
	'/data/',
	'/data/events.csv',
	'/data/README.md',
	'/embed/',
	'/embed/lifespans/',
	'/embed/lifespans/oembed.json',
	'/embed/lifespans/lifespans.png',
	'/_app/immutable/entry/app.js'
];

/** The blocks of a _headers file whose path (with `*` as a splat) matches `path`. */
function matching(file: string, path: string) {
	return file
		.split(/\n(?=\/)/)
		.map((block) => block.replace(/^#.*\n/, '').split('\n'))
		.filter(([pattern]) =>
			new RegExp(`^${pattern!.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`).test(path)
		)
		.flatMap(([, ...lines]) => lines.filter(Boolean).map((l) => l.trim().split(': ')));
}

describe('response headers', () => {
	it('are listed in the README as the table gives them', () => {
		expect(readFileSync('README.md', 'utf8')).toContain(headersTable());
	});

	it('give each path of _headers every header once, as the local server sends them', () => {
		const file = headersFile(PATHS, '/graphics/endgame');
		for (const path of PATHS) {
			const lines = matching(file, `/graphics/endgame${path}`);
			const names = lines.map(([name]) => name);
			// Cloudflare Pages joins the values of a header given by two matching blocks.
			expect(new Set(names).size, path).toBe(names.length);
			expect(Object.fromEntries(lines), path).toEqual(headersFor(path));
		}
	});

	it('let any site read oEmbed files, and say text files are UTF-8', () => {
		expect(headersFor('/embed/timeline/oembed.json')).toMatchObject({
			'Access-Control-Allow-Origin': '*',
			'Content-Type': 'application/json; charset=utf-8'
		});
		expect(headersFor('/data/sites.csv')['Content-Type']).toBe('text/csv; charset=utf-8');
		expect(headersFor('/embed/timeline/')['Content-Security-Policy']).toBeUndefined();
		expect(headersFor('/embed/')['Content-Security-Policy']).toBe("frame-ancestors 'self'");
	});
});
