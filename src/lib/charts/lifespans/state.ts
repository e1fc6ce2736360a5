/**
 * The lifespans chart's states. A state is plain data, so the story, the embed and the
 * no-JS page all draw the same picture for the same step.
 */
import { disclosureStages } from '../../../content/marks';
import type { LifespansData } from './data';

export interface LifespansState {
	/** Years shown on the axis. */
	domain: [number, number];
	/** The moment the chart stands at: the men dead by then are dimmed. Past the domain: none. */
	at: number;
	/** Disclosure events drawn as vertical markers. */
	markers: string[];
	/** The marker that carries a full label. */
	current: string | null;
	/** Label each man with his age at `at` (or at death), not only his dates. */
	ages: boolean;
}

/** A stage of the disclosure: the chart standing at that event, its marker labelled. */
const STAGE_STATES = disclosureStages.map((id) => `stage:${id}` as const);

export const LIFESPANS_STATES = ['men', 'silence', 'left-1989', ...STAGE_STATES] as const;
export type LifespansStateName = (typeof LIFESPANS_STATES)[number];

const WHOLE: [number, number] = [1900, 2012];
const SECRET_YEARS: [number, number] = [1958, 1992];
const NEVER = 3000;

/** A state by its name; the step adds its emphasis (see ChartView). */
export function lifespansState(name: LifespansStateName, data: LifespansData): LifespansState {
	const all = data.disclosures.map((d) => d.id);
	if (name.startsWith('stage:')) {
		const id = name.slice('stage:'.length);
		const index = all.indexOf(id);
		const stage = data.disclosures[index];
		if (!stage) throw new Error(`No disclosure event "${id}" for lifespans state "${name}"`);
		return {
			domain: [1958, 2012],
			at: stage.year,
			markers: all.slice(0, index + 1),
			current: id,
			ages: true
		};
	}
	switch (name) {
		case 'men':
			return { domain: WHOLE, at: NEVER, markers: [], current: null, ages: false };
		case 'silence':
			return {
				domain: SECRET_YEARS,
				at: NEVER,
				markers: [],
				current: null,
				ages: false
			};
		case 'left-1989':
			return {
				domain: [1958, 2012],
				at: data.revealed.year,
				markers: all,
				current: all.at(-1) ?? null,
				ages: true
			};
	}
	throw new Error(`Unknown lifespans state "${name}"`);
}
