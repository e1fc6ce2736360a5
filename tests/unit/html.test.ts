import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/lib/data/schemas';
import { sourceHtml, stepHtml } from '../../src/lib/story/html';

const note = (id: string) => ({ a: 1, b: 2, c: 3 })[id] ?? 0;

describe('stepHtml', () => {
	it('turns citations into numbered marks, adjacent ones in one group', () => {
		expect(stepHtml('It went.[[a]] Then [[b]][[c]]', note)).toBe(
			'It went.<sup><a href="#note-a" aria-label="Source 1">1</a></sup> Then ' +
				'<sup><a href="#note-b" aria-label="Source 2">2</a>,<a href="#note-c" aria-label="Source 3">3</a></sup>'
		);
	});

	it('writes the words as text, never as markup', () => {
		expect(stepHtml('Jupiters <"IRBM"> & Polaris', note)).toBe(
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

	it('leaves out what a source does not have', () => {
		expect(sourceHtml({ ...source, author: null, date: null, url: null })).toBe(
			'<li id="note-frus-d96"><cite>Memorandum &lt;draft&gt; &amp; notes</cite>. ' +
				'Office of the Historian. <span class="type">(primary source)</span></li>'
		);
	});
});
