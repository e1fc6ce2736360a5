import { scaleLinear, scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { prepareTimeline } from '../../src/lib/charts/timeline/data';
import { TIMELINE_STATES, timelineState } from '../../src/lib/charts/timeline/state';
import { monthTicks } from '../../src/lib/charts/timeline/monthTicks';
import { formatTick } from '../../src/lib/format';
import { eventDate } from '../../src/lib/charts/timeline/format';
import { startOf } from '../../src/lib/data/dates';
import { loadData } from '../../src/lib/data/load.server';
import { removalEvents } from '../../src/content/marks';
import { timelineLabels } from '../../src/content/story';

const data = loadData();
const timeline = prepareTimeline(
	data.events,
	data.sites,
	removalEvents,
	timelineLabels,
	data.sources
);

describe('timeline data', () => {
	it('keeps the events from October 1962 to July 1963, in lanes by who acted', () => {
		const expected = data.events.filter(
			(e) => e.date >= '1962-10' && e.date <= '1963-07-31' && e.track !== 'disclosure'
		);
		expect(timeline.events.map((e) => e.id).sort()).toEqual(expected.map((e) => e.id).sort());
		expect(timeline.lanes.map((l) => l.id)).toEqual(['italy', 'turkey', 'us-nato', 'soviet', 'uk']);
		const byId = Object.fromEntries(timeline.events.map((e) => [e.id, e]));
		expect(byId['nato-ottawa-polaris-saceur']?.lane).toBe('us-nato');
		expect(byId['nassau-conference']?.lane).toBe('uk');
	});

	it('spreads a month-precision date over its whole month, never a false day', () => {
		const e = timeline.events.find((x) => x.id === 'last-jupiter-out-italy')!;
		expect(new Date(e.start).toISOString().slice(0, 10)).toBe('1963-04-01');
		expect(new Date(e.end).toISOString().slice(0, 10)).toBe('1963-04-30');
		expect(eventDate(e)).toBe('April 1963 (day not recorded)');
	});

	it('counts 30 Jupiters in Italy and 15 in Turkey from sites.csv, down to none', () => {
		const [italy, turkey] = timeline.counts;
		expect(italy).toMatchObject({ country: 'italy', total: 30 });
		expect(turkey).toMatchObject({ country: 'turkey', total: 15 });
		const day = ([t, n]: [number, number]) => [new Date(t).toISOString().slice(0, 10), n];
		// Full until dismantling starts, none once the last missile is gone.
		expect(italy!.points.map(day)).toEqual([
			['1962-10-01', 30],
			['1963-04-01', 30],
			['1963-04-30', 0],
			['1963-07-31', 0]
		]);
		expect(turkey!.points.map(day).slice(1, 3)).toEqual([
			['1963-04-15', 15],
			['1963-04-24', 0]
		]);
	});

	it('gives the key events their short labels and every cited source a title', () => {
		for (const id of Object.keys(timelineLabels))
			expect(timeline.events.find((e) => e.id === id)?.label, id).toBe(timelineLabels[id]);
		for (const e of timeline.events)
			for (const s of e.sourceIds) expect(timeline.sources[s]?.title, s).toBeTruthy();
	});
});

describe('timeline states', () => {
	it('every state labels only key events that are inside its domain', () => {
		for (const name of TIMELINE_STATES) {
			const s = timelineState(name, timeline);
			expect(s.domain[0]).toBeLessThan(s.domain[1]);
			for (const id of s.labelled) {
				const e = timeline.events.find((x) => x.id === id);
				expect(e?.label, `${name}: ${id}`).toBeTruthy();
				expect(e!.start, `${name}: ${id}`).toBeGreaterThanOrEqual(s.domain[0]);
				expect(e!.start, `${name}: ${id}`).toBeLessThanOrEqual(s.domain[1]);
			}
		}
	});

	it('labels in one lane stand at least a fifth of the width apart', () => {
		for (const name of TIMELINE_STATES) {
			const s = timelineState(name, timeline);
			const span = s.domain[1] - s.domain[0];
			const labelled = timeline.events.filter((e) => s.labelled.includes(e.id));
			for (const a of labelled)
				for (const b of labelled)
					if (a !== b && a.lane === b.lane && a.start < b.start)
						expect((b.start - a.start) / span, `${name}: ${a.id} / ${b.id}`).toBeGreaterThan(0.2);
		}
	});

	it('places events on the time scale of each state', () => {
		const scale = (name: (typeof TIMELINE_STATES)[number]) =>
			scaleLinear().domain(timelineState(name, timeline).domain).range([0, 100]);
		const at = (id: string) => timeline.events.find((e) => e.id === id)!.start;
		expect(scale('whole')(at('rfk-dobrynin-meeting'))).toBeCloseTo(8.6, 0);
		expect(scale('removal')(at('pot-pie-i-start-italy'))).toBeGreaterThan(20);
		expect(scale('removal')(at('rfk-dobrynin-meeting'))).toBeLessThan(0);
	});

	it('zooms to the winter, to each country and to April 1963', () => {
		expect(timelineState('whole', timeline).domain).toEqual(timeline.range);
		expect(timelineState('italy', timeline).focus).toBe('italy');
		expect(timelineState('turkey', timeline).focus).toBe('turkey');
		const removal = timelineState('removal', timeline).domain;
		expect(removal[0]).toBeLessThanOrEqual(startOf('1963-04-01'));
		expect(removal[1]).toBeGreaterThanOrEqual(startOf('1963-04-30'));
	});

	it('labels the axis of each state with the month starts d3 would pick', () => {
		for (const name of TIMELINE_STATES) {
			const domain = timelineState(name, timeline).domain;
			const d3Ticks = scaleUtc().domain(domain).ticks(4);
			expect(monthTicks(domain, 4), name).toEqual(d3Ticks);
		}
		expect(monthTicks(timeline.range, 4).map((d) => formatTick(d))).toEqual([
			'Oct',
			'Jan 1963',
			'Apr',
			'Jul'
		]);
	});
});
