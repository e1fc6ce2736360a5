/**
 * The story's fixed text as HTML, for {@html}: a step's words with their footnote marks, and
 * the notes. Drawn by components block by block, every citation and every note was its own
 * piece for the page's start-up to bring to life, though none of them ever changes; as HTML,
 * start-up passes over them.
 */
import type { Source } from '$lib/data/schemas';
import { formatDate } from '$lib/format';
import { citations } from '$lib/scrolly/steps';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text for an element or a double-quoted attribute. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/** A step's text, its citations as numbered marks linking to "Sources and notes". */
export function stepHtml(text: string, noteNumber: (id: string) => number): string {
	return citations(text)
		.map((part) =>
			'cites' in part
				? `<sup>${part.cites
						.map((id) => {
							const n = noteNumber(id);
							return `<a href="#note-${escapeHtml(id)}" aria-label="Source ${n}">${n}</a>`;
						})
						.join(',')}</sup>`
				: escapeHtml(part.text)
		)
		.join('');
}

/** One note: author, title, publisher, date, a link to it where it is online, its kind. */
export function sourceHtml(s: Source): string {
	const link = s.url
		? ` <a href="${escapeHtml(s.url)}" rel="external noopener">${escapeHtml(new URL(s.url).hostname)}</a>`
		: '';
	return (
		`<li id="note-${escapeHtml(s.id)}">` +
		(s.author ? `${escapeHtml(s.author)}, ` : '') +
		`<cite>${escapeHtml(s.title)}</cite>. ${escapeHtml(s.publisher_or_archive)}` +
		(s.date ? `, ${escapeHtml(formatDate(s.date))}` : '') +
		`.${link} <span class="type">(${escapeHtml(s.type)} source)</span></li>`
	);
}
