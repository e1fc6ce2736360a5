import { describe, expect, it } from 'vitest';
import { prepareLifespans } from '../../src/lib/charts/lifespans/data';
import { lifespansState, type LifespansStateName } from '../../src/lib/charts/lifespans/state';
import { REGISTRY } from '../../src/lib/charts/registry';
import { loadData } from '../../src/lib/data/load.server';
import {
	citations,
	citedIds,
	resolveStep,
	runsOf,
	shownScenes,
	viewFor,
	type Step
} from '../../src/lib/scrolly/steps';
import { disclosureStages } from '../../src/content/marks';
import { opening, sections, steps } from '../../src/content/story';

const data = loadData();
const lifespans = prepareLifespans(data.secret_holders, data.events, disclosureStages);

describe('the step table', () => {
	it('has 20 to 35 steps with unique ids that work as URL fragments', () => {
		expect(steps.length).toBeGreaterThanOrEqual(20);
		expect(steps.length).toBeLessThanOrEqual(35);
		expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
		for (const s of steps) expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('walks through the sections in order, each in one run', () => {
		const order = [...new Set(steps.map((s) => s.section))];
		expect(order).toEqual(sections.map((s) => s.id));
	});

	it('asks every chart only for states it knows', () => {
		for (const s of steps)
			expect(
				REGISTRY[s.chart].states.some((name) => name === s.state),
				`${s.id}: ${s.chart}/${s.state}`
			).toBe(true);
	});

	it('gives every step text and alt text', () => {
		for (const s of steps) {
			expect(s.text.length, s.id).toBeGreaterThan(40);
			expect(s.alt.length, s.id).toBeGreaterThan(10);
		}
	});

	it('cites only sources that exist in data/sources.csv', () => {
		const ids = new Set(data.sources.map((s) => s.id));
		const cited = citedIds([...opening, ...steps.map((s) => s.text)]);
		expect(cited.length).toBeGreaterThan(steps.length);
		expect(cited.filter((id) => !ids.has(id))).toEqual([]);
	});

	it('draws only disclosure stages that are events in data/events.csv', () => {
		const events = new Set(data.events.map((e) => e.id));
		for (const id of disclosureStages) expect(events.has(id), id).toBe(true);
	});
});

describe('the picture is a pure function of the step id', () => {
	it('every step resolves to its own chart and state, in a state that draws', () => {
		for (const s of steps) {
			const view = viewFor(steps, s.id);
			expect(view).toMatchObject({ chart: s.chart, state: s.state, from: s.id });
			if (view.chart === 'lifespans')
				expect(() => lifespansState(view.state, lifespans)).not.toThrow();
		}
	});

	const table: Step[] = [
		{ id: 'a', section: 'x', chart: 'lifespans', state: 'men', text: '', alt: 'A' },
		{ id: 'b', section: 'x', chart: 'lifespans', state: 'men', text: '', alt: 'B' },
		{
			id: 'c',
			section: 'x',
			chart: 'lifespans',
			state: 'men',
			emphasis: ['rfk'],
			text: '',
			alt: 'C'
		},
		{ id: 'd', section: 'x', chart: 'patrol-map', state: 'polaris', text: '', alt: 'D' },
		{ id: 'e', section: 'x', chart: 'lifespans', state: 'silence', text: '', alt: 'E' }
	];

	it('groups steps into runs of one chart, and runs into scenes of one picture', () => {
		const runs = runsOf(table);
		expect(runs.map((r) => r.chart)).toEqual(['lifespans', 'patrol-map', 'lifespans']);
		expect(runs[0]!.scenes.map((s) => s.steps.map((t) => t.id))).toEqual([['a', 'b'], ['c']]);
		expect(runs.flatMap((r) => r.steps.map((s) => s.id))).toEqual(['a', 'b', 'c', 'd', 'e']);
	});

	it('a run above the reader shows its last scene, one below its first', () => {
		const runs = runsOf(table);
		const order = table.map((s) => s.id);
		const shown = (id: string) => shownScenes(order, runs, id).map((s) => s.view.from);
		expect(shown('a')).toEqual(['a', 'd', 'e']);
		expect(shown('b')).toEqual(['a', 'd', 'e']);
		expect(shown('c')).toEqual(['c', 'd', 'e']);
		expect(shown('e')).toEqual(['c', 'd', 'e']);
	});

	it('consecutive steps never share a picture, so each step changes what is drawn', () => {
		for (const run of runsOf(steps))
			for (const scene of run.scenes)
				expect(
					scene.steps.map((s) => s.id),
					'steps sharing one picture'
				).toHaveLength(1);
	});

	it('every mark a step emphasises exists in its chart’s data', () => {
		const ids: Record<string, Set<string>> = {
			lifespans: new Set(data.secret_holders.map((p) => p.id)),
			timeline: new Set(data.events.map((e) => e.id)),
			'patrol-map': new Set([...data.sites.map((s) => s.id), ...data.places.map((p) => p.id)])
		};
		for (const s of steps)
			for (const id of s.emphasis ?? []) expect(ids[s.chart]!.has(id), `${s.id}: ${id}`).toBe(true);
	});

	it('an unknown, missing or stale id holds the first step, never undefined', () => {
		for (const id of [undefined, null, '', 'no-such-step'])
			expect(resolveStep(steps, id).id).toBe(steps[0]!.id);
	});

	it('the same id always gives the same picture, whatever came before', () => {
		const shuffled = [...steps].reverse();
		const first = steps.map((s) => JSON.stringify(viewFor(steps, s.id)));
		const again = shuffled.map((s) => JSON.stringify(viewFor(steps, s.id))).reverse();
		expect(again).toEqual(first);
	});
});

describe('lifespans states', () => {
	it('introduces the nine men across their whole lives', () => {
		const s = lifespansState('men', lifespans);
		expect(lifespans.lives).toHaveLength(9);
		expect(s.domain[0]).toBeLessThanOrEqual(Math.min(...lifespans.lives.map((l) => l.bornYear)));
		expect(s.markers).toEqual([]);
	});

	it('each disclosure stage shows the stages so far and labels the latest', () => {
		const s = lifespansState('stage:time-1982-lessons-essay', lifespans);
		expect(s.markers).toEqual([
			'thirteen-days-mccalls',
			'schlesinger-rfk-and-his-times',
			'time-1982-lessons-essay'
		]);
		expect(s.current).toBe('time-1982-lessons-essay');
		expect(s.at).toBeCloseTo(1982.74, 2);
	});

	it('stands at the Moscow conference of January 1989 to show who was left', () => {
		const s = lifespansState('left-1989', lifespans);
		expect(s.at).toBeCloseTo(lifespans.revealed.year, 6);
		expect(lifespans.revealed.date).toBe('1989-01-27');
		expect(s.ages).toBe(true);
		const alive = lifespans.lives.filter((l) => l.diedYear === null || l.diedYear > s.at);
		expect(alive.map((l) => l.id).sort()).toEqual(
			['ball', 'bundy', 'gilpatric', 'mcnamara', 'rusk', 'sorensen'].sort()
		);
	});

	it('rejects a state it does not know', () => {
		expect(() => lifespansState('stage:no-such-event' as LifespansStateName, lifespans)).toThrow();
		expect(() => lifespansState('nonsense' as LifespansStateName, lifespans)).toThrow();
	});

	it('orders the men by date of death, with ages from the data', () => {
		expect(lifespans.lives.map((l) => l.id)).toEqual([
			'jfk',
			'rfk',
			'thompson',
			'ball',
			'rusk',
			'gilpatric',
			'bundy',
			'mcnamara',
			'sorensen'
		]);
		expect(lifespans.lives[0]).toMatchObject({ name: 'John F. Kennedy', ageAtDeath: 46 });
	});
});

describe('citations in text', () => {
	it('groups adjacent marks and keeps the text between them', () => {
		expect(citations('A claim.[[one]][[two]] Another.[[three]]')).toEqual([
			{ text: 'A claim.' },
			{ cites: ['one', 'two'] },
			{ text: ' Another.' },
			{ cites: ['three'] }
		]);
		expect(citedIds(['x[[b]][[a]]', 'y[[a]][[c]]'])).toEqual(['b', 'a', 'c']);
	});
});
