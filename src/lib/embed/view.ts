import { resolveStep, viewFor, type ChartId, type Step, type View } from '$lib/scrolly/steps';

/** What an embed needs of a step: which picture it asks for, not its words. */
export type StepPicture = Pick<Step, 'id' | 'chart' | 'state' | 'emphasis' | 'alt'>;

/** The story's steps that draw this chart: the only ones `step=` may pick for its embed. */
export const stepsOf = (steps: readonly Step[], chart: ChartId): StepPicture[] =>
	steps
		.filter((s) => s.chart === chart)
		.map(({ id, chart, state, emphasis, alt }) => ({ id, chart, state, emphasis, alt }));

/**
 * The picture an embed shows: that story step's, if the step draws this chart; otherwise the
 * chart's first step (a step of another chart, or an unknown id, is ignored).
 */
export function embedView(
	steps: readonly StepPicture[],
	chart: ChartId,
	step: string | null
): View {
	const own = steps.filter((s) => s.chart === chart);
	return viewFor(own, resolveStep(own, step).id);
}
