/**
 * The whole package as one Excel workbook, which is what most newsrooms open first: a sheet
 * per dataset (typed cells: numbers, TRUE/FALSE, full dates as dates) and a sheet for the
 * data dictionary, built from the validated data at build time.
 */
import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/node';
import { descriptor } from './catalog.server';
import { loadData } from './load.server';
import type { ResourceName } from './schemas';
import type { DescriptorField } from './validate';

/** The workbook's file name, as /data/ publishes it. */
export const workbookName = () => `${descriptor().name}.xlsx`;

const bold = (value: string): Cell => ({ value, fontWeight: 'bold' });

/**
 * One cell. A `date` field is always a full ISO date: an Excel date at midnight UTC, shown as
 * written. Dates of other precision (`1963-04`) stay text, as they are in the CSV: as a date
 * they would gain a day the record does not give.
 */
function cell(field: DescriptorField, value: unknown): Cell {
	if (value === null || value === undefined) return null;
	if (field.type === 'date' && typeof value === 'string')
		return { value: new Date(`${value}T00:00:00Z`), type: Date, format: 'yyyy-mm-dd' };
	if (Array.isArray(value)) return value.join(field.delimiter ?? ';');
	if (typeof value === 'number') return { value, type: Number };
	if (typeof value === 'boolean') return { value, type: Boolean };
	return String(value);
}

export async function workbook(): Promise<Buffer> {
	const data = loadData();
	const { title, version, licenses, resources } = descriptor();
	const sheets = resources.map((resource) => {
		const fields = resource.schema.fields;
		const rows = data[resource.name as ResourceName] as unknown as Record<string, unknown>[];
		return {
			sheet: resource.name,
			stickyRowsCount: 1,
			data: [
				fields.map((f) => bold(f.name)),
				...rows.map((row): Row => fields.map((f) => cell(f, row[f.name])))
			]
		};
	});
	const dictionary = [
		[bold('table'), bold('column'), bold('type'), bold('description')],
		...resources.flatMap((r) =>
			r.schema.fields.map((f): Row => [r.name, f.name, f.type, f.description])
		)
	];
	return writeXlsxFile([
		...sheets,
		{ sheet: 'dictionary', stickyRowsCount: 1, data: dictionary },
		{
			sheet: 'about',
			data: [
				[bold(title)],
				[
					`Version ${version}. Licence: ${licenses.map((l) => `${l.title} (${l.path})`).join(', ')}.`
				],
				[
					'Every row cites its sources in the sources sheet; the dictionary sheet describes every column.'
				]
			]
		}
	]).toBuffer();
}
