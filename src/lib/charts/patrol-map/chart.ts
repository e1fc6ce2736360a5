import type { ChartModule } from '../types';
import Table from './Table.svelte';
import PatrolMap from './PatrolMap.svelte';
import { mapState, type MapStateName } from './state';

export const chart: ChartModule<'patrol-map'> = {
	component: PatrolMap,
	state: (name, data) => mapState(name as MapStateName, data),
	table: Table
};
