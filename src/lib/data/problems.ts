/** One thing wrong with the data, located the way an editor's "go to line" needs it. */
export interface Problem {
	file: string;
	line: number;
	/** 1-based column number; absent for problems with a whole row or file. */
	column?: number;
	field?: string;
	message: string;
}

export function formatProblem(p: Problem): string {
	const where = p.column === undefined ? `${p.file}:${p.line}` : `${p.file}:${p.line}:${p.column}`;
	return p.field ? `${where} (${p.field}): ${p.message}` : `${where}: ${p.message}`;
}

/** Thrown by the loader so that `npm run build` stops with every problem listed. */
export class DataError extends Error {
	constructor(readonly problems: Problem[]) {
		super(
			`The data in data/ has ${problems.length} problem(s):\n` +
				problems.map((p) => '  ' + formatProblem(p)).join('\n')
		);
		this.name = 'DataError';
	}
}
