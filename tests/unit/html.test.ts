import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/lib/data/schemas';
import { citedFrom, sourceHtml, stepHtml } from '../../src/lib/story/html';

const note = (id: string) => ({ a: 1, b: 2, c: 3 })[id] ?? 0;

describe('stepHtml', () => {
	it('turns citations into numbered marks, adjacent ones in one group', () => {
		expect(stepHtml('It went.[[a]] Then [[b]][[c]]', note, 's')).toBe(
			'It went.<sup><a id="cite-s-0" href="#note-a" aria-label="Source 1">1</a></sup> Then ' +
				'<sup><a id="cite-s-1" href="#note-b" aria-label="Source 2">2</a>,' +
				'<a id="cite-s-2" href="#note-c" aria-label="Source 3">3</a></sup>'
		);
	});

	it('lists, for each source, the marks that cite it, for its note to lead back to', () => {
		const from = citedFrom([
			{ id: 's', text: 'It went.[[a]] Then [[b]][[a]]' },
			{ id: 't', text: 'Again.[[a]]' }
		]);
		expect(from.get('a')).toEqual(['cite-s-0', 'cite-s-2', 'cite-t-0']);
		expect(from.get('b')).toEqual(['cite-s-1']);
	});

	it('writes the words as text, never as markup', () => {
		expect(stepHtml('Jupiters <"IRBM"> & Polaris', note, 's')).toBe(
			'Jupiters &lt;&quot;IRBM&quot;&gt; &amp; Polaris'
		);
	});
});

describe('sourceHtml', () => {
	const source: Source = {
		id: 'frus-d96',
		title: 'Memorandum <draft> & notes',
		author: 'Robert F. Kennedy',
		publisher_or_archive: 'Office of the Historian',
		date: '1962-10-30',
		url: 'https://history.state.gov/x?a=1&b="2"',
		type: 'primary',
		accessed: null,
		reliability: null,
		reliability_note: null
	};

	it('gives author, title, publisher, date, a link by its host name and the kind', () => {
		expect(sourceHtml(source)).toBe(
			'<li id="note-frus-d96">Robert F. Kennedy, <cite>Memorandum &lt;draft&gt; &amp; notes</cite>. ' +
				'Office of the Historian, 30 October 1962. ' +
				'<a href="https://history.state.gov/x?a=1&amp;b=&quot;2&quot;" rel="external noopener">history.state.gov</a> ' +
				'<span class="type">(primary source)</span></li>'
		);
	});

	it('leads back to each place the story cites it', () => {
		expect(sourceHtml(source, ['cite-s-0', 'cite-t-1'])).toContain(
			'<span class="type">(primary source)</span>' +
				' <a class="back" href="#cite-s-0" aria-label="Back to citation 1">↩</a>' +
				' <a class="back" href="#cite-t-1" aria-label="Back to citation 2">↩</a></li>'
		);
	});

	it('leaves out what a source does not have', () => {
		expect(sourceHtml({ ...source, author: null, date: null, url: null })).toBe(
			'<li id="note-frus-d96"><cite>Memorandum &lt;draft&gt; &amp; notes</cite>. ' +
				'Office of the Historian. <span class="type">(primary source)</span></li>'
		);
	});
});
