/**
 * Every count and version the documentation gives is the data's: the data dictionary's row
 * counts and breakdowns, and the version and title in the citations of the README, the data
 * dictionary and the licence. When the data changes, this says which sentence to update.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { descriptor } from '../../src/lib/data/catalog.server';
import { loadData } from '../../src/lib/data/load.server';

const data = loadData();
const { version, title } = descriptor();
const dictionary = readFileSync('data/README.md', 'utf8');
const count = <T>(rows: readonly T[], test: (row: T) => boolean) => rows.filter(test).length;
/** "1 port", "2 ports": a count and its noun. */
const n = (value: number, noun: string, plural = `${noun}s`) =>
	`${value} ${value === 1 ? noun : plural}`;

/** The dictionary's section on one dataset, from its heading to the next. */
const section = (file: string) =>
	dictionary.split(/^## /m).find((s) => s.split('\n')[0]!.includes(`(\`${file}\`)`)) ?? '';

describe('the data dictionary', () => {
	it('gives each dataset its number of rows, in the table and in its section', () => {
		for (const [name, rows] of Object.entries(data)) {
			expect(dictionary, name).toMatch(new RegExp(`\\| \`${name}\` +\\| +${rows.length} \\|`));
			expect(section(`${name}.csv`), name).toMatch(new RegExp(`\\*\\*Rows: ${rows.length}\\b`));
		}
	});

	it("gives the sources' types, and how many have no date or address", () => {
		const { sources } = data;
		const type = (t: string) => count(sources, (s) => s.type === t);
		const text = section('sources.csv');
		expect(text).toContain(
			`(${type('primary')} primary, ${type('secondary')} secondary, ${type('reference')} reference)`
		);
		expect(text).toContain(`of the ${type('primary')} primary rows`);
		expect(text).toContain(`${count(sources, (s) => !s.date)} rows have no date`);
		expect(text).toContain(`${count(sources, (s) => !s.url)} rows have no address`);
	});

	it("gives the events' precisions, and their empty places and people", () => {
		const { events } = data;
		const precision = (p: string) => count(events, (e) => e.date_precision === p);
		const text = section('events.csv');
		expect(text).toContain(
			`(${precision('day')} to the day, ${precision('month')} to the month, ${precision('year')} to the year; ${count(events, (e) => e.date_approx)} marked approximate)`
		);
		expect(text).toContain(
			`\`place\` is empty for ${count(events, (e) => !e.place)} rows and \`people\` for ${count(events, (e) => !e.people.length)}`
		);
	});

	it('gives the kinds of sites and places', () => {
		const { sites, places } = data;
		const lp = (country: string) =>
			count(sites, (s) => s.kind === 'launch_position' && s.country === country);
		const kind = (k: string) => count(sites, (s) => s.kind === k);
		expect(section('sites.csv')).toContain(
			`(${lp('italy')} Italian and ${lp('turkey')} Turkish launch positions, ${n(kind('air_base'), 'air base')}, ${n(kind('submarine_base'), 'submarine base')}, ${n(kind('port'), 'port')})`
		);
		const place = (k: string) => count(places, (p) => p.kind === k);
		expect(section('places.csv')).toContain(
			`(${n(place('reference_city'), 'reference city', 'reference cities')}, ${n(place('route_point'), 'route point')}, ${n(place('patrol_position'), 'patrol position')}`
		);
	});
});

describe('the citations', () => {
	for (const file of ['README.md', 'data/README.md', 'data/LICENSE.md'])
		it(`in ${file} give the package's version and title`, () => {
			// Markdown's quote marks and emphasis set aside.
			const text = readFileSync(file, 'utf8')
				.replace(/\n> ?/g, ' ')
				.replace(/\s+/g, ' ')
				.replace(/_/g, '');
			const versions = [...text.matchAll(/\bversion (\d+\.\d+\.\d+)/gi)].map((m) => m[1]);
			expect(versions.length).toBeGreaterThan(0);
			for (const v of versions) expect(v).toBe(version);
			expect(text).toContain(`${title} (data package, version ${version})`);
		});
});
