/**
 * `npm run bench`: builds the site, serves build/ compressed on BENCH_PORT (default 4180),
 * measures the machine (calibrate.ts) and, for a low-end and a mid-range phone, runs
 * Lighthouse BENCH_RUNS times (default 5) on the story and on each embed, scrolls the story and
 * tries its interactions on a throttled phone; runs `npm audit --omit=dev`, writes
 * bench-results/report.json (every run) and report.md, and exits 1 if a low-end figure misses
 * its budget in bench/budgets.json. BENCH_SKIP_BUILD=1 measures the build already there.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import budgets from '../../bench/budgets.json' with { type: 'json' };
import { findPages, isEmbed, pageWeight } from '../page-weight';
import { calibrate, type Device } from './calibrate';
import { INTERACTIONS, measureInteraction, type InteractionId } from './interactions';
import { measure } from './lighthouse';
import { launch } from './phone';
import { check, deviceChecks, markdown, notRun, type DeviceResults, type Report } from './report';
import { measureScroll } from './scroll';

const port = Number(process.env.BENCH_PORT ?? 4180);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const origin = `http://127.0.0.1:${port}`;
const out = 'bench-results';
const CALIBRATION_RUNS = 3;

if (!process.env.BENCH_SKIP_BUILD)
	if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const git = (...args: string[]) => spawnSync('git', args, { encoding: 'utf8' }).stdout.trim();
const commit =
	git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain') ? '+changes' : '');

async function onDevice(device: Device, routes: string[]): Promise<DeviceResults> {
	const lighthouse: DeviceResults['lighthouse'] = {};
	for (const route of routes) {
		console.log(`${device.name}: Lighthouse ×${runs}, ${route}`);
		lighthouse[route] = await measure(origin + route, runs, device.multiplier);
	}
	const browser = await launch();
	try {
		const scroll = [];
		for (let i = 0; i < runs; i++) {
			console.log(`${device.name}: scrolling the story (${i + 1}/${runs})`);
			scroll.push(
				await measureScroll(browser, `${origin}/`, device.multiplier, budgets.scroll.longTaskMs)
			);
		}
		const interactions = {} as DeviceResults['interactions'];
		for (const id of Object.keys(INTERACTIONS) as InteractionId[]) {
			console.log(`${device.name}: ${INTERACTIONS[id]} ×${runs}`);
			interactions[id] = [];
			for (let i = 0; i < runs; i++)
				interactions[id].push(
					await measureInteraction(browser, `${origin}/`, device.multiplier, id)
				);
		}
		return { lighthouse, scroll, interactions };
	} finally {
		await browser.close();
	}
}

function byteChecks() {
	return findPages('build').map((page) => {
		const weight = pageWeight('build', page);
		const budget = weight.embed ? budgets.bytes.embed : budgets.bytes.page;
		// As scripts/check-budgets.ts counts: an embed's island too, in KB of gzip.
		return check(
			`${page.route} JS KB (gzip)`,
			'any',
			[(weight.js + weight.jsOnDemand) / 1000],
			budget.js / 1000,
			'max'
		);
	});
}

function audit(notes: string[]) {
	const what = 'npm audit --omit=dev: high or critical';
	const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
	const answer = (() => {
		try {
			return JSON.parse(result.stdout) as {
				metadata?: { vulnerabilities: Record<string, number> };
				message?: string;
			};
		} catch {
			return { message: result.stderr.trim() };
		}
	})();
	const counts = answer.metadata?.vulnerabilities;
	if (counts) return check(what, 'any', [counts.high! + counts.critical!], 0, 'max');
	notes.push(`npm audit could not run: ${answer.message?.replace(/\s+/g, ' ')}`);
	return notRun(what, 0, 'max');
}

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
	console.log(`Calibrating: Lighthouse's benchmarkIndex ×${CALIBRATION_RUNS}`);
	const calibration = await calibrate(CALIBRATION_RUNS, budgets.devices);
	console.log(
		`benchmarkIndex ${calibration.benchmarkIndex.median}: ` +
			calibration.devices.map((d) => `${d.name} ×${d.multiplier}`).join(', ')
	);

	const routes = ['/', ...findPages('build').flatMap((p) => (isEmbed(p.route) ? [p.route] : []))];
	const notes = [
		'Timings from a shared 2-core machine: they vary between runs and with whatever else runs.'
	];
	const report: Report = {
		date: new Date().toISOString(),
		commit,
		runs,
		calibration,
		results: {},
		checks: [...byteChecks()],
		notes
	};
	for (const device of calibration.devices) {
		const results = await onDevice(device, routes);
		report.results[device.id] = results;
		report.checks.push(...deviceChecks(device.id, results, budgets));
	}
	// The same benchmark once more: how far the machine's speed drifted while it was measured.
	console.log('The machine once more, after measuring');
	report.calibration.after = (await calibrate(CALIBRATION_RUNS, budgets.devices)).benchmarkIndex;
	console.log('npm audit --omit=dev');
	report.checks.push(audit(notes));

	mkdirSync(out, { recursive: true });
	writeFileSync(`${out}/report.json`, JSON.stringify(report, null, '\t') + '\n');
	writeFileSync(`${out}/report.md`, markdown(report));
	console.log(markdown(report));
	const unmeasured = report.checks.filter((c) => c.pass === null);
	if (unmeasured.length)
		console.warn(`Not measured here: ${unmeasured.map((c) => c.what).join(', ')}`);
	// The mid-range phone is for reading: only a low-end (or any-device) miss fails the bench.
	const misses = report.checks.filter((c) => c.pass === false && c.device !== 'mid');
	if (misses.length) {
		console.error(`${misses.length} budget(s) missed: ${misses.map((c) => c.what).join(', ')}`);
		process.exitCode = 1;
	}
} finally {
	server.kill();
}
