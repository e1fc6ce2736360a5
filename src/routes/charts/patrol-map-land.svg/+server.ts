import svgpath from 'svgpath';
import { MAP_HEIGHT, MAP_WIDTH } from '$lib/charts/patrol-map/data';
import { landPath } from '$lib/charts/patrol-map/geometry.server';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * The patrol map's coastline, projected at build time, for the map's <use> (see Land.svelte).
 * The browser fetches it as it parses the story, so it shares the wire with the first screen's
 * HTML and fonts. Written as relative moves, it fits in one round trip (check-budgets checks
 * it); svgpath carries each move's rounding into the next, so the coast does not drift.
 */
export const GET: RequestHandler = () =>
	new Response(
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}">` +
			`<path id="land" vector-effect="non-scaling-stroke" stroke-linejoin="round" d="${svgpath(landPath()).rel().round(1).toString()}"/></svg>\n`,
		{ headers: { 'content-type': 'image/svg+xml' } }
	);
