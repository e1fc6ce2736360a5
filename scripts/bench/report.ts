/** The benchmark's figures checked against bench/budgets.json, as JSON and a Markdown report. */
import type { Calibration, Device } from './calibrate';
import { INTERACTIONS, type InteractionFigures, type InteractionId } from './interactions';
import type { LighthouseFigures } from './lighthouse';
import type { ScrollFigures } from './scroll';
import { spread, type Spread } from './stats';

/** 'any': the same on every device (bytes, the audit). */
export type DeviceId = Device['id'] | 'any';

export interface Check {
	what: string;
	device: DeviceId;
	value: Spread;
	budget: number;
	/** 'min' for scores (higher is better), 'max' for everything else. */
	kind: 'min' | 'max';
	/** Judged on the median; null: not measured here (said in the report, not counted a miss). */
	pass: boolean | null;
}

/** Every run of every measure on one device class. */
export interface DeviceResults {
	lighthouse: Record<string, { runs: LighthouseFigures[]; failed: string[] }>;
	scroll: { reading: ScrollFigures; fling: ScrollFigures }[];
	interactions: Record<InteractionId, InteractionFigures[]>;
}

export interface Report {
	date: string;
	commit: string;
	runs: number;
	calibration: Calibration;
	results: Partial<Record<Device['id'], DeviceResults>>;
	checks: Check[];
	notes: string[];
}

export function check(
	what: string,
	device: DeviceId,
	runs: number[],
	budget: number,
	kind: 'min' | 'max'
): Check {
	const value = spread(runs);
	const pass = kind === 'min' ? value.median >= budget : value.median <= budget;
	return { what, device, value, budget, kind, pass };
}

export const notRun = (what: string, budget: number, kind: 'min' | 'max'): Check => ({
	what,
	device: 'any',
	value: spread([]),
	budget,
	kind,
	pass: null
});

interface Budgets {
	lighthouse: { story: Record<string, number>; embed: Record<string, number> };
	scroll: { longTaskMs: number; longTasks: number };
	interactionMs: number;
}

/** A device's checks: Lighthouse's budgets by page, the two scrolls, every interaction. */
export function deviceChecks(device: Device['id'], r: DeviceResults, budgets: Budgets): Check[] {
	const checks: Check[] = [];
	for (const [route, { runs }] of Object.entries(r.lighthouse)) {
		const budget = route === '/' ? budgets.lighthouse.story : budgets.lighthouse.embed;
		for (const [key, limit] of Object.entries(budget)) {
			const kind = ['lcpMs', 'cls', 'tbtMs', 'requests'].includes(key) ? 'max' : 'min';
			checks.push(
				check(
					`${route} ${key}`,
					device,
					runs.map((f) => f[key] ?? NaN),
					limit,
					kind
				)
			);
		}
	}
	const { longTaskMs, longTasks } = budgets.scroll;
	for (const how of ['reading', 'fling'] as const)
		checks.push(
			check(
				`/ long tasks > ${longTaskMs} ms, ${how === 'reading' ? 'reading-pace scroll' : 'fling to the end and back'}`,
				device,
				r.scroll.map((s) => s[how].longTasks),
				longTasks,
				'max'
			)
		);
	for (const id of Object.keys(INTERACTIONS) as InteractionId[]) {
		const runs = r.interactions[id];
		// An input without its effect measured nothing: it counts as a miss.
		const inp = runs.map((f) => (f.done ? f.inpMs : NaN));
		checks.push(check(`/ INP, ${INTERACTIONS[id]}`, device, inp, budgets.interactionMs, 'max'));
		if (id === 'stepChange')
			checks.push(
				check(
					`/ longest task in the 500 ms after the step's picture changed`,
					device,
					runs.map((f) => (f.done ? f.longestTaskMs : NaN)),
					budgets.interactionMs,
					'max'
				)
			);
	}
	return checks;
}

/** Whole ms and scores; a decimal for KB; three for CLS. */
const num = (n: number) =>
	!Number.isFinite(n) ? '–' : String(+n.toFixed(Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 1 ? 1 : 3));
const range = (s: Spread) =>
	s.runs.length > 1 ? `${num(s.median)} (${num(s.min)}–${num(s.max)})` : num(s.median);
const verdict = (c: Check | undefined) =>
	!c ? '' : c.pass === null ? 'not run' : c.pass ? 'pass' : '**MISS**';

function budgetTable(report: Report): string[] {
	const devices = report.calibration.devices.filter((d) => report.results[d.id]);
	const lines = [
		`| Budget | Limit | ${devices.map((d) => `${d.name} (×${d.multiplier}) | | `).join('')}`,
		`| --- | --- | ${devices.map(() => '--- | --- | ').join('')}`
	];
	const whats = [...new Set(report.checks.map((c) => c.what))];
	for (const what of whats) {
		const any = report.checks.find((c) => c.what === what && c.device === 'any');
		const of = (d: Device) =>
			any ?? report.checks.find((c) => c.what === what && c.device === d.id);
		const first = any ?? report.checks.find((c) => c.what === what)!;
		lines.push(
			`| ${what} | ${first.kind === 'min' ? '≥' : '≤'} ${first.budget} | ` +
				devices
					.map((d) => {
						const c = of(d);
						return c ? `${c.pass === null ? '–' : range(c.value)} | ${verdict(c)} | ` : ' | | ';
					})
					.join('')
		);
	}
	return lines;
}

function lighthouseTable(r: DeviceResults): string[] {
	const keys = ['performance', 'lcpMs', 'fcpMs', 'cls', 'tbtMs', 'speedIndexMs', 'requests'];
	return [
		`| Page | ${keys.join(' | ')} | JS KB | All KB |`,
		`| --- | ${keys.map(() => '---').join(' | ')} | --- | --- |`,
		...Object.entries(r.lighthouse).map(
			([route, { runs }]) =>
				`| ${route} | ${keys.map((k) => range(spread(runs.map((f) => f[k] ?? NaN)))).join(' | ')} | ` +
				`${num(spread(runs.map((f) => (f.scriptBytes ?? NaN) / 1000)).median)} | ` +
				`${num(spread(runs.map((f) => (f.totalBytes ?? NaN) / 1000)).median)} |`
		)
	];
}

function scrollTable(r: DeviceResults): string[] {
	const keys = [
		'wheels',
		'longTasks',
		'longestTaskMs',
		'longFrames',
		'longestFrameMs',
		'frameP95Ms'
	] as const;
	return [
		`| Scroll | wheel events | long tasks | longest task ms | long frames (LoAF) | longest frame ms | frame p95 ms |`,
		`| --- | ${keys.map(() => '---').join(' | ')} |`,
		...(['reading', 'fling'] as const).map(
			(how) =>
				`| ${how} | ${keys.map((k) => range(spread(r.scroll.map((s) => s[how][k])))).join(' | ')} |`
		)
	];
}

function interactionTable(r: DeviceResults): string[] {
	return [
		'| Interaction (first on a fresh page) | INP ms | longest task ms | effect seen |',
		'| --- | --- | --- | --- |',
		...(Object.keys(INTERACTIONS) as InteractionId[]).map((id) => {
			const runs = r.interactions[id];
			const inp = range(spread(runs.map((f) => f.inpMs)));
			const task = range(spread(runs.map((f) => f.longestTaskMs)));
			return `| ${INTERACTIONS[id]} | ${inp} | ${task} | ${runs.filter((f) => f.done).length}/${runs.length} |`;
		})
	];
}

export function markdown(report: Report): string {
	const { benchmarkIndex: score, after, devices } = report.calibration;
	return [
		`# Benchmark, ${report.date} (${report.commit})`,
		'',
		`Machine: Lighthouse benchmarkIndex ${num(score.median)} (median of ${score.runs.length} runs: ${score.runs.map(num).join(', ')})` +
			(after
				? `; after measuring, ${num(after.median)} (${after.runs.map(num).join(', ')}).`
				: '.'),
		...devices.map(
			(d) => `- ${d.name} (benchmarkIndex ${d.score}): CPU slowdown ×${d.multiplier}.`
		),
		'',
		`Median of ${report.runs} run(s), min–max in brackets. Budgets are judged on the low-end phone; the mid-range figures are for reading.`,
		'',
		...report.notes.map((n) => `> ${n}`),
		'',
		'## Budgets (bench/budgets.json)',
		'',
		...budgetTable(report),
		'',
		...devices.flatMap((d) => {
			const r = report.results[d.id];
			if (!r) return [];
			return [
				`## ${d.name}, CPU ×${d.multiplier}`,
				'',
				'Lighthouse (mobile, simulated slow 4G):',
				'',
				...lighthouseTable(r),
				'',
				'Phone 390×844, touch, CPU throttled by CDP:',
				'',
				...scrollTable(r),
				'',
				...interactionTable(r),
				'',
				'INP 0: every event of the interaction took under 16 ms (Event Timing reports from 16 ms on).',
				''
			];
		})
	].join('\n');
}
