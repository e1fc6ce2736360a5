import { AVAILABLE_CHARTS } from '$lib/charts/available';
import { viewFor, type ChartId, type View } from '$lib/scrolly/steps';
import { steps } from '../../content/story';

/** The story's steps that draw this chart: the only ones `step=` may pick for its embed. */
export const stepsOf = (chart: ChartId) => steps.filter((s) => s.chart === chart);

/**
 * The picture an embed shows: that story step's, if the step draws this chart; otherwise the
 * chart's first step (a step of another chart, or an unknown id, is ignored).
 */
export function embedView(chart: ChartId, step: string | null): View {
	return viewFor(stepsOf(chart), step, AVAILABLE_CHARTS);
}
