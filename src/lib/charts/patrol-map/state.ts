/**
 * The patrol map's states: what each story step frames and draws. A state is a pure
 * function of its name; the frames are lon/lat boxes that the build projects once
 * (geometry.server.ts), so the reader's browser never runs a projection.
 */
import type { PatrolMapData } from './data';

export const MAP_STATES = [
	'italy-sites',
	'turkey-sites',
	'jupiter-range',
	'polaris',
	'polaris-range',
	'first-patrol',
	'removal'
] as const;
export type MapStateName = (typeof MAP_STATES)[number];

/** [west, south, east, north] in degrees: the area each state must show. */
export type LonLatBox = [number, number, number, number];

// The frames showing the patrol position reach far enough south (28.5 N or less) for the words
// under it, at 320 px.
export const MAP_FRAMES: Record<MapStateName, LonLatBox> = {
	'italy-sites': [15.7, 40.2, 17.6, 41.3],
	'turkey-sites': [25.9, 37.7, 28.3, 39.1],
	'jupiter-range': [-6, 28.5, 50, 61],
	polaris: [-8, 30, 46, 57],
	'polaris-range': [-6, 28.5, 50, 61],
	'first-patrol': [-12, 27, 34, 57],
	removal: [6, 33, 46, 44]
};

/** Where each reference city's name goes, clear of its neighbours' at 320 px (default right). */
export const CITY_LABEL_SIDES: Record<string, 'left' | 'above'> = {
	kyiv: 'left',
	leningrad: 'left',
	volgograd: 'above'
};

/** States zoomed in far enough that the coastline is kept at full detail inside them. */
export const DETAILED_STATES: readonly MapStateName[] = ['italy-sites', 'turkey-sites'];

export interface MapState {
	/** The projected area shown: [x0, y0, x1, y1] in the map's own units. */
	box: [number, number, number, number];
	/** Range rings drawn, by weapon id. */
	rings: string[];
	/** Reference cities are labelled (when ranges are shown). */
	cities: boolean;
	patrol: boolean;
	route: boolean;
	/** The Jupiter sites are shown as dismantled. */
	removed: boolean;
	/** Site ids carrying a text label in this state (an area is named by its own label). */
	labelled: string[];
	/** The two countries' groups are named (Italy's below its sites, Turkey's above). */
	groups: boolean;
}

/** Whether a point (in map units) lies inside a state's box. */
export const inBox = ([x0, y0, x1, y1]: MapState['box'], p: { x: number; y: number }) =>
	p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1;

/** A state by its name; the step adds its emphasis (see ChartView). */
export function mapState(name: MapStateName, data: PatrolMapData): MapState {
	const box = data.boxes[name];
	const base = {
		box,
		rings: [],
		cities: false,
		patrol: false,
		route: false,
		removed: false,
		groups: true
	};
	switch (name) {
		case 'italy-sites':
			return {
				...base,
				groups: false,
				labelled: ['gioia-del-colle-air-base']
			};
		case 'turkey-sites':
			return { ...base, groups: false, labelled: ['cigli-air-base', 'izmir-port'] };
		case 'jupiter-range':
			return { ...base, rings: ['jupiter'], cities: true, labelled: [] };
		case 'polaris':
			return { ...base, patrol: true, labelled: ['holy-loch', 'rota'] };
		case 'polaris-range':
			return {
				...base,
				rings: ['jupiter', 'polaris-a2'],
				cities: true,
				patrol: true,
				labelled: []
			};
		case 'first-patrol':
			return {
				...base,
				patrol: true,
				route: true,
				groups: false,
				labelled: ['holy-loch', 'izmir-port']
			};
		case 'removal':
			return { ...base, patrol: true, removed: true, labelled: [] };
	}
	throw new Error(`Unknown map state "${name}"`);
}
