import { m } from '$lib/i18n';
import { defineChart } from '../types';
import Table from './Table.svelte';
import Lifespans from './Lifespans.svelte';
import { LIFESPANS_STATES, lifespansState } from './state';

export const chart = defineChart({
	id: 'lifespans',
	title: m.chart_title_lifespans,
	states: LIFESPANS_STATES,
	state: lifespansState,
	component: Lifespans,
	table: Table,
	embed: {
		description: m.embed_description_lifespans,
		datasets: ['secret_holders.csv', 'events.csv'],
		// prettier-ignore
		heights: [
			[[240, 1116], [280, 998]],
			[[280, 980], [290, 960]],
			[[290, 993], [370, 894]],
			[[370, 895], [450, 833]],
			[[450, 859], [660, 819]],
			[[660, 779], [880, 758]],
			[[880, 757], [1180, 737]],
			[[1180, 718], [1400, 718]]
		]
	}
});
