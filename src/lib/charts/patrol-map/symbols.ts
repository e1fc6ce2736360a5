/** Marker shapes, so a site's kind never depends on colour alone (drawn 14 px square). */
export const SYMBOLS = {
	launch_position: 'M0,-6L5.6,4.2H-5.6Z',
	air_base: 'M-4.6,-4.6H4.6V4.6H-4.6Z',
	submarine_base: 'M0,-6L6,0L0,6L-6,0Z',
	port: 'M-4.8,0A4.8,4.8 0 1,0 4.8,0A4.8,4.8 0 1,0 -4.8,0Z'
} as const;

export const KIND_LABELS = {
	launch_position: 'Jupiter launch position',
	air_base: 'Jupiter air base',
	submarine_base: 'Polaris submarine base',
	port: 'Port call'
} as const;

export const PRECISION_LABELS = {
	exact: 'location known',
	approximate: 'location approximate: the named place the site was at or near',
	area: 'only the area is known',
	illustrative: 'illustrative: a point chosen for drawing, not a recorded position'
} as const;
