import { csvFormatRows, csvParse } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../src/lib/data/load.server';
import { formatProblem } from '../../src/lib/data/problems';
import { TRANSLATED, TRANSLATION_LANGS } from '../../src/lib/data/schemas';
import { validatePackage } from '../../src/lib/data/validate';
import { DATA_LICENCE } from '../../src/lib/LicenceLink.svelte';

const FIXTURE = new URL('./fixtures/minimal/', import.meta.url);

/**
 * The minimal fixture package with some files replaced, validated and formatted. Unless a
 * test replaces it, translations.csv translates whatever rows the tables have, so that a
 * test breaks one thing only.
 */
function problemsWith(overrides: Record<string, string> = {}): string[] {
	return validatePackage(readWith(overrides)).problems.map(formatProblem);
}

function readWith(overrides: Record<string, string>) {
	const file = (path: string) => {
		if (path in overrides) return overrides[path] ?? null;
		if (path === 'datapackage.json') return readDataFile(path);
		return readFileSync(new URL(path, FIXTURE), 'utf8');
	};
	return (path: string) =>
		path === 'translations.csv' && !(path in overrides) ? translationsOf(file) : file(path);
}

/** A translation of every translated cell of the tables, each row once. */
function translationsOf(read: (path: string) => string | null): string {
	const rows = new Map<string, string[]>();
	for (const [resource, fields] of Object.entries(TRANSLATED))
		for (const row of csvParse((read(`${resource}.csv`) ?? '').replace(/^\ufeff/, '')))
			if (row.id)
				for (const field of fields)
					for (const lang of TRANSLATION_LANGS)
						rows.set(`${resource} ${row.id} ${field} ${lang}`, [
							resource,
							row.id,
							field,
							lang,
							`${row[field] || resource} (${lang})`
						]);
	return csvFormatRows([['resource', 'id', 'field', 'lang', 'text'], ...rows.values()]) + '\n';
}

const fixture = (file: string) => readFileSync(new URL(file, FIXTURE), 'utf8');
const EVENT_HEADER =
	'id,date,date_end,date_precision,date_approx,track,kind,title,description,place,people,source_ids';
const event = (cells: Partial<Record<string, string>>) => {
	const row: Record<string, string> = {
		id: 'rfk-dobrynin-meeting',
		date: '1962-10-27',
		date_end: '',
		date_precision: 'day',
		date_approx: 'false',
		track: 'united_states',
		kind: 'assurance',
		title: 'A meeting',
		description: 'Text.',
		place: '',
		people: '',
		source_ids: 'burr-nuti-2023-endgame',
		...cells
	};
	return EVENT_HEADER.split(',')
		.map((k) => row[k])
		.join(',');
};
const events = (...rows: string[]) => [EVENT_HEADER, ...rows].join('\n') + '\n';

describe('the data package', () => {
	it('the real data in data/ is valid', () => {
		expect(validatePackage(readDataFile).problems.map(formatProblem)).toEqual([]);
	});

	it('the minimal fixture is valid, so each test below breaks exactly one thing', () => {
		expect(problemsWith()).toEqual([]);
	});
});

describe('bad data is reported with file, line, column and what is wrong', () => {
	it('a date that is not ISO 8601', () => {
		expect(problemsWith({ 'events.csv': events(event({ date: '27/10/1962' })) })).toEqual([
			'data/events.csv:2:2 (date): "27/10/1962" must be a real ISO 8601 date written as YYYY, YYYY-MM or YYYY-MM-DD'
		]);
	});

	it('an impossible date (1963-02-30)', () => {
		expect(problemsWith({ 'events.csv': events(event({ date: '1963-02-30' })) })).toEqual([
			'data/events.csv:2:2 (date): "1963-02-30" must be a real ISO 8601 date written as YYYY, YYYY-MM or YYYY-MM-DD'
		]);
	});

	it('a date written at another precision than it claims', () => {
		expect(problemsWith({ 'events.csv': events(event({ date: '1963-04' })) })).toEqual([
			'data/events.csv:2:2 (date): "1963-04" is written at month precision but the precision column says day'
		]);
	});

	it('an unknown source id', () => {
		expect(
			problemsWith({
				'events.csv': events(event({ source_ids: 'burr-nuti-2023-endgame;no-such-source' }))
			})
		).toEqual([
			'data/events.csv:2:12 (source_ids): "burr-nuti-2023-endgame;no-such-source" refers to "no-such-source", which is not an id in sources'
		]);
	});

	it('a duplicate id', () => {
		expect(problemsWith({ 'events.csv': events(event({}), event({})) })).toEqual([
			'data/events.csv:3:1 (id): "rfk-dobrynin-meeting" duplicates the id on line 2'
		]);
	});

	it('a latitude out of range', () => {
		const sites = fixture('sites.csv').replace(',38.5,', ',138.5,');
		expect(problemsWith({ 'sites.csv': sites })).toEqual([
			'data/sites.csv:2:5 (lat): "138.5" latitude must be between -90 and 90'
		]);
	});

	it('a site known only by its area without the area’s radius, or a radius on a point', () => {
		const noRadius = fixture('sites.csv').replace(',area,25,', ',area,,');
		expect(problemsWith({ 'sites.csv': noRadius })).toEqual([
			'data/sites.csv:2:8 (area_radius_km): (empty) is required when location_precision is area: the map draws an area of this radius'
		]);
		const pointWithRadius = fixture('sites.csv').replace(',area,25,', ',exact,25,');
		expect(problemsWith({ 'sites.csv': pointWithRadius })).toEqual([
			'data/sites.csv:2:8 (area_radius_km): "25" must be empty unless location_precision is area'
		]);
	});

	it('a source marked weak without saying why, or a note on a sound source', () => {
		const weak = fixture('sources.csv').replace(',2026-11-24,,', ',2026-11-24,weak,');
		expect(problemsWith({ 'sources.csv': weak })).toEqual([
			'data/sources.csv:2:10 (reliability_note): (empty) is required when reliability is weak: say why, and for which claims'
		]);
		const unsure = fixture('sources.csv').replace(',2026-11-24,,', ',2026-11-24,unsure,');
		expect(problemsWith({ 'sources.csv': unsure })).toEqual([
			'data/sources.csv:2:9 (reliability): "unsure" must be weak, or empty for a source with no known weakness'
		]);
	});

	it('a place with both a site and coordinates of its own, or neither', () => {
		const places = fixture('places.csv')
			.replace(',example-site,,,', ',example-site,40.0,30.0,')
			.replace(',reference_city,,40.0,30.0,', ',reference_city,,,,');
		expect(problemsWith({ 'places.csv': places })).toEqual([
			'data/places.csv:2:5 (lat): (empty) lat and lon are required without a site_id',
			'data/places.csv:3:5 (lat): "40.0" must be empty when site_id gives the place'
		]);
	});

	it('a route point without its patrol, or a city with one', () => {
		const places = fixture('places.csv')
			.replace(',approximate,,,', ',approximate,sam-houston-1963,2,')
			.replace(',area,sam-houston-1963,1,', ',area,,,');
		expect(problemsWith({ 'places.csv': places })).toEqual([
			'data/places.csv:2:8 (patrol_id): "sam-houston-1963" must be empty for a reference_city',
			'data/places.csv:3:8 (patrol_id): (empty) a route_point needs the patrol whose route it is on'
		]);
	});

	it('a missing required value', () => {
		expect(problemsWith({ 'events.csv': events(event({ title: '' })) })).toEqual([
			'data/events.csv:2:8 (title): (empty) a value is required'
		]);
	});

	it('a value outside the enum of the descriptor', () => {
		expect(problemsWith({ 'events.csv': events(event({ track: 'france' })) })).toEqual([
			expect.stringMatching(/^data\/events\.csv:2:6 \(track\): "france" /)
		]);
	});

	it('a wrong header', () => {
		const text = events(event({})).replace('date_precision', 'precision');
		expect(problemsWith({ 'events.csv': text })).toEqual([
			expect.stringMatching(/^data\/events\.csv:1:4: header "precision" is not a column/)
		]);
	});

	it('a missing header column', () => {
		const text = fixture('weapons.csv')
			.split('\n')
			.map((l) => l.replace(/,[^,]*$/, ''))
			.join('\n');
		expect(problemsWith({ 'weapons.csv': text })).toEqual([
			'data/weapons.csv:1: header is missing the column "notes"'
		]);
	});

	it('a byte-order mark', () => {
		expect(problemsWith({ 'events.csv': '\ufeff' + events(event({})) })).toEqual([
			'data/events.csv:1:1: starts with a byte-order mark (BOM): save it as UTF-8 without BOM'
		]);
	});

	it('an extra column in a row', () => {
		expect(problemsWith({ 'events.csv': events(event({}) + ',surplus') })).toEqual([
			'data/events.csv:2:13: has 13 cells but the header has 12 columns'
		]);
	});

	it('a missing file', () => {
		expect(problemsWith({ 'patrols.csv': null as unknown as string })).toEqual([
			'data/patrols.csv:1: is missing'
		]);
	});

	it('every problem at once, not just the first', () => {
		const text = events(event({ date: '1963-02-30' }), event({ id: 'x', kind: 'war' }));
		expect(
			problemsWith({ 'events.csv': text, 'sites.csv': '\ufeff' + fixture('sites.csv') })
		).toHaveLength(3);
	});
});

describe('translations.csv', () => {
	const translations = readWith({})('translations.csv')!;
	it('names a translated cell that has no row in a language', () => {
		const lines = translations.split('\n');
		const without = lines.filter((l) => !l.startsWith('sites,example-site,name,tr,')).join('\n');
		expect(problemsWith({ 'translations.csv': without })).toEqual([
			'data/translations.csv:1: has no tr translation of sites "example-site" name (data/sites.csv line 2)'
		]);
	});

	it('refers to rows of other datasets, and only to their translated columns', () => {
		const extra = (row: string) => ({ 'translations.csv': translations + row + '\n' });
		expect(problemsWith(extra('events,no-such-event,title,it,Un titolo'))).toEqual([
			'data/translations.csv:16:2 (id): "no-such-event" is not an id in events'
		]);
		expect(problemsWith(extra('events,example-event,place,it,Roma'))).toEqual([
			'data/translations.csv:16:3 (field): "place" must be one of: title, description, role_oct_1962, name, notes'
		]);
		expect(problemsWith(extra('sites,example-site,description,it,Un sito'))).toEqual([
			'data/translations.csv:16:3 (field): "description" is not translated in sites (only name)'
		]);
		expect(problemsWith(extra('sites,example-site,name,it,Doppio'))).toEqual([
			'data/translations.csv:16:1 (resource): "sites example-site name it" duplicates the id on line 8'
		]);
	});
});

describe('RFC 4180 details survive', () => {
	it('a quoted field with a newline and quotes keeps its text, and later lines are counted right', () => {
		const description = '"Two lines:\nthe second has ""quotes"", and a comma."';
		const text = events(event({ description }), event({ id: 'second', date: '1963-02-30' }));
		expect(problemsWith({ 'events.csv': text })).toEqual([
			// The first row spans lines 2 and 3, so the second row starts on line 4.
			expect.stringMatching(/^data\/events\.csv:4:2 \(date\)/)
		]);
		const ok = validatePackage(readWith({ 'events.csv': events(event({ description })) }));
		expect(ok.data?.events[0]?.description).toBe(
			'Two lines:\nthe second has "quotes", and a comma.'
		);
	});

	it('CRLF line endings are accepted', () => {
		expect(problemsWith({ 'events.csv': events(event({})).replace(/\n/g, '\r\n') })).toEqual([]);
	});
});

describe('the descriptor', () => {
	it('is rejected when it breaks the Data Package v2 profile', () => {
		const descriptor = JSON.parse(readDataFile('datapackage.json')!);
		descriptor.version = 'one';
		delete descriptor.licenses;
		const problems = problemsWith({ 'datapackage.json': JSON.stringify(descriptor) });
		expect(problems).toContain("data/datapackage.json:1: / must have required property 'licenses'");
		expect(problems).toContain(
			'data/datapackage.json:1: /version must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?$"'
		);
	});

	it('must list the same columns as the row schema', () => {
		const descriptor = JSON.parse(readDataFile('datapackage.json')!);
		descriptor.resources[0].schema.fields.pop();
		expect(problemsWith({ 'datapackage.json': JSON.stringify(descriptor, null, '\t') })).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/fields of "sources" .* differ from the row schema/)
			])
		);
	});

	it('declares a CC BY 4.0 licence and a semver version', () => {
		const descriptor = JSON.parse(readDataFile('datapackage.json')!);
		expect(descriptor.licenses[0].name).toBe('CC-BY-4.0');
		// The pages link the licence the package declares.
		expect(descriptor.licenses[0].path).toBe(DATA_LICENCE.url);
		expect(descriptor.version).toMatch(/^\d+\.\d+\.\d+$/);
	});
});
