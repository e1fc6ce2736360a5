/**
 * The map's heavy work, done once at build time: project Natural Earth land (world-atlas),
 * keep full coastline detail only where the story zooms in, compute range rings with
 * d3-geo's geoCircle, and turn every site and place into map units. The page receives
 * only path strings and numbers.
 */
import { base } from '$app/paths';
import { group } from 'd3-array';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
	geoCircle,
	geoConicConformal,
	geoPath,
	type GeoProjection,
	type GeoPermissibleObjects
} from 'd3-geo';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { CountryId, Patrol, Place, Site, Source, Weapon } from '$lib/data/schemas';
import { formatKm } from '$lib/format';
import { m, type Locale } from '$lib/i18n';
import { sourceLookup } from '../shared/sources';
import {
	MAP_HEIGHT,
	MAP_WIDTH,
	type MapArea,
	type MapPlace,
	type MapRing,
	type MapSite,
	type PatrolMapData
} from './data';
import { DETAILED_STATES, MAP_FRAMES, MAP_STATES, type LonLatBox } from './state';

/** Mean radius of the Earth (IUGG), to turn a range in km into an angle on the sphere. */
export const EARTH_RADIUS_KM = 6371.0088;
/** Coastline points whose triangle is smaller than this (square degrees) are dropped… */
const SIMPLIFY_DEG2 = 0.01;
/** …except inside the zoomed-in frames, where only this much is dropped. */
const SIMPLIFY_DETAILED_DEG2 = 0.0001;
/** Hatching lines across an area's diameter: dense enough to read as a fill, not a point. */
const HATCH_LINES = 9;

/**
 * One conic conformal projection for every state, fitted so the widest frame fills the
 * map; zoomed states are boxes within it. Conformal keeps coastlines' shapes true.
 */
export function mapProjection(): GeoProjection {
	return geoConicConformal()
		.parallels([35, 55])
		.rotate([-20, 0])
		.fitExtent(
			[
				[0, 0],
				[MAP_WIDTH, MAP_HEIGHT]
			],
			lonLatOutline(MAP_FRAMES['jupiter-range'])
		);
}

/** Every state's box, projected. */
function stateBoxes(): PatrolMapData['boxes'] {
	const projection = mapProjection();
	return Object.fromEntries(
		MAP_STATES.map((s) => [s, stateBox(projection, MAP_FRAMES[s])])
	) as PatrolMapData['boxes'];
}

/** The same projection, cutting what no state shows: it is not shipped, not just hidden. */
function clippedProjection(): GeoProjection {
	const boxes = Object.values(stateBoxes());
	const margin = 40;
	return mapProjection().clipExtent([
		[Math.min(...boxes.map((b) => b[0])) - margin, Math.min(...boxes.map((b) => b[1])) - margin],
		[Math.max(...boxes.map((b) => b[2])) + margin, Math.max(...boxes.map((b) => b[3])) + margin]
	]);
}

/** A box's outline as points along its edges (a conic bends lines of latitude). */
function lonLatOutline([w, s, e, n]: LonLatBox): GeoPermissibleObjects {
	const coordinates: [number, number][] = [];
	for (let i = 0; i <= 20; i++) {
		const t = i / 20;
		coordinates.push(
			[w + (e - w) * t, s],
			[w + (e - w) * t, n],
			[w, s + (n - s) * t],
			[e, s + (n - s) * t]
		);
	}
	return { type: 'MultiPoint', coordinates };
}

/** The projected box a state shows, widened to the map's aspect ratio around its centre. */
export function stateBox(
	projection: GeoProjection,
	frame: LonLatBox
): [number, number, number, number] {
	const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(lonLatOutline(frame));
	const aspect = MAP_WIDTH / MAP_HEIGHT;
	const width = Math.max(x1 - x0, (y1 - y0) * aspect);
	const height = width / aspect;
	const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
	return [cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2].map(round) as [
		number,
		number,
		number,
		number
	];
}

/** A ring of the given range around a point, as a GeoJSON polygon on the sphere. */
export function rangeRing(center: [number, number], rangeKm: number) {
	return geoCircle()
		.center(center)
		.radius((rangeKm / EARTH_RADIUS_KM) * (180 / Math.PI))
		.precision(2)();
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * The coastline as one SVG path. It is served as its own file (see the land.svg route) and
 * drawn with <use>, so the page carries it once instead of in both the HTML and the
 * hydration data, and the story and embeds share one cached copy.
 */
export function landPath(): string {
	const projection = clippedProjection();
	const require = createRequire(import.meta.url);
	const topology = JSON.parse(
		readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8')
	) as Parameters<typeof presimplify>[0];
	const weighted = presimplify(topology);
	const detailed = DETAILED_STATES.map((s) => MAP_FRAMES[s]);
	for (const arc of weighted.arcs)
		for (const point of arc as number[][]) {
			const [lon, lat, weight] = point as [number, number, number];
			if (
				weight >= SIMPLIFY_DETAILED_DEG2 &&
				detailed.some(([w, s, e, n]) => lon >= w && lon <= e && lat >= s && lat <= n)
			)
				point[2] = Infinity;
		}
	const land = simplify(weighted, SIMPLIFY_DEG2);
	return geoPath(projection).digits(1)(feature(land, land.objects.land as never)) ?? '';
}

/** Rota is in the data to show it was not a 1963 base: it opened in 1964. */
const usedIn1963 = (site: Site) => site.operational_from === null || site.operational_from < '1964';

/** A site's name for a label: the part before any explanation. */
function label(site: Site, locale: Locale): string {
	const short = site.name.split(/ - | \(|, | "/)[0] ?? site.name;
	return usedIn1963(site) ? short : m.map_site_not_used_1963({ name: short }, { locale });
}

/**
 * Sites known only by their area, grouped by the centre they share (the five Turkish
 * positions have one; Matera's is its own). A group must agree on its radius.
 */
function areaGroups(sites: Site[]): [Site, Site[]][] {
	const byCentre = group(
		sites.filter((s) => s.location_precision === 'area'),
		(s) => `${s.lat},${s.lon}`
	);
	return [...byCentre.values()].map((g) => {
		const first = g[0]!;
		if (g.some((s) => s.area_radius_km !== first.area_radius_km))
			throw new Error(
				`sites.csv: ${g.map((s) => s.id).join(', ')} share a centre but not a radius`
			);
		return [first, g];
	});
}

/** Parallel lines at 45° across a circle, as one path: the area's hatching. */
function hatching(cx: number, cy: number, r: number): string {
	const step = (2 * r) / (HATCH_LINES + 1);
	const lines: string[] = [];
	for (let i = 1; i <= HATCH_LINES; i++) {
		const t = -r + i * step; // distance of the line from the centre
		const h = Math.sqrt(r * r - t * t); // half its length inside the circle
		const [nx, ny] = [t * Math.SQRT1_2, t * Math.SQRT1_2];
		const [ux, uy] = [h * Math.SQRT1_2, -h * Math.SQRT1_2];
		lines.push(
			`M${round(cx + nx - ux)},${round(cy + ny - uy)}L${round(cx + nx + ux)},${round(cy + ny + uy)}`
		);
	}
	return lines.join('');
}

export interface MapInputs {
	sites: Site[];
	places: Place[];
	patrols: Patrol[];
	weapons: Weapon[];
	sources: Source[];
}

/** `locale`: the edition whose words (labels, distances) the map is drawn with. */
export function prepareMap(
	{ sites, places, patrols, weapons, sources }: MapInputs,
	locale: Locale = 'en'
): PatrolMapData {
	const projection = clippedProjection();
	const at = (lon: number, lat: number): [number, number] => {
		const p = projection([lon, lat]);
		if (!p) throw new Error(`${lon},${lat} does not project`);
		return [round(p[0]), round(p[1])];
	};
	const siteById = new Map(sites.map((s) => [s.id, s]));
	const coords = (p: Place): [number, number] => {
		const site = p.site_id ? siteById.get(p.site_id) : undefined;
		const lon = site?.lon ?? p.lon;
		const lat = site?.lat ?? p.lat;
		if (lon === null || lat === null) throw new Error(`places.csv: ${p.id} has no coordinates`);
		return [lon, lat];
	};
	const place = (p: Place): MapPlace => {
		const [x, y] = at(...coords(p));
		return {
			id: p.id,
			name: p.name,
			// "Volgograd (Stalingrad until 1961)" is labelled Volgograd; the table keeps the whole name.
			label: p.name.split(' (')[0] ?? p.name,
			x,
			y,
			precision: p.location_precision,
			sourceIds: p.source_ids,
			notes: p.notes
		};
	};

	// Sites known only by their area are drawn as that area, one per shared centre.
	const areas = areaGroups(sites).map(([first, members]) => {
		const centre: [number, number] = [first.lon, first.lat];
		const [x, y] = at(...centre);
		const circle = rangeRing(centre, first.area_radius_km ?? 0);
		// The radius in map units, from the centre to the circle's northernmost point.
		const north = at(
			first.lon,
			first.lat + ((first.area_radius_km ?? 0) / EARTH_RADIUS_KM) * (180 / Math.PI)
		);
		const r = round(Math.hypot(north[0] - x, north[1] - y));
		const launchers = members.filter((t) => t.kind === 'launch_position').length;
		return {
			id: `area-${first.id}`,
			country: first.country,
			siteIds: members.map((t) => t.id),
			label:
				members.length === 1
					? label(first, locale)
					: m.map_area_launch_positions({ count: launchers }, { locale }),
			x,
			y,
			r,
			d: geoPath(projection).digits(1)(circle) ?? '',
			hatch: hatching(x, y, r),
			launchers
		} satisfies MapArea;
	});
	const areaOf = new Map(areas.flatMap((a) => a.siteIds.map((id) => [id, a.id])));
	const mapSites: MapSite[] = sites.map((s) => {
		const [x, y] = at(s.lon, s.lat);
		return {
			id: s.id,
			name: s.name,
			label: label(s, locale),
			kind: s.kind,
			country: s.country,
			x,
			y,
			precision: s.location_precision,
			areaId: areaOf.get(s.id) ?? null,
			missiles: s.missiles,
			operationalFrom: s.operational_from,
			dismantledFrom: s.dismantled_from,
			jupiter: s.kind === 'launch_position' || s.kind === 'air_base',
			used1963: usedIn1963(s),
			sourceIds: s.source_ids
		};
	});

	const weapon = (id: string) => {
		const w = weapons.find((x) => x.id === id);
		if (!w?.range_km) throw new Error(`weapons.csv: ${id} has no range`);
		return w as Weapon & { range_km: number };
	};
	const ring = (weaponId: string, from: string, center: [number, number]): MapRing => {
		const w = weapon(weaponId);
		const d = geoPath(projection).digits(1)(rangeRing(center, w.range_km)) ?? '';
		const km = Math.round(w.range_km / 100) * 100;
		return {
			weapon: w.id,
			from,
			label: m.map_ring_label({ weapon: w.name, distance: formatKm(km, locale) }, { locale }),
			d
		};
	};
	const launchers = (country: CountryId) =>
		sites.filter((s) => s.kind === 'launch_position' && s.country === country);
	/** The middle of a country's launch positions: its range ring's centre and its name's place. */
	const centroid = (country: CountryId): [number, number] => {
		const group = launchers(country);
		return [
			group.reduce((t, s) => t + s.lon, 0) / group.length,
			group.reduce((t, s) => t + s.lat, 0) / group.length
		];
	};
	const countries = ['italy', 'turkey'] as const;
	const position = places.find((p) => p.kind === 'patrol_position');
	if (!position) throw new Error('places.csv has no patrol_position');
	const routePlaces = places
		.filter((p) => p.kind !== 'reference_city' && p.patrol_id === position.patrol_id)
		.sort((a, b) => (a.route_order ?? 0) - (b.route_order ?? 0));
	const route = {
		d:
			geoPath(projection).digits(1)({
				type: 'LineString',
				coordinates: routePlaces.map(coords)
			}) ?? '',
		points: routePlaces.map(place)
	};

	const patrolsShown = patrols.map((p) => ({
		id: p.id,
		boat: p.boat,
		hull: p.hull_number,
		start: p.patrol_start,
		missiles: p.missile_count,
		missile: p.missile_id ? (weapons.find((w) => w.id === p.missile_id)?.name ?? null) : null,
		portCalls: p.port_calls,
		notes: p.notes,
		sourceIds: p.source_ids
	}));
	const cited = [
		...sites.flatMap((s) => s.source_ids),
		...places.flatMap((p) => p.source_ids),
		...patrols.flatMap((p) => p.source_ids)
	];

	return {
		sites: mapSites,
		areas,
		groups: countries.map((country) => {
			const [x, y] = at(...centroid(country));
			const missiles = launchers(country).reduce((t, s) => t + (s.missiles ?? 0), 0);
			return { country, x, y, missiles };
		}),
		cities: places.filter((p) => p.kind === 'reference_city').map(place),
		patrolPosition: place(position),
		route,
		rings: [
			...countries.map((country) => ring('jupiter', country, centroid(country))),
			ring('polaris-a2', position.id, coords(position))
		],
		patrols: patrolsShown,
		boxes: stateBoxes(),
		sources: sourceLookup(sources, cited),
		// Root-relative, so it is the same on every page (src/routes/charts/patrol-map-land.svg);
		// `base` is the configured path here: load functions run before SvelteKit makes it relative.
		land: `${base}/charts/patrol-map-land.svg#land`
	};
}
