// The response headers a host should send with the built site: one table, read by the local
// server (static-server.js), written out as `_headers` for Netlify and Cloudflare Pages
// (write-headers.js), and shown in the README (tests/unit/headers.test.ts keeps the two alike).
// Paths are the site's own, without its base path.

/** A page: a folder's index.html, asked for by its folder's address. */
const isPage = (/** @type {string} */ path) => path.endsWith('/') || path.endsWith('.html');
/** An embed: one chart's page, made to be framed by other sites. */
const isEmbed = (/** @type {string} */ path) => /^\/embed\/[a-z-]+\/(index\.html)?$/.test(path);
/** Hashed names, never reused for other contents. */
const isImmutable = (/** @type {string} */ path) => path.startsWith('/_app/immutable/');

/**
 * @typedef {{ where: string, test: (path: string) => boolean, headers: Record<string, string> }} HeaderRule
 * @type {HeaderRule[]}
 */
export const HEADER_RULES = [
	{
		where: 'every page except `/embed/<chart>/`',
		test: (p) => isPage(p) && !isEmbed(p),
		headers: { 'Content-Security-Policy': "frame-ancestors 'self'" }
	},
	{
		where: '`/embed/<chart>/`',
		test: isEmbed,
		headers: {}
	},
	{
		where: '`/embed/<chart>/oembed.json`',
		test: (p) => /^\/embed\/[a-z-]+\/oembed\.json$/.test(p),
		headers: { 'Access-Control-Allow-Origin': '*' }
	},
	{
		where: '`*.csv`',
		test: (p) => p.endsWith('.csv'),
		headers: { 'Content-Type': 'text/csv; charset=utf-8' }
	},
	{
		where: '`*.json`',
		test: (p) => p.endsWith('.json'),
		headers: { 'Content-Type': 'application/json; charset=utf-8' }
	},
	{
		where: '`*.md`',
		test: (p) => p.endsWith('.md'),
		headers: { 'Content-Type': 'text/markdown; charset=utf-8' }
	},
	{ where: 'everything', test: () => true, headers: { 'X-Content-Type-Options': 'nosniff' } },
	{
		where: 'everything',
		test: () => true,
		headers: { 'Referrer-Policy': 'strict-origin-when-cross-origin' }
	},
	{
		where: 'everything',
		test: () => true,
		headers: { 'Permissions-Policy': 'camera=(), microphone=(), geolocation=()' }
	},
	{
		where: '`/_app/immutable/*`',
		test: isImmutable,
		headers: { 'Cache-Control': 'public, max-age=31536000, immutable' }
	},
	{
		where: 'everything else',
		test: (p) => !isImmutable(p),
		headers: { 'Cache-Control': 'public, max-age=300' }
	}
];

/**
 * Every header for one path (the site's own, without the base path).
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(path) {
	return Object.assign({}, ...HEADER_RULES.filter((r) => r.test(path)).map((r) => r.headers));
}

/** The README's table of these rules, in Markdown (as Prettier lays it out). */
export function headersTable() {
	const rows = HEADER_RULES.flatMap((r) => {
		const entries = Object.entries(r.headers);
		/** @type {[string, string][]} */
		const cells = entries.length
			? entries.map(([name, value]) => [r.where, `\`${name}: ${value}\``])
			: [[r.where, 'none limiting framing: embeds are made to be framed by other sites']];
		return cells;
	});
	/** @type {[string, string]} */
	const head = ['Path', 'Header'];
	const [a, b] = [0, 1].map((i) => Math.max(...[head, ...rows].map((row) => row[i]?.length ?? 0)));
	const line = (/** @type {[string, string]} */ [p, h]) =>
		`| ${p.padEnd(a ?? 0)} | ${h.padEnd(b ?? 0)} |`;
	return [line(head), `| ${'-'.repeat(a ?? 0)} | ${'-'.repeat(b ?? 0)} |`, ...rows.map(line)].join(
		'\n'
	);
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages) for the built files at `paths` (the site's
 * own): one block for everything, one for the hashed files, and one per other file, so no
 * header is ever given twice for one path (Cloudflare would join the two values).
 */
export function headersFile(/** @type {string[]} */ paths, base = '') {
	const everything = headersFor('/_app/immutable/x');
	const common = Object.fromEntries(
		Object.entries(everything).filter(([name]) => name !== 'Cache-Control')
	);
	/** @type {[string, Record<string, string>][]} */
	const blocks = [
		[`${base}/*`, common],
		[`${base}/_app/immutable/*`, { 'Cache-Control': everything['Cache-Control'] ?? '' }]
	];
	for (const path of paths.filter((p) => !isImmutable(p))) {
		const own = Object.entries(headersFor(path)).filter(([name]) => !(name in common));
		blocks.push([base + path, Object.fromEntries(own)]);
	}
	return (
		'# Response headers for Netlify and Cloudflare Pages, written by scripts/write-headers.js.\n' +
		blocks
			.map(([path, headers]) =>
				[path, ...Object.entries(headers).map(([n, v]) => `  ${n}: ${v}`)].join('\n')
			)
			.join('\n') +
		'\n'
	);
}
