/**
 * Validates the whole data package: the descriptor against our Data Package v2 profile,
 * every CSV against its header and row schema, primary keys and foreign keys. It collects
 * every problem rather than stopping at the first, so one build run lists them all.
 */
import { Ajv } from 'ajv';
import type { z } from 'zod';
import { parseCsv } from './csv';
import type { Problem } from './problems';
import profile from './datapackage.profile.json';
import {
	RESOURCES,
	TRANSLATED,
	TRANSLATION_LANGS,
	type DataPackage,
	type ResourceName
} from './schemas';

export interface DescriptorField {
	name: string;
	type: string;
	description: string;
	constraints?: { required?: boolean; enum?: string[] };
	delimiter?: string;
}
type Keys = string | string[];
export interface DescriptorResource {
	name: string;
	path: string;
	schema: {
		fields: DescriptorField[];
		primaryKey?: Keys;
		foreignKeys?: { fields: Keys; reference: { resource: string; fields: Keys } }[];
	};
}
export interface Descriptor {
	resources: DescriptorResource[];
}

const DESCRIPTOR = 'data/datapackage.json';
const validateProfile = new Ajv({ allErrors: true, strict: false }).compile(profile);
const first = (k: Keys) => (Array.isArray(k) ? k[0] : k) ?? '';

/** `read` returns a file's text by its path relative to data/, or null when it does not exist. */
export function validatePackage(read: (path: string) => string | null): {
	data: DataPackage | null;
	problems: Problem[];
} {
	const problems: Problem[] = [];
	const descriptorText = read('datapackage.json');
	if (descriptorText === null) return fail(problems, { message: 'is missing' });
	let descriptor: Descriptor;
	try {
		descriptor = JSON.parse(descriptorText) as Descriptor;
	} catch (e) {
		return fail(problems, { message: `is not valid JSON: ${(e as Error).message}` });
	}
	if (!validateProfile(descriptor)) {
		for (const err of validateProfile.errors ?? [])
			problems.push({
				file: DESCRIPTOR,
				line: 1,
				message: `${err.instancePath || '/'} ${err.message ?? 'does not match the profile'}`
			});
		return { data: null, problems };
	}

	const tables = new Map<string, { resource: DescriptorResource; rows: Row[] }>();
	const data: Record<string, unknown[]> = {};
	for (const name of Object.keys(RESOURCES) as ResourceName[]) {
		const resource = descriptor.resources.find((r) => r.name === name);
		if (!resource) {
			problems.push({ file: DESCRIPTOR, line: 1, message: `has no resource named "${name}"` });
			continue;
		}
		const rows = validateTable(resource, RESOURCES[name], read, problems, descriptorText);
		// An unreadable table is already reported; checking keys against it would only add noise.
		if (rows) tables.set(name, { resource, rows });
		data[name] = rows?.map((r) => r.value) ?? [];
	}
	checkKeys(tables, problems);
	checkTranslations(tables, problems);
	return { data: problems.length ? null : (data as DataPackage), problems };

	function fail(list: Problem[], p: { message: string }) {
		list.push({ file: DESCRIPTOR, line: 1, ...p });
		return { data: null, problems: list };
	}
}

interface Row {
	line: number;
	raw: Record<string, string>;
	value: unknown;
}

function validateTable(
	resource: DescriptorResource,
	schema: z.ZodObject,
	read: (path: string) => string | null,
	problems: Problem[],
	descriptorText: string
): Row[] | null {
	const file = `data/${resource.path}`;
	const fields = resource.schema.fields.map((f) => f.name);
	const shape = Object.keys(schema.shape);
	if (fields.join() !== shape.join())
		problems.push({
			file: DESCRIPTOR,
			line: lineOf(descriptorText, `"name": "${resource.name}"`),
			message: `fields of "${resource.name}" (${fields.join(', ')}) differ from the row schema (${shape.join(', ')})`
		});

	const text = read(resource.path);
	if (text === null) {
		problems.push({ file, line: 1, message: 'is missing' });
		return null;
	}
	const csv = parseCsv(text, file);
	problems.push(...csv.problems);
	if (!headerMatches(csv.header, fields, file, problems)) return null;

	const rows: Row[] = [];
	for (const { line, cells } of csv.rows) {
		const raw = Object.fromEntries(fields.map((f, i) => [f, cells[i] ?? '']));
		const flagged = new Set<string>();
		const result = schema.safeParse(raw);
		if (!result.success)
			for (const issue of result.error.issues) {
				const field = String(issue.path[0] ?? '');
				if (flagged.has(field)) continue;
				flagged.add(field);
				problems.push(cellProblem(file, line, fields, field, raw[field], issue.message));
			}
		// The descriptor is a contract too: its required and enum constraints are enforced here.
		for (const f of resource.schema.fields) {
			const value = raw[f.name] ?? '';
			if (flagged.has(f.name)) continue;
			if (f.constraints?.required && value === '')
				problems.push(cellProblem(file, line, fields, f.name, value, 'a value is required'));
			const allowed = f.constraints?.enum;
			const items = f.delimiter && value ? value.split(f.delimiter) : [value];
			if (allowed && value !== '' && items.some((v) => !allowed.includes(v)))
				problems.push(
					cellProblem(file, line, fields, f.name, value, `must be one of: ${allowed.join(', ')}`)
				);
		}
		rows.push({ line, raw, value: result.success ? result.data : null });
	}
	return rows;
}

function headerMatches(header: string[], fields: string[], file: string, problems: Problem[]) {
	let ok = true;
	header.forEach((name, i) => {
		if (fields[i] === name) return;
		ok = false;
		problems.push({
			file,
			line: 1,
			column: i + 1,
			message: fields.includes(name)
				? `header "${name}" is out of place: expected "${fields[i] ?? '(no column)'}" here`
				: `header "${name}" is not a column of this dataset (expected ${fields.join(', ')})`
		});
	});
	for (const name of fields.slice(header.length)) {
		ok = false;
		problems.push({ file, line: 1, message: `header is missing the column "${name}"` });
	}
	return ok;
}

function checkKeys(
	tables: Map<string, { resource: DescriptorResource; rows: Row[] }>,
	problems: Problem[]
) {
	const keySets = new Map<string, Set<string>>();
	for (const [name, { resource, rows }] of tables) {
		const key = resource.schema.primaryKey;
		if (!key) continue;
		// A key of several columns (translations.csv's) is checked as one value.
		const keyFields = Array.isArray(key) ? key : [key];
		const field = first(key);
		const fields = resource.schema.fields.map((f) => f.name);
		const seen = new Map<string, number>();
		for (const row of rows) {
			const value = keyFields.map((f) => row.raw[f] ?? '').join(' ');
			const earlier = seen.get(value);
			if (earlier !== undefined)
				problems.push(
					cellProblem(
						`data/${resource.path}`,
						row.line,
						fields,
						field,
						value,
						`duplicates the id on line ${earlier}`
					)
				);
			else seen.set(value, row.line);
		}
		keySets.set(name, new Set(seen.keys()));
	}
	for (const { resource, rows } of tables.values()) {
		const fields = resource.schema.fields.map((f) => f.name);
		for (const fk of resource.schema.foreignKeys ?? []) {
			const field = first(fk.fields);
			const target = keySets.get(fk.reference.resource);
			if (!target) continue; // the referenced table could not be read: already reported
			const delimiter = resource.schema.fields.find((f) => f.name === field)?.delimiter;
			for (const row of rows) {
				const value = row.raw[field] ?? '';
				if (value === '') continue;
				for (const item of delimiter ? value.split(delimiter) : [value])
					if (!target.has(item))
						problems.push(
							cellProblem(
								`data/${resource.path}`,
								row.line,
								fields,
								field,
								value,
								`refers to "${item}", which is not an id in ${fk.reference.resource}`
							)
						);
			}
		}
	}
}

/**
 * translations.csv's rows refer to rows of other datasets by `resource` and `id`: a foreign
 * key whose table is named in the row, which the descriptor cannot declare, so it is checked
 * here. And every translated cell needs a row in every language: a missing one is named.
 */
function checkTranslations(
	tables: Map<string, { resource: DescriptorResource; rows: Row[] }>,
	problems: Problem[]
) {
	const translations = tables.get('translations');
	if (!translations) return;
	// A table with problems of its own may have lost rows: checked against, it would only add noise.
	const sound = (resource: string) =>
		tables.has(resource) && !problems.some((p) => p.file === `data/${resource}.csv`);
	const file = `data/${translations.resource.path}`;
	const fields = translations.resource.schema.fields.map((f) => f.name);
	const given = new Set<string>();
	for (const row of translations.rows) {
		const { resource = '', id = '', field = '', lang = '' } = row.raw;
		given.add(`${resource} ${id} ${field} ${lang}`);
		const target = tables.get(resource);
		if (target && sound(resource) && !target.rows.some((r) => r.raw.id === id))
			problems.push(cellProblem(file, row.line, fields, 'id', id, `is not an id in ${resource}`));
	}
	for (const [resource, translated] of Object.entries(TRANSLATED)) {
		if (!sound(resource)) continue;
		for (const row of tables.get(resource)?.rows ?? [])
			for (const field of translated)
				for (const lang of TRANSLATION_LANGS)
					if (!given.has(`${resource} ${row.raw.id} ${field} ${lang}`))
						problems.push({
							file,
							line: 1,
							message: `has no ${lang} translation of ${resource} "${row.raw.id}" ${field} (data/${resource}.csv line ${row.line})`
						});
	}
}

function cellProblem(
	file: string,
	line: number,
	fields: string[],
	field: string,
	value: string | undefined,
	message: string
): Problem {
	const shown = value === undefined || value === '' ? '(empty)' : JSON.stringify(value);
	return { file, line, column: fields.indexOf(field) + 1, field, message: `${shown} ${message}` };
}

function lineOf(text: string, needle: string): number {
	const at = text.indexOf(needle);
	return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}
