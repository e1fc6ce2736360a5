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

/** What makes two views the same drawing: the chart's state and the step's emphasis. */
const drawingOf = (view: View) => `${view.state}|${view.emphasis.join()}`;

/**
 * The file name, without its extension, of the PNG and SVG a chart's embed gives for this
 * step (null: none): `<chart>` for the embed's default drawing (what the oEmbed file names), and
 * otherwise `<chart>-<step>` after the first of the chart's steps that draws it, so steps that
 * draw the same share one file.
 */
export function imageName(steps: readonly StepPicture[], chart: ChartId, step: string | null) {
	const drawing = drawingOf(embedView(steps, chart, step));
	if (drawing === drawingOf(embedView(steps, chart, null))) return chart;
	const first = steps.find(
		(s) => s.chart === chart && drawingOf(embedView(steps, chart, s.id)) === drawing
	);
	return `${chart}-${first!.id}`;
}

/** Every distinct drawing a chart's embed can show, by its file name and a step that gives it. */
export function embedImages(
	steps: readonly StepPicture[],
	chart: ChartId
): { name: string; step: string | null }[] {
	const names = new Map<string, string | null>();
	for (const step of [null, ...steps.filter((s) => s.chart === chart).map((s) => s.id)])
		if (!names.has(imageName(steps, chart, step))) names.set(imageName(steps, chart, step), step);
	return [...names].map(([name, step]) => ({ name, step }));
}
