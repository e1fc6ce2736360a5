import { m, wordsFor } from '$lib/i18n';

/** Marker shapes, so a site's kind never depends on colour alone (drawn 14 px square). */
export const SYMBOLS = {
	launch_position: 'M0,-6L5.6,4.2H-5.6Z',
	air_base: 'M-4.6,-4.6H4.6V4.6H-4.6Z',
	submarine_base: 'M0,-6L6,0L0,6L-6,0Z',
	port: 'M-4.8,0A4.8,4.8 0 1,0 4.8,0A4.8,4.8 0 1,0 -4.8,0Z'
} as const;

/** A site's kind in words, in the edition's language when read. */
export const KIND_LABELS = wordsFor<keyof typeof SYMBOLS>({
	launch_position: m.map_kind_launch_position,
	air_base: m.map_kind_air_base,
	submarine_base: m.map_kind_submarine_base,
	port: m.map_kind_port
});

type Precision = 'exact' | 'approximate' | 'area' | 'illustrative';

/** What a location's precision means, for the details panel. */
export const PRECISION_LABELS = wordsFor<Precision>({
	exact: m.map_precision_exact,
	approximate: m.map_precision_approximate,
	area: m.map_precision_area,
	illustrative: m.map_precision_illustrative
});

/** The precision in a word, for the tables' Location column. */
export const PRECISION_CODES = wordsFor<Precision>({
	exact: m.map_precision_code_exact,
	approximate: m.map_precision_code_approximate,
	area: m.map_precision_code_area,
	illustrative: m.map_precision_code_illustrative
});
