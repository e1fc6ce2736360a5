/** `npm run validate`: checks data/ and prints one line per problem (file:line:column). */
import { readDataFile } from '../src/lib/data/load.server';
import { formatProblem } from '../src/lib/data/problems';
import { validatePackage } from '../src/lib/data/validate';

const { data, problems } = validatePackage(readDataFile);
if (problems.length || !data) {
	for (const p of problems) console.error(formatProblem(p));
	console.error(`\n${problems.length} problem(s) in data/.`);
	process.exit(1);
}
const counts = Object.entries(data).map(([name, rows]) => `${name} ${rows.length}`);
console.log(`data/ is valid: ${counts.join(', ')} rows.`);
