/** Reads and validates data/ once per build; any problem stops the build with all of them listed. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from './problems';
import type { DataPackage } from './schemas';
import { validatePackage } from './validate';

const DATA_DIR = join(process.cwd(), 'data');

export function readDataFile(path: string): string | null {
	const file = join(DATA_DIR, path);
	return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

let cached: DataPackage | undefined;

export function loadData(): DataPackage {
	if (cached) return cached;
	const { data, problems } = validatePackage(readDataFile);
	if (!data) throw new DataError(problems);
	return (cached = data);
}
