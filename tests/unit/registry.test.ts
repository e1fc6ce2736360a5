import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listedCharts } from '../../scripts/listed-charts';
import { steps } from '../../src/content/story';
import { CHART_IDS, REGISTRY, type ChartId } from '../../src/lib/charts/registry';
import { chartData } from '../../src/lib/charts/data.server';
import { embedInfo } from '../../src/lib/embed/catalog.server';
import type { Step } from '../../src/lib/scrolly/steps';

describe('the chart registry', () => {
	it('files each chart under its own id, with everything a page needs of it', () => {
		expect(CHART_IDS.length).toBeGreaterThan(0);
		for (const id of CHART_IDS) {
			const chart = REGISTRY[id];
			expect(chart.id).toBe(id);
			expect(chart.title().length, id).toBeGreaterThan(10);
			expect(chart.states.length, id).toBeGreaterThan(0);
			expect(new Set(chart.states).size, id).toBe(chart.states.length);
			expect(typeof chart.component, id).toBe('function');
			expect(typeof chart.table, id).toBe('function');
			expect(chart.embed.datasets.length, id).toBeGreaterThan(0);
			expect(chart.embed.heights.length, id).toBeGreaterThan(0);
		}
	});

	it('is the list the embed catalogue, the islands and the browser tests read', () => {
		expect(CHART_IDS.map((id) => embedInfo(id).title)).toEqual(
			CHART_IDS.map((id) => REGISTRY[id].title())
		);
		// The island build and the browser tests read the registry's source (not run outside Vite).
		expect(listedCharts().map((c) => c.id)).toEqual(CHART_IDS);
		for (const c of listedCharts()) expect(c.from).toMatch(new RegExp(`/charts/${c.id}/chart$`));
		// No hand-written island entries, chart lists or title tables beside it.
		const island = readFileSync('scripts/embed-islands.ts', 'utf8');
		expect(island).not.toMatch(/'lifespans'|'timeline'|'patrol-map'/);
	});

	it('prepares data for every chart, and every state of each draws from it', () => {
		const data = chartData('en');
		expect(Object.keys(data)).toEqual([...CHART_IDS]);
		const draw = <K extends ChartId>(id: K) =>
			REGISTRY[id].states.map((name) => REGISTRY[id].state(name, data[id]));
		for (const id of CHART_IDS) expect(() => draw(id), id).not.toThrow();
	});

	it('publishes a data file for every dataset an embed names', () => {
		const files = new Set(
			(
				JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as {
					resources: { path: string }[];
				}
			).resources.map((r) => r.path.replace(/^.*\//, ''))
		);
		for (const id of CHART_IDS)
			for (const file of REGISTRY[id].embed.datasets) expect(files.has(file), file).toBe(true);
	});
});

describe('the step table, as TypeScript checks it', () => {
	const words = { section: 's', text: '', alt: '' };
	it('takes a state only from the chart the step names (svelte-check fails otherwise)', () => {
		const ok: Step = { ...words, id: 'a', chart: 'timeline', state: 'winter' };
		const unknown: Step = {
			...words,
			id: 'b',
			chart: 'timeline',
			// @ts-expect-error a state the timeline does not have
			state: 'winters'
		};
		// @ts-expect-error a state of another chart
		const other: Step = { ...words, id: 'c', chart: 'timeline', state: 'men' };
		const none: Step = {
			...words,
			id: 'd',
			// @ts-expect-error a chart the registry does not list
			chart: 'timelines',
			state: 'whole'
		};
		expect([ok, unknown, other, none].map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
		for (const s of steps) expect(REGISTRY[s.chart].states.some((n) => n === s.state)).toBe(true);
	});
});
