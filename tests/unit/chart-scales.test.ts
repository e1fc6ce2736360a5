import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { dataOf } from '../../src/lib/charts/data.server';
import Lifespans from '../../src/lib/charts/lifespans/Lifespans.svelte';
import { lifespansState } from '../../src/lib/charts/lifespans/state';
import Timeline from '../../src/lib/charts/timeline/Timeline.svelte';
import { timelineState } from '../../src/lib/charts/timeline/state';

/** Every x a drawing places: left offsets (per cent), SVG line ends, rects and polyline points. */
function xs(html: string): number[] {
	const found = [
		...[...html.matchAll(/left:\s*(-?[\d.e-]+)%/g)].map((m) => m[1]),
		...[...html.matchAll(/\b(?:x1|x2|x)="(-?[\d.e-]+)"/g)].map((m) => m[1]),
		...[...html.matchAll(/points="([^"]*)"/g)].flatMap((m) =>
			m[1]!
				.trim()
				.split(/\s+/)
				.map((pt) => pt.split(',')[0])
		)
	];
	return found.map(Number);
}

describe('chart scales', () => {
	it('stand the timeline’s marks and counts begun before a zoomed domain at its left edge', () => {
		const data = dataOf('timeline', 'en');
		const state = timelineState('removal', data);
		// Events and counts that start before April 1963 are drawn in this state.
		expect(data.events.some((e) => e.start < state.domain[0] && e.end >= state.domain[0])).toBe(
			true
		);
		const { body } = render(Timeline, {
			props: { data, chartState: { ...state, emphasis: [] }, title: 'Timeline' }
		});
		const placed = xs(body);
		expect(placed.length).toBeGreaterThan(20);
		expect(placed.filter((x) => !(x >= 0 && x <= 100))).toEqual([]);
		expect(placed).toContain(0);
	});

	it('stand the lives begun before the lifespans’ domain at its left edge', () => {
		const data = dataOf('lifespans', 'en');
		const state = lifespansState('silence', data);
		expect(data.lives.some((l) => l.bornYear < state.domain[0])).toBe(true);
		const { body } = render(Lifespans, {
			props: { data, chartState: { ...state, emphasis: [] }, title: 'Lifespans' }
		});
		const lines = [...body.matchAll(/<line class="span[^"]*"[^>]*x1="(-?[\d.e-]+)"/g)].map((m) =>
			Number(m[1])
		);
		expect(lines).toHaveLength(data.lives.length);
		expect(lines.filter((x) => !(x >= 0 && x <= 100))).toEqual([]);
		expect(lines).toContain(0);
	});
});
