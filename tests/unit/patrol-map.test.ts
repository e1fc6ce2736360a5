import { geoDistance } from 'd3-geo';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadData } from '$lib/data/load.server';
import { MAP_HEIGHT, MAP_WIDTH } from '$lib/charts/patrol-map/data';
import {
	EARTH_RADIUS_KM,
	landPath,
	mapProjection,
	prepareMap,
	rangeRing,
	stateBox
} from '$lib/charts/patrol-map/geometry.server';
import { MAP_FRAMES, MAP_STATES, mapState } from '$lib/charts/patrol-map/state';

const map = prepareMap(loadData());

describe('the map projection', () => {
	const projection = mapProjection();
	it('puts a known city inside the frame, where it belongs', () => {
		// Rome (41.9 N, 12.5 E): south of Moscow, east of Holy Loch, west of İzmir.
		const [x, y] = projection([12.5, 41.9])!;
		const [mx, my] = projection([37.6, 55.8])!;
		const [hx] = projection([-4.9, 56])!;
		const [ix] = projection([27.1, 38.4])!;
		expect(x).toBeGreaterThan(0);
		expect(x).toBeLessThan(MAP_WIDTH);
		expect(y).toBeGreaterThan(0);
		expect(y).toBeLessThan(MAP_HEIGHT);
		expect(y).toBeGreaterThan(my);
		expect(x).toBeGreaterThan(hx);
		expect(x).toBeLessThan(ix);
		expect(x).toBeLessThan(mx);
	});
	it('fits each state’s area inside its box, at the map’s aspect ratio', () => {
		for (const state of MAP_STATES) {
			const [w, s, e, n] = MAP_FRAMES[state];
			const [x0, y0, x1, y1] = stateBox(projection, MAP_FRAMES[state]);
			expect((x1 - x0) / (y1 - y0)).toBeCloseTo(MAP_WIDTH / MAP_HEIGHT, 2);
			for (const corner of [
				[w, s],
				[e, n],
				[w, n],
				[e, s]
			] as [number, number][]) {
				const [x, y] = projection(corner)!;
				expect(x).toBeGreaterThanOrEqual(x0 - 0.1);
				expect(x).toBeLessThanOrEqual(x1 + 0.1);
				expect(y).toBeGreaterThanOrEqual(y0 - 0.1);
				expect(y).toBeLessThanOrEqual(y1 + 0.1);
			}
		}
	});
});

describe('range rings', () => {
	it('are every point the given distance from their centre', () => {
		const centre: [number, number] = [16.7, 40.8];
		const ring = rangeRing(centre, 2414);
		for (const point of ring.coordinates[0]!)
			expect(geoDistance(centre, point as [number, number]) * EARTH_RADIUS_KM).toBeCloseTo(2414, 0);
	});
	it('put Moscow within a Jupiter’s reach from İzmir, as the story says', () => {
		const moscow: [number, number] = [37.6173, 55.7558];
		const izmir: [number, number] = [27.129, 38.422];
		const km = geoDistance(izmir, moscow) * EARTH_RADIUS_KM;
		expect(km).toBeLessThan(2414);
		expect(km).toBeGreaterThan(1500);
	});
	it('are drawn from weapons.csv: one Jupiter ring per country and one Polaris ring', () => {
		expect(map.rings.map((r) => `${r.weapon}:${r.from}`)).toEqual([
			'jupiter:Italy',
			'jupiter:Turkey',
			'polaris-a2:mediterranean-patrol-position'
		]);
		expect(map.rings[0]!.rangeKm).toBe(2414);
		expect(map.rings[2]!.label).toBe('Polaris A2: about 2,800 km');
		for (const r of map.rings) expect(r.d).toMatch(/^M[\d.-]+,[\d.-]+/);
	});
});

describe('the map data', () => {
	it('draws every site once, spreading those that share an area', () => {
		expect(map.sites).toHaveLength(loadData().sites.length);
		const turkish = map.areas.find((a) => a.siteIds.includes('tr-lp1'));
		expect(turkish?.siteIds).toHaveLength(6);
		const offsets = new Set(
			map.sites.filter((s) => turkish?.siteIds.includes(s.id)).map((s) => s.offset.join())
		);
		expect(offsets.size).toBe(6);
		expect(turkish?.launchers).toBe(5);
		expect(map.sites.filter((s) => s.inArea).map((s) => s.id)).toEqual(turkish?.siteIds);
	});
	it('names each country’s group with its missile count from sites.csv', () => {
		expect(map.groups.map((g) => `${g.country}: ${g.missiles}`)).toEqual([
			'Italy: 30',
			'Turkey: 15'
		]);
	});
	it('ships a coastline under 40 KB gzipped', () => {
		expect(gzipSync(landPath(), { level: 9 }).length).toBeLessThan(40_000);
	});
	it('runs the schematic route from Holy Loch to İzmir', () => {
		expect(map.route.points[0]?.id).toBe('sam-houston-route-holy-loch');
		expect(map.route.points.at(-1)?.id).toBe('sam-houston-route-izmir');
	});
});

describe('map states', () => {
	it('are a pure function of the name', () => {
		for (const name of MAP_STATES) expect(mapState(name, map)).toEqual(mapState(name, map));
	});
	it('show rings only where the story talks about range', () => {
		expect(mapState('italy-sites', map).rings).toEqual([]);
		expect(mapState('jupiter-range', map).rings).toEqual(['jupiter']);
		expect(mapState('polaris-range', map).rings).toEqual(['jupiter', 'polaris-a2']);
		expect(mapState('removal', map).removed).toBe(true);
		expect(mapState('first-patrol', map).route).toBe(true);
	});
	it('zoom in on the Italian sites far enough to tell them apart', () => {
		const [x0, , x1] = mapState('italy-sites', map).box;
		expect(MAP_WIDTH / (x1 - x0)).toBeGreaterThan(10);
	});
});
