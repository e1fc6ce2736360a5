/**
 * What /data/ publishes: each dataset as CSV (the canonical file, validated, with its
 * booleans as TRUE and FALSE) and JSON (typed rows), plus the descriptor, data dictionary,
 * changelog and licence. Built from data/ at build time, so the downloads can never drift
 * from what the charts draw.
 */
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { loadData, readDataFile } from './load.server';
import type { ResourceName } from './schemas';
import type { Descriptor, DescriptorResource } from './validate';

export interface PublishedFile {
	name: string;
	type: string;
	body: string;
}

export interface PackageMeta {
	name: string;
	version: string;
	title: string;
	description: string;
	licenses: { name: string; title: string; path: string }[];
}

export function descriptor(): Descriptor & PackageMeta {
	loadData(); // validates first, so nothing unvalidated is ever published
	return JSON.parse(readDataFile('datapackage.json') ?? '{}');
}

/**
 * How the published CSVs write booleans. Base R's read.csv reads only TRUE and FALSE (and T,
 * F) as logical; pandas, readr and spreadsheets read them too. The files in data/ keep
 * `true` and `false`, as their own descriptor says.
 */
export const PUBLISHED_BOOLEANS = { trueValues: ['TRUE'], falseValues: ['FALSE'] } as const;

/** The descriptor as published: the same, but for how its CSVs write booleans. */
export function publishedDescriptor(): Descriptor {
	const d = descriptor();
	return {
		...d,
		resources: d.resources.map((r) => ({
			...r,
			schema: {
				...r.schema,
				fields: r.schema.fields.map((f) =>
					f.type === 'boolean' ? { ...f, ...PUBLISHED_BOOLEANS } : f
				)
			}
		}))
	};
}

/** A dataset's CSV as published: the canonical file, its booleans written TRUE or FALSE. */
function publishedCsv(resource: DescriptorResource): string {
	const text = readDataFile(resource.path) ?? '';
	const booleans = resource.schema.fields.flatMap((f, i) => (f.type === 'boolean' ? [i] : []));
	if (!booleans.length) return text;
	const [header = [], ...rows] = csvParseRows(text);
	for (const row of rows)
		for (const i of booleans)
			row[i] = row[i] === 'true' ? 'TRUE' : row[i] === 'false' ? 'FALSE' : row[i]!;
	return csvFormatRows([header, ...rows]) + '\n';
}

const TEXT_FILES = [
	['README.md', 'text/markdown; charset=utf-8'],
	['CHANGELOG.md', 'text/markdown; charset=utf-8'],
	['LICENSE.md', 'text/markdown; charset=utf-8']
] as const;

export function publishedFiles(): PublishedFile[] {
	const data = loadData();
	const files: PublishedFile[] = [];
	for (const resource of descriptor().resources) {
		const name = resource.name as ResourceName;
		files.push({
			name: resource.path,
			type: 'text/csv; charset=utf-8',
			body: publishedCsv(resource)
		});
		files.push({
			name: `${name}.json`,
			type: 'application/json; charset=utf-8',
			body: JSON.stringify(data[name], null, 1) + '\n'
		});
	}
	files.push({
		name: 'datapackage.json',
		type: 'application/json; charset=utf-8',
		body: JSON.stringify(publishedDescriptor(), null, '\t') + '\n'
	});
	for (const [name, type] of TEXT_FILES) files.push({ name, type, body: readDataFile(name) ?? '' });
	return files;
}

export interface DatasetSummary {
	resource: DescriptorResource & { title: string; description: string };
	rows: number;
	csv: string;
	json: string;
}

export function datasetSummaries(): DatasetSummary[] {
	const data = loadData();
	return descriptor().resources.map((r) => ({
		resource: r as DatasetSummary['resource'],
		rows: data[r.name as ResourceName].length,
		csv: r.path,
		json: `${r.name}.json`
	}));
}
