/**
 * Every claim as strong as its source: the story's citations resolve to rows of
 * data/sources.csv, and a source the data marks as weak is cited only where the sentence
 * says whose word it is. Each check is a function run on the real story and on a bad
 * fixture, so it is seen to fail.
 */
import { describe, expect, it } from 'vitest';
import { meta, opening, steps, timelineLabels } from '../../src/content/story';
import { loadData } from '../../src/lib/data/load.server';
import type { Source } from '../../src/lib/data/schemas';

const data = loadData();

/** Every string of the story a reader sees, with where it is. */
const storyStrings = (): [string, string][] => [
	...Object.entries(meta).map(([k, v]): [string, string] => [`meta.${k}`, v]),
	...opening.map((t, i): [string, string] => [`opening[${i}]`, t]),
	...steps.flatMap((s): [string, string][] => [
		[`${s.id}.text`, s.text],
		[`${s.id}.alt`, s.alt]
	]),
	...Object.entries(timelineLabels).map(([k, v]): [string, string] => [`timelineLabels.${k}`, v])
];

/** Citations that do not resolve: a mark that is not a well-formed id, or an unknown id. */
function unresolved(strings: [string, string][], sources: Pick<Source, 'id'>[]): string[] {
	const ids = new Set(sources.map((s) => s.id));
	const bad: string[] = [];
	for (const [where, text] of strings) {
		for (const [, inner] of text.matchAll(/\[\[(.*?)\]\]/g))
			if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(inner ?? '') || !ids.has(inner ?? ''))
				bad.push(`${where}: [[${inner}]]`);
		// A lone bracket pair would be printed as it stands instead of becoming a footnote.
		const left = text.replace(/\[\[[a-z0-9-]+\]\]/g, '');
		if (left.includes('[[') || left.includes(']]')) bad.push(`${where}: stray brackets`);
	}
	return bad;
}

/** Words that say a claim is someone's: a weak source is never the narrator's own voice. */
const ATTRIBUTION =
	/\b(?:according to|by (?:the |his |her |their )?account|account of|reports?|reported|says|said|writes|wrote|claims?|claimed)\b|[’']s account\b/i;
/** A source described rather than named, as in "one local report". */
const DESCRIBED = /\b(?:one|a) (?:local )?(?:report|account|paper|blog)\b/i;

/** The names a sentence may give a source by: capitalised words of its author or publisher. */
const names = (s: Pick<Source, 'author' | 'publisher_or_archive'>) =>
	`${s.author ?? ''} ${s.publisher_or_archive}`.match(/\p{Lu}[\p{L}'’-]{2,}/gu) ?? [];

/**
 * Weak sources cited without attribution: the sentence a citation closes (the text since the
 * previous citation, from its last sentence break) must say whose claim it is and name or
 * describe that source.
 */
function unattributedWeak(
	strings: [string, string][],
	sources: Pick<Source, 'id' | 'reliability' | 'author' | 'publisher_or_archive'>[]
): string[] {
	const weak = new Map(sources.filter((s) => s.reliability === 'weak').map((s) => [s.id, s]));
	const bad: string[] = [];
	for (const [where, text] of strings) {
		let claim = '';
		for (const part of text.split(/((?:\[\[[a-z0-9-]+\]\])+)/)) {
			const cited = [...part.matchAll(/\[\[([a-z0-9-]+)\]\]/g)].map((m) => m[1] ?? '');
			if (cited.length === 0) {
				claim = part;
				continue;
			}
			const sentence = claim.split(/(?<=[.!?])\s+(?=\S)/).at(-1) ?? '';
			for (const id of cited) {
				const source = weak.get(id);
				if (!source) continue;
				const named = DESCRIBED.test(sentence) || names(source).some((n) => sentence.includes(n));
				if (!ATTRIBUTION.test(sentence) || !named) bad.push(`${where}: [[${id}]]`);
			}
		}
	}
	return bad;
}

describe('the story’s sources', () => {
	it('every citation [[id]] in the story resolves to a row of data/sources.csv', () => {
		expect(unresolved(storyStrings(), data.sources)).toEqual([]);
	});

	it('finds a citation that does not resolve, or is not a well-formed id', () => {
		const fixture: [string, string][] = [
			['a', 'A claim.[[burr-nuti-2023-endgame]] Another.[[no-such-source]]'],
			['b', 'A typo.[[Burr_Nuti]] A lone mark.[['],
			['c', 'Fine.[[burr-nuti-2023-endgame]]']
		];
		expect(unresolved(fixture, data.sources)).toEqual([
			'a: [[no-such-source]]',
			'b: [[Burr_Nuti]]',
			'b: stray brackets'
		]);
	});

	it('marks some sources as weak, each with its reason', () => {
		const weak = data.sources.filter((s) => s.reliability === 'weak');
		expect(weak.map((s) => s.id)).toContain('astronautix-gioia');
		for (const s of weak) expect(s.reliability_note, s.id).toBeTruthy();
	});

	it('no story step cites a source the data marks as weak without saying whose claim it is', () => {
		expect(unattributedWeak(storyStrings(), data.sources)).toEqual([]);
	});

	it('finds a weak source cited as if it were the narrator’s own fact', () => {
		const sources = [
			{
				id: 'weak-one',
				reliability: 'weak' as const,
				author: 'Larry Tye',
				publisher_or_archive: 'x'
			},
			{ id: 'sound-one', reliability: null, author: null, publisher_or_archive: 'x' }
		];
		const fixture: [string, string][] = [
			['bare', 'The last missile left Italy in April.[[weak-one]]'],
			['sound', 'The last missile left Turkey in April.[[sound-one]]'],
			['described', 'One local report puts a site near Aliağa.[[weak-one]][[sound-one]]'],
			['named', 'By Larry Tye’s account, Sorensen admitted it.[[weak-one]]'],
			// Someone said something, but the sentence does not say it rests on this source.
			['unnamed', 'Sorensen said he had cut it.[[weak-one]]'],
			// Attribution in an earlier sentence does not cover the one the citation closes.
			['earlier', 'Tye says so. The conference heard it.[[weak-one]]']
		];
		expect(unattributedWeak(fixture, sources)).toEqual([
			'bare: [[weak-one]]',
			'unnamed: [[weak-one]]',
			'earlier: [[weak-one]]'
		]);
	});
});
