import { MAP_HEIGHT, MAP_WIDTH } from '$lib/charts/patrol-map/data';
import { landPath } from '$lib/charts/patrol-map/geometry.server';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The patrol map's coastline, projected at build time, for the map's <use> (see Land.svelte). */
export const GET: RequestHandler = () =>
	new Response(
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}">` +
			`<path id="land" vector-effect="non-scaling-stroke" stroke-linejoin="round" d="${landPath()}"/></svg>\n`,
		{ headers: { 'content-type': 'image/svg+xml' } }
	);
