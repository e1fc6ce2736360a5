/**
 * The step table's logic. The active step is an id; which chart is shown, and in which
 * state, is a pure function of that id, so a missed or out-of-order scroll event can
 * never leave a wrong picture.
 */
import type { ChartId, StateName } from '$lib/charts/registry';

export type { ChartId };

/** What a step of any one chart names: that chart, and one of its states. */
type Picture<K extends ChartId = ChartId> = { [C in K]: { chart: C; state: StateName<C> } }[K];

interface StepWords {
	id: string;
	section: string;
	/**
	 * The marks this step's text names (people, events, sites, by their data ids): drawn
	 * emphasised and labelled, and named in `alt`.
	 */
	emphasis?: readonly string[];
	/** The step's text; [[source-id]] marks a citation. */
	text: string;
	/** What the chart shows at this step, for screen readers. */
	alt: string;
}

/** A step: a chart and a state that chart understands (tsc rejects any other), and its words. */
export type Step = StepWords & Picture;

/** What an embed needs of a step: which picture it asks for, not its words. */
export type StepPicture = Picture & Pick<StepWords, 'id' | 'emphasis' | 'alt'>;

/** A step's picture: its chart, state and emphasis, and the words that describe it. */
export type View<K extends ChartId = ChartId> = Picture<K> & {
	emphasis: readonly string[];
	alt: string;
	/** The step whose picture this is. */
	from: string;
};

/** The step with this id, or the nearest valid one: never undefined for a non-empty table. */
export function resolveStep<T extends Pick<Step, 'id'>>(
	steps: readonly T[],
	id: string | null | undefined
): T {
	const step = steps.find((s) => s.id === id) ?? steps[0];
	if (!step) throw new Error('The story has no steps');
	return step;
}

/** The picture for a step: a pure function of the step's id. */
export function viewFor(steps: readonly StepPicture[], id: string | null | undefined): View {
	const { id: from, emphasis = [], ...picture } = resolveStep(steps, id);
	return { ...picture, emphasis, from };
}

/** Consecutive steps that show the very same picture: the story draws it once for them all. */
export interface Scene {
	view: View;
	steps: Step[];
}

/** Consecutive scenes of one chart: they share one sticky place on the page. */
export interface Run {
	chart: ChartId;
	scenes: Scene[];
	steps: Step[];
}

const samePicture = (a: Step, b: Step) =>
	a.chart === b.chart &&
	a.state === b.state &&
	(a.emphasis ?? []).join() === (b.emphasis ?? []).join();

/** The story's steps grouped into runs of one chart, each made of scenes of one picture. */
export function runsOf(steps: readonly Step[]): Run[] {
	const runs: Run[] = [];
	steps.forEach((step, i) => {
		const before = steps[i - 1];
		let run = runs.at(-1);
		if (!run || !before || before.chart !== step.chart)
			runs.push((run = { chart: step.chart, scenes: [], steps: [] }));
		let scene = run.scenes.at(-1);
		if (!scene || !before || !samePicture(before, step))
			run.scenes.push((scene = { view: viewFor(steps, step.id), steps: [] }));
		scene.steps.push(step);
		run.steps.push(step);
	});
	return runs;
}

/**
 * The scene each run shows while `active` is the reader's step: the active step's own in its
 * run; in a run above it, the run's last scene (as the reader left it); in a run below, the
 * first (as the reader will find it). A run scrolling in or out never changes its picture.
 * `order` is every step id in reading order; the runs may be the step table's or the page's
 * own figures (the story's script reads them from the HTML), so both agree by construction.
 */
export function shownScenes<S extends { steps: readonly Pick<Step, 'id'>[] }>(
	order: readonly string[],
	runs: readonly { scenes: readonly S[] }[],
	active: string
): S[] {
	// An unknown id is the first step, as resolveStep has it.
	const index = Math.max(0, order.indexOf(active));
	return runs.map(
		(run) =>
			run.scenes.findLast((scene) => order.indexOf(scene.steps[0]!.id) <= index) ?? run.scenes[0]!
	);
}

/** Splits step text into plain runs and groups of adjacent citations, for footnote marks. */
export function citations(text: string): ({ text: string } | { cites: string[] })[] {
	const parts: ({ text: string } | { cites: string[] })[] = [];
	text.split(/\[\[([a-z0-9-]+)\]\]/).forEach((part, i) => {
		const last = parts.at(-1);
		if (i % 2 === 0) {
			if (part !== '') parts.push({ text: part });
		} else if (last && 'cites' in last) last.cites.push(part);
		else parts.push({ cites: [part] });
	});
	return parts;
}

/** Source ids cited in these texts, once each, in order of first citation. */
export function citedIds(texts: string[]): string[] {
	return [
		...new Set(texts.flatMap((t) => citations(t).flatMap((p) => ('cites' in p ? p.cites : []))))
	];
}
