import { describe, expect, it } from 'vitest';
import { nearest } from '../../src/lib/charts/shared/nearest';

const size = { width: 200, height: 100 };

describe('the nearest mark', () => {
	// Points in per cent of a 200 × 100 px plot.
	const points = [
		{ id: 'a', x: 10, y: 50 },
		{ id: 'b', x: 30, y: 50 },
		{ id: 'c', x: 90, y: 10 }
	];
	const place = (p: (typeof points)[number]) => ({ x: p.x, y: p.y });

	it('is the closest point within the radius, in px', () => {
		// The pointer at 45 px: 25 px from a (20 px) and 15 px from b (60 px).
		expect(nearest(points, place, { x: 45, y: 50 }, size, 32)?.id).toBe('b');
		expect(nearest(points, place, { x: 30, y: 50 }, size, 32)?.id).toBe('a');
	});

	it('is none when every mark is out of reach', () => {
		expect(nearest(points, place, { x: 120, y: 90 }, size, 32)).toBeUndefined();
		// 32 px away exactly is out of reach.
		expect(nearest(points, place, { x: 180, y: 42 }, size, 32)).toBeUndefined();
	});

	it('measures a span from its nearer end, and is 0 inside it', () => {
		const spans = [
			{ id: 'long', x: [0, 40] as const, y: 50 },
			{ id: 'dot', x: 45, y: 50 }
		];
		// The span ends at 80 px, the dot is at 90 px.
		const at = (s: (typeof spans)[number]) => ({ x: s.x, y: s.y });
		expect(nearest(spans, at, { x: 40, y: 50 }, size, 32)?.id).toBe('long');
		expect(nearest(spans, at, { x: 86, y: 50 }, size, 32)?.id).toBe('dot');
	});

	it('keeps to the row under the pointer when reach is along x only', () => {
		const rows = [
			{ id: 'far, same row', x: 0, row: [0, 50] as const },
			{ id: 'near, next row', x: 50, row: [50, 100] as const }
		];
		const at = (r: (typeof rows)[number]) => ({ x: r.x, y: r.row });
		const reach = { x: Infinity, y: 0 };
		expect(nearest(rows, at, { x: 100, y: 45 }, size, reach)?.id).toBe('far, same row');
		expect(nearest(rows, at, { x: 0, y: 55 }, size, reach)?.id).toBe('near, next row');
	});

	it('of marks as near, is the first', () => {
		const twins = [
			{ id: 'first', x: 50, y: 50 },
			{ id: 'second', x: 50, y: 50 }
		];
		expect(nearest(twins, place, { x: 100, y: 50 }, size, 32)?.id).toBe('first');
	});
});
