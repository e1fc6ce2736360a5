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
import { inBox, MAP_FRAMES, MAP_STATES, mapState } from '$lib/charts/patrol-map/state';

const map = prepareMap(loadData());
/** The coastline as drawn, made once for the tests that read it. */
const land = landPath();

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
			'jupiter:italy',
			'jupiter:turkey',
			'polaris-a2:mediterranean-patrol-position'
		]);
		expect(map.rings[0]!.label).toBe('Jupiter: about 2,400 km');
		expect(map.rings[2]!.label).toBe('Polaris A2: about 2,800 km');
		for (const r of map.rings) expect(r.d).toMatch(/^M[\d.-]+,[\d.-]+/);
	});
});

describe('the map data', () => {
	it('draws every site known only by its area as an area of the radius sites.csv gives', () => {
		const data = loadData();
		expect(map.sites).toHaveLength(data.sites.length);
		// LP-10 (Matera) alone, and the five Turkish launch positions around İzmir.
		expect(map.areas.map((a) => `${a.id}: ${a.siteIds.length}`)).toEqual([
			'area-it-lp10-matera: 1',
			'area-tr-lp1: 5'
		]);
		for (const s of map.sites) {
			const row = data.sites.find((r) => r.id === s.id)!;
			if (row.location_precision !== 'area') expect(s.areaId, s.id).toBeNull();
			else expect(map.areas.find((a) => a.id === s.areaId)?.siteIds, s.id).toContain(s.id);
		}
		// The drawn radius is the radius in km at the map's scale there, not a marker's size.
		const projection = mapProjection();
		for (const area of map.areas) {
			const row = data.sites.find((r) => r.id === area.siteIds[0])!;
			const [, y0] = projection([row.lon, row.lat - 0.5])!;
			const [, y1] = projection([row.lon, row.lat + 0.5])!;
			const unitsPerKm = Math.abs(y1 - y0) / ((Math.PI / 180) * EARTH_RADIUS_KM);
			expect(area.r / (row.area_radius_km! * unitsPerKm), area.id).toBeCloseTo(1, 1);
			expect(area.d).toMatch(/^M[\d.-]+,[\d.-]+/);
			expect(area.hatch.match(/M/g)?.length, area.id).toBe(9);
		}
	});
	it('refuses an area whose sites disagree on its radius', () => {
		const data = loadData();
		const sites = data.sites.map((s) => (s.id === 'tr-lp2' ? { ...s, area_radius_km: 5 } : s));
		expect(() => prepareMap({ ...data, sites })).toThrow(/share a centre but not a radius/);
	});
	it('gives a site that becomes area-only an area, and takes its marker away', () => {
		const data = loadData();
		const sites = data.sites.map((s) =>
			s.id === 'it-lp01-gioia-del-colle'
				? { ...s, location_precision: 'area' as const, area_radius_km: 10 }
				: s
		);
		const changed = prepareMap({ ...data, sites });
		expect(changed.sites.find((s) => s.id === 'it-lp01-gioia-del-colle')?.areaId).toBe(
			'area-it-lp01-gioia-del-colle'
		);
		expect(changed.areas).toHaveLength(3);
	});
	it('names each country’s group with its missile count from sites.csv', () => {
		expect(map.groups.map((g) => `${g.country}: ${g.missiles}`)).toEqual([
			'italy: 30',
			'turkey: 15'
		]);
	});
	it('ships a coastline under 40 KB gzipped', () => {
		expect(gzipSync(land, { level: 9 }).length).toBeLessThan(40_000);
	});
	it('runs the schematic route from Holy Loch to İzmir', () => {
		expect(map.route.points[0]?.id).toBe('sam-houston-route-holy-loch');
		expect(map.route.points.at(-1)?.id).toBe('sam-houston-route-izmir');
	});
	it('keeps the schematic route off the drawn land, as its drawing points claim', () => {
		const polygons = withBoxes(rings(land));
		// Its two ends are harbours (Holy Loch, İzmir) too small for the drawn coastline: the
		// first and last map unit (about 5 km) may lie on it.
		const ends = [map.route.points[0]!, map.route.points.at(-1)!];
		const nearEnd = ([x, y]: [number, number]) =>
			ends.some((e) => Math.hypot(e.x - x, e.y - y) < 1);
		const landed = samples(map.route.d, 0.25).filter((p) => !nearEnd(p) && inside(polygons, p));
		expect(landed.map((p) => p.join())).toEqual([]);
	});
});

/** The rings of an SVG path as d3 writes it (M…L…Z), in map units. */
function rings(d: string): [number, number][][] {
	return d
		.split('M')
		.filter(Boolean)
		.map((ring) =>
			ring
				.replace('Z', '')
				.split('L')
				.map((xy) => xy.split(',').map(Number) as [number, number])
		);
}

/** Points every `step` map units along the lines of an SVG path. */
function samples(d: string, step: number): [number, number][] {
	return rings(d).flatMap((line) =>
		line.slice(1).flatMap(([x1, y1], i) => {
			const [x0, y0] = line[i]!;
			const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step));
			return Array.from({ length: n }, (_, k): [number, number] => [
				x0 + ((x1 - x0) * k) / n,
				y0 + ((y1 - y0) * k) / n
			]);
		})
	);
}

type Ring = { points: [number, number][]; top: number; bottom: number; right: number };

/** Each ring with the extent that decides whether a ray from a point can cross it. */
function withBoxes(rings: [number, number][][]): Ring[] {
	return rings.map((points) => ({
		points,
		top: Math.min(...points.map((p) => p[1])),
		bottom: Math.max(...points.map((p) => p[1])),
		right: Math.max(...points.map((p) => p[0]))
	}));
}

/**
 * Even-odd rule over all rings: inside land, outside its lakes. The ray runs right from the
 * point, so a ring above, below or left of it is never crossed and is not walked.
 */
function inside(polygons: Ring[], [x, y]: [number, number]): boolean {
	let crossings = 0;
	for (const { points: ring, top, bottom, right } of polygons) {
		if (y < top || y > bottom || x > right) continue;
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i]!;
			const [xj, yj] = ring[j]!;
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) crossings++;
		}
	}
	return crossings % 2 === 1;
}

describe('map states', () => {
	it('name only sites that are drawn, and only inside their view', () => {
		for (const name of MAP_STATES) {
			const state = mapState(name, map);
			for (const id of state.labelled) {
				const site = map.sites.find((s) => s.id === id);
				expect(site, `${name}: ${id}`).toBeDefined();
				expect(inBox(state.box, site!), `${name}: ${id}`).toBe(true);
			}
		}
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
