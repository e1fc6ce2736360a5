/** Turns secret_holders.csv and the disclosure events into what the lifespans chart draws. */
import type { Event, SecretHolder } from '$lib/data/schemas';
import { decimalYear, yearsBetween } from '$lib/data/years';

export interface Life {
	id: string;
	name: string;
	role: string;
	born: string;
	died: string | null;
	row: number;
	bornYear: number;
	diedYear: number | null;
	ageAtDeath: number | null;
}

export interface Disclosure {
	id: string;
	date: string;
	year: number;
	title: string;
}

export interface LifespansData {
	lives: Life[];
	disclosures: Disclosure[];
	/** The Robert Kennedy–Dobrynin meeting: the secret starts here. */
	assurance: { date: string; year: number };
	/** The January 1989 Moscow conference: the deal fully acknowledged. */
	revealed: { date: string; year: number };
}

export const ASSURANCE_EVENT = 'rfk-dobrynin-meeting';
export const REVEALED_EVENT = 'moscow-conference-1989';

/** `stages`: the disclosure events drawn as markers, in order (chosen in the story's content). */
export function prepareLifespans(
	holders: SecretHolder[],
	events: Event[],
	stages: readonly string[]
): LifespansData {
	const byId = new Map(events.map((e) => [e.id, e]));
	const assurance = byId.get(ASSURANCE_EVENT);
	const revealed = byId.get(REVEALED_EVENT);
	if (!assurance || !revealed)
		throw new Error(`events.csv must contain ${ASSURANCE_EVENT} and ${REVEALED_EVENT}`);
	// Who died first is drawn at the top: the chart reads as a countdown of the secret-keepers.
	const sorted = [...holders].sort(
		(a, b) => (a.died ?? '9999').localeCompare(b.died ?? '9999') || a.born.localeCompare(b.born)
	);
	return {
		lives: sorted.map((h, row) => ({
			id: h.id,
			name: h.name,
			role: h.role_oct_1962,
			born: h.born,
			died: h.died,
			row,
			bornYear: decimalYear(h.born),
			diedYear: h.died ? decimalYear(h.died) : null,
			ageAtDeath: h.died ? yearsBetween(h.born, h.died) : null
		})),
		disclosures: stages
			.map((id) => {
				const e = byId.get(id);
				if (!e) throw new Error(`Disclosure stage "${id}" is not an id in events.csv`);
				return e;
			})
			.map((e) => ({
				id: e.id,
				date: e.date,
				year: decimalYear(e.date),
				title: e.title
			})),
		assurance: { date: assurance.date, year: decimalYear(assurance.date) },
		revealed: { date: revealed.date, year: decimalYear(revealed.date) }
	};
}

/** Whether a person was alive on a given fractional year. */
export const aliveAt = (life: Life, year: number) =>
	life.bornYear <= year && (life.diedYear === null || life.diedYear > year);
