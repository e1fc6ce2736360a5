/**
 * What each built page makes the browser download before it is interactive, read from the
 * build output alone (no browser), so byte budgets are deterministic. Sizes are gzip at
 * level 9: the level adapter-static's precompress uses, and so what `scripts/serve.js` sends.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BASE_LOCALE, switchPath } from '../src/lib/i18n/locales.js';

export const gzip = (bytes: Buffer | string): Buffer => gzipSync(bytes, { level: 9 });
export const gzipSize = (bytes: Buffer | string): number => gzip(bytes).length;

export interface Page {
	/** The page's path on the site, e.g. `/` or `/embed/timeline/`. */
	route: string;
	file: string;
}

/** Every page in a build: each folder's index.html. */
export function findPages(dir: string): Page[] {
	const walk = (d: string): string[] =>
		readdirSync(d, { withFileTypes: true }).flatMap((e) =>
			e.isDirectory() ? walk(join(d, e.name)) : e.name === 'index.html' ? [join(d, e.name)] : []
		);
	return walk(dir)
		.map((file) => {
			const folder = relative(dir, dirname(file)).split(sep).join('/');
			return { route: folder ? `/${folder}/` : '/', file };
		})
		.sort((a, b) => a.route.localeCompare(b.route));
}

/**
 * A chart-only page made to be framed: `/embed/<chart>/` in any edition (`/it/embed/<chart>/`),
 * not the `/embed/` index.
 */
export const isEmbed = (route: string): boolean =>
	/^\/embed\/[^/]+\/$/.test(switchPath(route, BASE_LOCALE));

const attributes = (tag: string) =>
	Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));

/** Resolves a page's relative (`./_app/…`) or root-relative (`/_app/…`) URL to a file. */
function fileFor(dir: string, from: string, url: string): string {
	return url.startsWith('/') ? join(dir, url) : join(dirname(from), url);
}

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?["']([^"']+\.js)["']/g;
/**
 * `import()` in an island (the story's figure code): loaded later, once a chart is reached
 * for. SvelteKit's client also has `import()`s, of the other pages' code for client-side
 * navigation; a reader of this page does not load those, so they are not followed.
 */
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+\.js)["']\s*\)/g;

/** The modules reachable from `roots` by static imports, and the dynamic imports they name. */
function moduleGraph(roots: string[], route: string): { modules: Set<string>; later: string[] } {
	const modules = new Set<string>();
	const later: string[] = [];
	const visit = (file: string) => {
		if (modules.has(file)) return;
		if (!existsSync(file)) throw new Error(`${route} loads ${file}, which is not built`);
		modules.add(file);
		const code = readFileSync(file, 'utf8');
		if (file.includes('/_app/immutable/islands/'))
			for (const m of code.matchAll(DYNAMIC_IMPORT)) later.push(join(dirname(file), m[1]!));
		for (const m of code.matchAll(STATIC_IMPORT)) visit(join(dirname(file), m[1]!));
	};
	roots.forEach(visit);
	return { modules, later };
}

/**
 * The modules a page loads: every module its HTML names (module preloads, the inline start-up
 * script's imports and preload list, an embed's island), with everything those import
 * statically; and, apart, what those load on demand with `import()`, with its own imports.
 */
export function pageScripts(dir: string, page: Page): { first: string[]; onDemand: string[] } {
	const html = readFileSync(page.file, 'utf8');
	const roots = [...html.matchAll(/["']([^"'\s]*_app\/immutable\/[^"'\s]+\.js)["']/g)].map((m) =>
		fileFor(dir, page.file, m[1]!)
	);
	const first = moduleGraph(roots, page.route);
	const later = moduleGraph(first.later, page.route);
	return {
		first: [...first.modules].sort(),
		onDemand: [...later.modules].filter((f) => !first.modules.has(f)).sort()
	};
}

/**
 * A page's stylesheets: linked files, and inline <style> blocks as strings. Links SvelteKit
 * leaves `disabled` beside inlined CSS (for client-side navigation) are not fetched.
 */
export function pageStyles(dir: string, page: Page): { files: string[]; inline: string[] } {
	const html = readFileSync(page.file, 'utf8');
	const files = [...html.matchAll(/<link\b[^>]*>/g)]
		.filter((m) => !/\sdisabled[\s>]/.test(m[0]))
		.map((m) => attributes(m[0]))
		.filter((a) => a.rel === 'stylesheet' && a.href)
		.map((a) => fileFor(dir, page.file, a.href!));
	const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
	return { files, inline };
}

/** Classic scripts the page names (`<script src>`, such as an embed's look and size). */
function classicScripts(dir: string, page: Page): string[] {
	const html = readFileSync(page.file, 'utf8');
	return [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) =>
		fileFor(dir, page.file, m[1]!)
	);
}

export interface PageWeight {
	route: string;
	embed: boolean;
	jsFiles: number;
	/** gzip bytes loaded at start */
	js: number;
	/** gzip bytes of the modules loaded once the reader reaches for a chart: an embed's island
	 * (static/embed-wake.js), a story figure's chart (src/lib/story/wake.ts) */
	jsOnDemand: number;
	/** gzip bytes, linked and inline */
	css: number;
	/** gzip bytes of the HTML itself */
	html: number;
}

export function pageWeight(dir: string, page: Page): PageWeight {
	const scripts = pageScripts(dir, page);
	// An embed names its island in the HTML, to be loaded only when reached for.
	const island = readFileSync(page.file, 'utf8').includes(' data-island=');
	const atStart = [...classicScripts(dir, page), ...(island ? [] : scripts.first)];
	const onDemand = [...(island ? scripts.first : []), ...scripts.onDemand];
	const styles = pageStyles(dir, page);
	const bytes = (files: string[]) => files.reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0);
	return {
		route: page.route,
		embed: isEmbed(page.route),
		jsFiles: atStart.length,
		js: bytes(atStart),
		jsOnDemand: bytes(onDemand),
		css:
			styles.files.reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0) +
			styles.inline.reduce((sum, css) => sum + gzipSize(css), 0),
		html: gzipSize(readFileSync(page.file))
	};
}
