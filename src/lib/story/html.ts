/**
 * The story's fixed text as HTML, for {@html}: a step's words with their footnote marks, and
 * the notes. Drawn by components block by block, every citation and every note would be a
 * piece for the page's start-up to bring to life, though none of them ever changes; as HTML,
 * start-up passes over them.
 */
import type { Source } from '$lib/data/schemas';
import { formatDate } from '$lib/format';
import { m } from '$lib/i18n';
import { citations } from '$lib/scrolly/steps';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text for an element or a double-quoted attribute. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/** Where a block's k-th citation mark is, for a note's link back to it. */
const citeAnchor = (block: string, k: number) => `cite-${block}-${k}`;

/**
 * A block of text (a step, or a paragraph of the opening), its citations as numbered marks
 * linking to "Sources and notes". Each mark has an id of its own, `block` and its place in
 * the block, for the note's link back to it.
 */
export function stepHtml(text: string, noteNumber: (id: string) => number, block: string): string {
	let k = 0;
	return citations(text)
		.map((part) =>
			'cites' in part
				? `<sup>${part.cites
						.map((id) => {
							const n = noteNumber(id);
							return `<a id="${citeAnchor(block, k++)}" href="#note-${escapeHtml(id)}" aria-label="${escapeHtml(m.story_cite_label({ number: n }))}">${n}</a>`;
						})
						.join(',')}</sup>`
				: escapeHtml(part.text)
		)
		.join('');
}

/** For each source, the marks that cite it, in reading order: where its note leads back to. */
export function citedFrom(blocks: { id: string; text: string }[]): Map<string, string[]> {
	const from = new Map<string, string[]>();
	for (const { id: block, text } of blocks) {
		let k = 0;
		for (const part of citations(text))
			if ('cites' in part)
				for (const id of part.cites)
					from.set(id, [...(from.get(id) ?? []), citeAnchor(block, k++)]);
	}
	return from;
}

/** A source's kind, in brackets after its note. */
const SOURCE_TYPE = {
	primary: m.source_type_primary,
	secondary: m.source_type_secondary,
	reference: m.source_type_reference
} satisfies Record<Source['type'], () => string>;

/**
 * One note: author, title, publisher, date, a link to it where it is online, its kind, and
 * links back to each place the story cites it.
 */
export function sourceHtml(s: Source, from: readonly string[] = []): string {
	const link = s.url
		? ` <a href="${escapeHtml(s.url)}" rel="external noopener">${escapeHtml(new URL(s.url).hostname)}</a>`
		: '';
	return (
		`<li id="note-${escapeHtml(s.id)}">` +
		(s.author ? `${escapeHtml(s.author)}, ` : '') +
		`<cite>${escapeHtml(s.title)}</cite>. ${escapeHtml(s.publisher_or_archive)}` +
		(s.date ? `, ${escapeHtml(formatDate(s.date))}` : '') +
		`.${link} <span class="type">${escapeHtml(SOURCE_TYPE[s.type]())}</span>` +
		from
			.map(
				(anchor, i) =>
					` <a class="back" href="#${anchor}" aria-label="${escapeHtml(m.story_cite_back_label({ number: i + 1 }))}">↩</a>`
			)
			.join('') +
		`</li>`
	);
}
