import type { Source } from '$lib/data/schemas';

export type SourceLookup = Record<string, { title: string; url: string | null }>;

/** The titles and addresses of just the sources a chart's marks cite, for its details panel. */
export function sourceLookup(sources: Source[], cited: Iterable<string>): SourceLookup {
	const ids = new Set(cited);
	return Object.fromEntries(
		sources.filter((s) => ids.has(s.id)).map((s) => [s.id, { title: s.title, url: s.url }])
	);
}
