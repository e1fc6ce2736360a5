/**
 * Every state name each chart understands, so the step table can be checked before a build.
 * Lifespans states are defined by its own module; the timeline and map states are the
 * ones the story already asks for while those charts are being built.
 */
import type { ChartId } from '$lib/scrolly/steps';
import { LIFESPANS_STATES } from './lifespans/state';

export const CHART_STATES: Record<ChartId, readonly string[]> = {
	lifespans: LIFESPANS_STATES,
	timeline: ['whole', 'winter', 'italy', 'turkey', 'removal'],
	map: ['jupiter-sites', 'jupiter-range', 'polaris', 'removal', 'first-patrol']
};

/** Whether a chart knows a state; lifespans also takes `stage:<disclosure event id>`. */
export function isKnownState(chart: ChartId, state: string, stages: readonly string[]): boolean {
	if (chart === 'lifespans' && state.startsWith('stage:'))
		return stages.includes(state.slice('stage:'.length));
	return CHART_STATES[chart].includes(state);
}
