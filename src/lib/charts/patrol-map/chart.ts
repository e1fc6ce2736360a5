import { m } from '$lib/i18n';
import { defineChart } from '../types';
import Table from './Table.svelte';
import PatrolMap from './PatrolMap.svelte';
import { MAP_STATES, mapState } from './state';

export const chart = defineChart({
	id: 'patrol-map',
	title: m.chart_title_patrol_map,
	states: MAP_STATES,
	state: mapState,
	component: PatrolMap,
	table: Table,
	embed: {
		description: m.embed_description_patrol_map,
		datasets: ['sites.csv', 'places.csv', 'patrols.csv', 'weapons.csv'],
		// prettier-ignore
		heights: [
			[[240, 1166], [260, 1119]],
			[[260, 1092], [280, 1056]],
			[[280, 1050], [290, 1038]],
			[[290, 1058], [310, 1036]],
			[[310, 1068], [360, 1027]],
			[[360, 1020], [520, 1039]],
			[[520, 1005], [560, 1020]],
			[[560, 1031], [660, 1094]],
			[[660, 1097], [920, 1266]],
			[[920, 1241], [1400, 1673]]
		]
	}
});
