import { AVAILABLE_CHARTS } from '$lib/charts/available';
import { viewFor, type ChartId, type Step, type View } from '$lib/scrolly/steps';

/** The story's steps that draw this chart: the only ones `step=` may pick for its embed. */
export const stepsOf = (steps: readonly Step[], chart: ChartId) =>
	steps.filter((s) => s.chart === chart);

/**
 * The picture an embed shows: that story step's, if the step draws this chart; otherwise the
 * chart's first step (a step of another chart, or an unknown id, is ignored). The steps come
 * from the page's data, so the story's words are not shipped as code.
 */
export function embedView(steps: readonly Step[], chart: ChartId, step: string | null): View {
	return viewFor(stepsOf(steps, chart), step, AVAILABLE_CHARTS);
}
