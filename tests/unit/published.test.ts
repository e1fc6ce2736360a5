import { csvParseRows } from 'd3-dsv';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedFiles } from '../../src/lib/data/catalog.server';
import { loadData } from '../../src/lib/data/load.server';
import { workbook } from '../../src/lib/data/workbook.server';

const published = (name: string) => publishedFiles().find((f) => f.name === name)!.body;

describe('the published CSVs', () => {
	it('write booleans as TRUE and FALSE, which base R reads as logical, and nothing else differs', () => {
		const canonical = csvParseRows(readFileSync('data/events.csv', 'utf8'));
		const out = csvParseRows(published('events.csv'));
		const column = canonical[0]!.indexOf('date_approx');
		expect(new Set(out.slice(1).map((row) => row[column]))).toEqual(new Set(['TRUE', 'FALSE']));
		expect(out.map((row) => row.filter((_, i) => i !== column))).toEqual(
			canonical.map((row) => row.filter((_, i) => i !== column))
		);
		const descriptor = JSON.parse(published('datapackage.json'));
		const field = descriptor.resources
			.find((r: { name: string }) => r.name === 'events')
			.schema.fields.find((f: { name: string }) => f.name === 'date_approx');
		expect(field).toMatchObject({ trueValues: ['TRUE'], falseValues: ['FALSE'] });
	});
});

describe('the Excel workbook', async () => {
	const files = unzipSync(new Uint8Array(await workbook()));
	const text = (path: string) => strFromU8(files[path]!);
	const sheets = [...text('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map(
		(m) => m[1]
	);
	const sheet = (name: string) => text(`xl/worksheets/sheet${sheets.indexOf(name) + 1}.xml`);
	const data = loadData();

	it('has a sheet per dataset, with every row, and the dictionary', () => {
		expect(sheets).toEqual([...Object.keys(data), 'dictionary', 'about']);
		for (const [name, rows] of Object.entries(data))
			expect(sheet(name).match(/<row /g)?.length, name).toBe(rows.length + 1);
	});

	it('keeps diacritics, and writes full dates as dates and booleans as booleans', () => {
		const strings = text('xl/sharedStrings.xml');
		for (const word of ['Çiğli', 'İzmir']) expect(strings).toContain(word);
		// John F. Kennedy, born 29 May 1917: day 6359 of Excel's calendar, in a date style.
		expect(sheet('secret_holders')).toMatch(/<c r="D2" s="\d+"><v>6359<\/v><\/c>/);
		expect(sheet('events')).toMatch(/<c r="E2" [^>]*t="b"/);
	});
});
