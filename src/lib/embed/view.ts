import {
	resolveStep,
	viewFor,
	type ChartId,
	type Step,
	type StepPicture,
	type View
} from '$lib/scrolly/steps';

export type { StepPicture };

/** The story's steps that draw this chart: the only ones `step=` may pick for its embed. */
export const stepsOf = (steps: readonly Step[], chart: ChartId): StepPicture[] =>
	steps.filter((s) => s.chart === chart).map(({ text, section, ...picture }) => picture);

/**
 * The step an embed (and so its PNG and SVG) shows when its address asks for none: the one its
 * title describes. The map's title is the move from fixed sites to submarines at sea, which its
 * first step (the Italian sites alone) does not show. Other charts start at their first step.
 */
export const EMBED_DEFAULT_STEPS: Partial<Record<ChartId, string>> = {
	'patrol-map': 'polaris-idea'
};

/**
 * The picture an embed shows: that story step's, if the step draws this chart; otherwise the
 * chart's default step (a step of another chart, or an unknown id, is ignored).
 */
export function embedView(
	steps: readonly StepPicture[],
	chart: ChartId,
	step: string | null
): View {
	const own = steps.filter((s) => s.chart === chart);
	const s = resolveStep(own, own.some((s) => s.id === step) ? step : EMBED_DEFAULT_STEPS[chart]);
	return viewFor(own, s.id);
}
