import { m } from '$lib/i18n';
import { defineChart } from '../types';
import Table from './Table.svelte';
import Timeline from './Timeline.svelte';
import { TIMELINE_STATES, timelineState } from './state';

export const chart = defineChart({
	id: 'timeline',
	title: m.chart_title_timeline,
	states: TIMELINE_STATES,
	state: timelineState,
	component: Timeline,
	table: Table,
	embed: {
		description: m.embed_description_timeline,
		datasets: ['events.csv', 'sites.csv'],
		// prettier-ignore
		heights: [
			[[240, 1259], [310, 1141]],
			[[310, 1135], [390, 1072]],
			[[390, 1063], [430, 1040]],
			[[430, 1038], [470, 1017]],
			[[470, 1014], [520, 993]],
			[[520, 1015], [660, 967]],
			[[660, 948], [740, 927]],
			[[740, 930], [920, 909]],
			[[920, 890], [1400, 890]]
		]
	}
});
