import { readFileSync } from 'node:fs';
import { HOST_URL, ROOT_URL } from '../../playwright.config';
import { headersFor } from '../../scripts/headers.js';
import { expect, test } from './fixtures';

/**
 * The local server sends the headers the README asks hosts for (scripts/headers.js), and the
 * build ships them as `_headers` for Netlify and Cloudflare Pages.
 */
const PATHS = [
	'/',
	'/data/',
	'/embed/',
	'/embed/timeline/',
	'/embed/timeline/oembed.json',
	'/embed/timeline/timeline.png',
	'/data/README.md',
	'/data/events.csv',
	'/data/events.json'
];

test('every kind of file comes with its headers, from the local server and in _headers', async ({
	page,
	request
}) => {
	await page.goto('/');
	const script = await page.locator('link[rel=modulepreload]').first().getAttribute('href');
	const asset = new URL(script!, ROOT_URL).pathname;
	const file = readFileSync('build/_headers', 'utf8');
	for (const path of [...PATHS, asset]) {
		const headers = (await request.get(path)).headers();
		const expected = Object.entries(headersFor(path));
		expect(expected.length, path).toBeGreaterThan(3);
		for (const [name, value] of expected)
			expect(headers[name.toLowerCase()], `${path}: ${name}`).toBe(value);
		if (path !== asset) expect(file, path).toMatch(new RegExp(`^${path}$`, 'm'));
	}
	expect(file).toMatch(
		/^\/embed\/timeline\/oembed\.json\n(\s+.+\n)*\s+Access-Control-Allow-Origin: \*$/m
	);
});

test('a text file opens in a browser tab with its diacritics', async ({ page }) => {
	// A tab showing a text file asks for /favicon.ico, which the site does not have (its icon
	// is an SVG named by its pages): no part of what is tested here.
	await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
	await page.goto('/data/README.md');
	await expect(page.locator('body')).toContainText('İzmir, Çiğli');
});

test('a page on another site can read an oEmbed file', async ({ page }) => {
	await page.goto(`${HOST_URL}/tests/host/embed.html`);
	const json = await page.evaluate(
		async (url) => (await fetch(url)).json(),
		`${ROOT_URL}/embed/lifespans/oembed.json`
	);
	expect(json).toMatchObject({
		type: 'rich',
		thumbnail_url: expect.stringMatching(/\/embed\/lifespans\/lifespans\.png$/),
		thumbnail_width: 1320,
		thumbnail_height: expect.any(Number)
	});
});
