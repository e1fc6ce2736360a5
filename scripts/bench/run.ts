/**
 * `npm run bench`: builds the site, serves build/ compressed on BENCH_PORT (default 4180),
 * runs Lighthouse BENCH_RUNS times (default 3) on the story and on each embed, scrolls the
 * story with the CPU throttled, runs `npm audit --omit=dev`, writes bench-results/report.json
 * and report.md, and exits 1 if any figure misses its budget in bench/budgets.json.
 * BENCH_SKIP_BUILD=1 measures the build already there.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import budgets from '../../bench/budgets.json' with { type: 'json' };
import { findPages, isEmbed } from '../page-weight';
import { measure } from './lighthouse';
import { check, lighthouseChecks, markdown, notRun, type Check } from './report';
import { measureScroll } from './scroll';

const port = Number(process.env.BENCH_PORT ?? 4180);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const origin = `http://127.0.0.1:${port}`;
const out = 'bench-results';

if (!process.env.BENCH_SKIP_BUILD)
	if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const server = spawn('node', ['scripts/serve.js', 'build', String(port)], { stdio: 'ignore' });
try {
	for (let i = 0; ; i++) {
		const up = await fetch(`${origin}/`).then(
			(r) => r.ok,
			() => false
		);
		if (up) break;
		if (i === 50) throw new Error(`The server on ${origin} did not start`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}

	const routes = ['/', ...findPages('build').flatMap((p) => (isEmbed(p.route) ? [p.route] : []))];
	const pages = [];
	const checks: Check[] = [];
	for (const route of routes) {
		console.log(`Lighthouse ×${runs}: ${route}`);
		const lighthouse = await measure(origin + route, runs);
		pages.push({ route, lighthouse });
		const budget = route === '/' ? budgets.lighthouse.story : budgets.lighthouse.embed;
		checks.push(...lighthouseChecks(route, lighthouse, budget));
	}

	console.log('Scrolling the story, CPU 4× slower');
	const scroll = await measureScroll(`${origin}/`, budgets.scroll.longTaskMs);
	checks.push(
		check(
			`/ long tasks > ${budgets.scroll.longTaskMs} ms while scrolling`,
			scroll.longTasks,
			budgets.scroll.longTasks,
			'max'
		)
	);

	console.log('npm audit --omit=dev');
	const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
	const answer = (() => {
		try {
			return JSON.parse(audit.stdout) as {
				metadata?: { vulnerabilities: Record<string, number> };
				message?: string;
			};
		} catch {
			return { message: audit.stderr.trim() };
		}
	})();
	const counts = answer.metadata?.vulnerabilities;
	const notes = [
		'Timings from a shared 2-core machine: LCP, FCP, TBT, SI and frame times vary between runs.'
	];
	const auditCheck = 'npm audit --omit=dev: high or critical';
	if (counts) checks.push(check(auditCheck, counts.high! + counts.critical!, 0, 'max'));
	else {
		checks.push(notRun(auditCheck, 0, 'max'));
		notes.push(`npm audit could not run: ${answer.message}`);
	}

	const report = {
		date: new Date().toISOString(),
		runs,
		pages,
		scroll,
		audit: counts ? JSON.stringify(counts) : 'not run',
		checks,
		notes
	};
	mkdirSync(out, { recursive: true });
	writeFileSync(`${out}/report.json`, JSON.stringify(report, null, '\t') + '\n');
	writeFileSync(`${out}/report.md`, markdown(report));
	console.log(markdown(report));
	const unmeasured = checks.filter((c) => c.pass === null);
	if (unmeasured.length)
		console.warn(`Not measured here: ${unmeasured.map((c) => c.what).join(', ')}`);
	const misses = checks.filter((c) => c.pass === false);
	if (misses.length) {
		console.error(`${misses.length} budget(s) missed: ${misses.map((c) => c.what).join(', ')}`);
		process.exitCode = 1;
	}
} finally {
	server.kill();
}
