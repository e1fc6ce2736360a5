import { csvParseRows } from 'd3-dsv';
import type { Problem } from './problems';

export interface CsvRow {
	/** Line in the file where the row starts (a quoted newline makes a row span lines). */
	line: number;
	cells: string[];
}

export interface ParsedCsv {
	header: string[];
	rows: CsvRow[];
	problems: Problem[];
}

/** Parses RFC 4180 text, reporting structural problems (BOM, ragged rows, blank lines). */
export function parseCsv(text: string, file: string): ParsedCsv {
	const problems: Problem[] = [];
	if (text.charCodeAt(0) === 0xfeff) {
		problems.push({
			file,
			line: 1,
			column: 1,
			message: 'starts with a byte-order mark (BOM): save it as UTF-8 without BOM'
		});
		text = text.slice(1);
	}
	const [header = [], ...body] = csvParseRows(text);
	const rows: CsvRow[] = [];
	let line = 1 + newlines(header);
	for (const cells of body) {
		line += 1;
		const start = line;
		line += newlines(cells);
		if (cells.length === 1 && cells[0] === '') {
			problems.push({ file, line: start, message: 'is an empty line' });
			continue;
		}
		if (cells.length !== header.length) {
			problems.push({
				file,
				line: start,
				column: Math.min(cells.length, header.length) + 1,
				message: `has ${cells.length} cells but the header has ${header.length} columns`
			});
			continue;
		}
		rows.push({ line: start, cells });
	}
	return { header, rows, problems };
}

function newlines(cells: string[]): number {
	let n = 0;
	for (const cell of cells) for (const ch of cell) if (ch === '\n') n++;
	return n;
}
