/**
 * The step table's logic. The active step is an id; which chart is shown, and in which
 * state, is a pure function of that id, so a missed or out-of-order scroll event can
 * never leave a wrong picture.
 */
export type ChartId = 'lifespans' | 'timeline' | 'patrol-map';

export interface Step {
	id: string;
	section: string;
	chart: ChartId;
	/** A state name the chart understands (see each chart's state.ts). */
	state: string;
	/** The step's text; [[source-id]] marks a citation. */
	text: string;
	/** What the chart shows at this step, for screen readers. */
	alt: string;
}

export interface View {
	chart: ChartId;
	state: string;
	alt: string;
	/** The step whose picture is shown (differs when the step's own chart is not built yet). */
	from: string;
}

/** The step with this id, or the nearest valid one: never undefined for a non-empty table. */
export function resolveStep<T extends Pick<Step, 'id'>>(
	steps: readonly T[],
	id: string | null | undefined
): T {
	const step = steps.find((s) => s.id === id) ?? steps[0];
	if (!step) throw new Error('The story has no steps');
	return step;
}

/**
 * The picture for a step. A step whose chart is not available shows the nearest step's
 * chart that is (earlier steps first), so the reader never sees an empty box.
 */
export function viewFor(
	steps: Step[],
	id: string | null | undefined,
	available: readonly ChartId[]
): View {
	const step = resolveStep(steps, id);
	const index = steps.indexOf(step);
	for (let distance = 0; distance < steps.length; distance++)
		for (const candidate of [steps[index - distance], steps[index + distance]])
			if (candidate && available.includes(candidate.chart))
				return {
					chart: candidate.chart,
					state: candidate.state,
					alt: candidate.alt,
					from: candidate.id
				};
	throw new Error(`No step uses an available chart (${available.join(', ')})`);
}

/**
 * What every other chart shows while this step's chart is on screen: the state of its own
 * last step before this one (or its first step, before the reader has reached it). Charts
 * kept mounted out of sight change only when the reader passes their steps, and come back
 * where the reader left them.
 */
export function otherViews(
	steps: Step[],
	id: string | null | undefined,
	available: readonly ChartId[]
): View[] {
	const shown = viewFor(steps, id, available);
	const index = steps.findIndex((s) => s.id === shown.from);
	return available.flatMap((chart) => {
		const own = steps.filter((s) => s.chart === chart);
		const step = own.findLast((s) => steps.indexOf(s) <= index) ?? own[0];
		if (chart === shown.chart || !step) return [];
		return [{ chart, state: step.state, alt: step.alt, from: step.id }];
	});
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
