/**
 * Every state name each chart understands, so the step table can be checked before a build.
 * Each chart defines its states in its own module.
 */
import type { ChartId } from '$lib/scrolly/steps';
import { LIFESPANS_STATES } from './lifespans/state';
import { MAP_STATES } from './patrol-map/state';
import { TIMELINE_STATES } from './timeline/state';

export const CHART_STATES: Record<ChartId, readonly string[]> = {
	lifespans: LIFESPANS_STATES,
	timeline: TIMELINE_STATES,
	'patrol-map': MAP_STATES
};

/** Whether a chart knows a state; lifespans also takes `stage:<disclosure event id>`. */
export function isKnownState(chart: ChartId, state: string, stages: readonly string[]): boolean {
	if (chart === 'lifespans' && state.startsWith('stage:'))
		return stages.includes(state.slice('stage:'.length));
	return CHART_STATES[chart].includes(state);
}
