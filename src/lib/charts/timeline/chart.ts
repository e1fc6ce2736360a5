import type { ChartModule } from '../types';
import Table from './Table.svelte';
import Timeline from './Timeline.svelte';
import { timelineState, type TimelineStateName } from './state';

export const chart: ChartModule<'timeline'> = {
	component: Timeline,
	state: (name, data) => timelineState(name as TimelineStateName, data),
	table: Table
};
