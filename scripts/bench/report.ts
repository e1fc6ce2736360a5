/** The benchmark's figures checked against bench/budgets.json, as JSON and a Markdown table. */
import type { LighthouseFigures } from './lighthouse';
import type { ScrollFigures } from './scroll';

export interface Check {
	what: string;
	value: number;
	budget: number;
	/** 'min' for scores (higher is better), 'max' for everything else. */
	kind: 'min' | 'max';
	/** null: the figure could not be measured here (said in the report, not counted a miss). */
	pass: boolean | null;
}

export const check = (what: string, value: number, budget: number, kind: 'min' | 'max'): Check => ({
	what,
	value,
	budget,
	kind,
	pass: kind === 'min' ? value >= budget : value <= budget
});

export const notRun = (what: string, budget: number, kind: 'min' | 'max'): Check => ({
	what,
	value: NaN,
	budget,
	kind,
	pass: null
});

/** Lighthouse budgets: category scores are minimums, metrics and counts are maximums. */
export function lighthouseChecks(
	page: string,
	figures: LighthouseFigures,
	budget: Partial<Record<string, number>>
): Check[] {
	const values: Record<string, number> = {
		...figures.scores,
		lcpMs: figures.lcpMs,
		cls: figures.cls,
		tbtMs: figures.tbtMs,
		requests: figures.requests
	};
	return Object.entries(budget).flatMap(([key, limit]) =>
		limit === undefined || values[key] === undefined
			? []
			: [check(`${page} ${key}`, values[key], limit, key in figures.scores ? 'min' : 'max')]
	);
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const fixed = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

export function markdown(report: {
	date: string;
	pages: { route: string; lighthouse: LighthouseFigures }[];
	scroll: ScrollFigures;
	audit: string;
	checks: Check[];
	notes: string[];
}): string {
	const rows = report.pages.map(({ route, lighthouse: l }) =>
		[
			route,
			...Object.values(l.scores),
			fixed(l.lcpMs),
			fixed(l.fcpMs),
			fixed(l.cls, 3),
			fixed(l.tbtMs),
			fixed(l.speedIndexMs),
			l.requests,
			kb(l.bytes.document),
			kb(l.bytes.stylesheet),
			kb(l.bytes.script),
			kb(l.bytes.font),
			kb(l.bytes.image),
			kb(l.bytes.total)
		].join(' | ')
	);
	const s = report.scroll;
	return [
		`# Benchmark, ${report.date}`,
		'',
		...report.notes.map((n) => `> ${n}`),
		'',
		'## Lighthouse (mobile, simulated throttling, median of the runs)',
		'',
		'| Page | Perf | A11y | Best pr. | SEO | LCP ms | FCP ms | CLS | TBT ms | SI ms | Requests | HTML KB | CSS KB | JS KB | Fonts KB | Images KB | All KB |',
		'| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
		...rows.map((r) => `| ${r} |`),
		'',
		'Bytes are as transferred (compressed), 1 KB = 1000 bytes.',
		'',
		'## Scroll through the story, CPU throttled 4× (375×812)',
		'',
		'| Wheel steps | Long tasks > 50 ms | Longest task ms | Frames | Frame p50 ms | Frame p95 ms | Frame max ms | Frames > 50 ms |',
		'| --- | --- | --- | --- | --- | --- | --- | --- |',
		`| ${s.wheelSteps} | ${s.longTasks} | ${s.longestTaskMs} | ${s.frames} | ${s.frameP50Ms} | ${s.frameP95Ms} | ${s.frameMaxMs} | ${s.slowFrames} |`,
		'',
		`## npm audit --omit=dev`,
		'',
		report.audit,
		'',
		'## Budgets (bench/budgets.json)',
		'',
		'| Check | Value | Budget | |',
		'| --- | --- | --- | --- |',
		...report.checks.map(
			(c) =>
				`| ${c.what} | ${c.pass === null ? '–' : +c.value.toFixed(3)} | ${c.kind === 'min' ? '≥' : '≤'} ${c.budget} | ${c.pass === null ? '**not run**' : c.pass ? 'pass' : '**MISS**'} |`
		),
		''
	].join('\n');
}
