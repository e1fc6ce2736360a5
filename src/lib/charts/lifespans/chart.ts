import { defineChart } from '../types';
import Table from './Table.svelte';
import Lifespans from './Lifespans.svelte';
import { LIFESPANS_STATES, lifespansState } from './state';

export const chart = defineChart({
	id: 'lifespans',
	title: 'The men who knew, and how long they lived',
	states: LIFESPANS_STATES,
	state: lifespansState,
	component: Lifespans,
	table: Table,
	embed: {
		description:
			'The lives of the nine US officials who knew of the secret promise to remove the Jupiter missiles, and how long each kept it.',
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
