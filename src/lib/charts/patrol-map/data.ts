/**
 * What the patrol map draws, already projected at build time into the map's own units
 * (MAP_WIDTH × MAP_HEIGHT, y down). Types only: the browser receives plain numbers and
 * SVG path strings, never a topology or a projection.
 */
import type { CountryId, Place, Site } from '$lib/data/schemas';
import type { SourceLookup } from '../shared/sources';
import type { MapStateName } from './state';

export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = 900;

export type Precision = Place['location_precision'];

export interface MapSite {
	id: string;
	name: string;
	/** A short name for labels. */
	label: string;
	kind: Site['kind'];
	country: CountryId;
	x: number;
	y: number;
	precision: Precision;
	/** The area the site is drawn as, when only its area is known (see MapArea); it has no marker. */
	areaId: string | null;
	missiles: number | null;
	operationalFrom: string | null;
	dismantledFrom: string | null;
	/** Part of the Jupiter force (launch positions and their air bases). */
	jupiter: boolean;
	/** Used in 1963 (Rota is drawn to show it was not). */
	used1963: boolean;
	sourceIds: string[];
}

export interface MapPlace {
	id: string;
	name: string;
	/** A short name for labels. */
	label: string;
	x: number;
	y: number;
	precision: Precision;
	sourceIds: string[];
	notes: string | null;
}

export interface MapRing {
	weapon: string;
	/** Where the ring is centred: a country's launch positions or the patrol position. */
	from: string;
	label: string;
	d: string;
}

/**
 * Sites known only by their area (location_precision `area`), drawn as one hatched region
 * of the radius sites.csv gives, never as points: a site there has no marker of its own.
 */
export interface MapArea {
	id: string;
	/** Whose sites they are: the area takes the country's colour. */
	country: CountryId;
	/** The sites drawn as this area. */
	siteIds: string[];
	/** What the area label names: a site's short name when it is the only one. */
	label: string;
	/** Centre and radius in map units (the radius along the meridian). */
	x: number;
	y: number;
	r: number;
	/** The area's outline, a circle on the sphere projected, and its hatching. */
	d: string;
	hatch: string;
	/** How many of those sites are launch positions. */
	launchers: number;
}

/** A country's Jupiter launch positions as one group: its centre, where its name goes. */
export interface MapGroup {
	country: CountryId;
	x: number;
	y: number;
	missiles: number;
}

export interface MapPatrol {
	id: string;
	boat: string;
	hull: string;
	start: string | null;
	missiles: number | null;
	missile: string | null;
	portCalls: string[];
	notes: string | null;
	sourceIds: string[];
}

export interface PatrolMapData {
	sites: MapSite[];
	areas: MapArea[];
	groups: MapGroup[];
	cities: MapPlace[];
	patrolPosition: MapPlace;
	route: { d: string; points: MapPlace[] };
	rings: MapRing[];
	patrols: MapPatrol[];
	boxes: Record<MapStateName, [number, number, number, number]>;
	sources: SourceLookup;
	/** The coastline's address for Land's <use>: a file of its own that every map shares. */
	land: string;
}
