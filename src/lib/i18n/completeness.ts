/**
 * A translation is complete when it has every English message and no other: Paraglide
 * would quietly show the English for a missing one. Used by the build (vite.config.ts) and
 * the unit tests, so that a missing key stops both, named.
 */
export type Messages = Record<string, string>;

/** Every problem with one language's messages, as lines that name the key. */
export function messageProblems(lang: string, en: Messages, other: Messages | null): string[] {
	if (!other) return [`messages/${lang}.json is missing`];
	const keys = (m: Messages) => Object.keys(m).filter((k) => k !== '$schema');
	const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
	const problems: string[] = [];
	for (const key of keys(en)) {
		const text = other[key];
		if (typeof text !== 'string' || text.trim() === '')
			problems.push(`messages/${lang}.json has no translation of "${key}"`);
		else if (placeholders(text).join() !== placeholders(en[key]!).join())
			problems.push(
				`messages/${lang}.json: "${key}" has placeholders {${placeholders(text).join('}, {')}}, the English {${placeholders(en[key]!).join('}, {')}}`
			);
	}
	for (const key of keys(other))
		if (!(key in en)) problems.push(`messages/${lang}.json has "${key}", which English has not`);
	return problems;
}
