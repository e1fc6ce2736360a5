/**
 * What /data/ publishes: each dataset as CSV (the canonical file, validated) and JSON
 * (typed rows), plus the descriptor, data dictionary, changelog and licence. Built from
 * data/ at build time, so the downloads can never drift from what the charts draw.
 */
import { loadData, readDataFile } from './load.server';
import type { ResourceName } from './schemas';
import type { Descriptor, DescriptorResource } from './validate';

export interface PublishedFile {
	name: string;
	type: string;
	body: string;
}

export function descriptor(): Descriptor & { version: string; title: string; description: string } {
	loadData(); // validates first, so nothing unvalidated is ever published
	return JSON.parse(readDataFile('datapackage.json') ?? '{}');
}

const TEXT_FILES = [
	['datapackage.json', 'application/json'],
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
			body: readDataFile(resource.path) ?? ''
		});
		files.push({
			name: `${name}.json`,
			type: 'application/json',
			body: JSON.stringify(data[name], null, 1) + '\n'
		});
	}
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
