import type { ChartModule } from '../types';
import Table from './Table.svelte';
import Lifespans from './Lifespans.svelte';
import { lifespansState, type LifespansStateName } from './state';

export const chart: ChartModule<'lifespans'> = {
	component: Lifespans,
	state: (name, data) => lifespansState(name as LifespansStateName, data),
	table: Table
};
