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
			[[240, 1105], [260, 1058]],
			[[260, 1025], [270, 1013]],
			[[270, 1035], [310, 995]],
			[[310, 1024], [360, 984]],
			[[360, 947], [390, 954]],
			[[390, 979], [520, 1010]],
			[[520, 982], [560, 997]],
			[[560, 1008], [660, 1071]],
			[[660, 1088], [960, 1293]],
			[[960, 1254], [1400, 1650]]
		]
	}
});
