import { resolveStep, type ChartId, type Step, type View } from '$lib/scrolly/steps';

/** What an embed needs of a step: which picture it asks for, not its words. */
export type StepPicture = Pick<Step, 'id' | 'chart' | 'state' | 'alt'>;

/** The story's steps that draw this chart: the only ones `step=` may pick for its embed. */
export const stepsOf = (steps: readonly Step[], chart: ChartId): StepPicture[] =>
	steps
		.filter((s) => s.chart === chart)
		.map(({ id, chart, state, alt }) => ({ id, chart, state, alt }));

/**
 * The picture an embed shows: that story step's, if the step draws this chart; otherwise the
 * chart's first step (a step of another chart, or an unknown id, is ignored).
 */
export function embedView(
	steps: readonly StepPicture[],
	chart: ChartId,
	step: string | null
): View {
	const s = resolveStep(
		steps.filter((s) => s.chart === chart),
		step
	);
	return { chart: s.chart, state: s.state, alt: s.alt, from: s.id };
}
