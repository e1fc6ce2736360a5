/**
 * Every state name each chart understands, so the step table can be checked before a build.
 * Built charts define their states in their own modules; the map's are the ones the
 * story already asks for while that chart is being built.
 */
import type { ChartId } from '$lib/scrolly/steps';
import { LIFESPANS_STATES } from './lifespans/state';
import { TIMELINE_STATES } from './timeline/state';

export const CHART_STATES: Record<ChartId, readonly string[]> = {
	lifespans: LIFESPANS_STATES,
	timeline: TIMELINE_STATES,
	'patrol-map': ['jupiter-sites', 'jupiter-range', 'polaris', 'removal', 'first-patrol']
};

/** Whether a chart knows a state; lifespans also takes `stage:<disclosure event id>`. */
export function isKnownState(chart: ChartId, state: string, stages: readonly string[]): boolean {
	if (chart === 'lifespans' && state.startsWith('stage:'))
		return stages.includes(state.slice('stage:'.length));
	return CHART_STATES[chart].includes(state);
}
