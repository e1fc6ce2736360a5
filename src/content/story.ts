/**
 * The story's structure, the same in every edition: its sections and steps, and what each
 * step's chart shows. `chart` and `state` name the picture (see
 * src/lib/charts/<chart>/state.ts); `emphasis` the marks the step names, by their data ids.
 * The words are in one file per language (src/content/en.ts, it.ts, tr.ts), keyed by these
 * ids: a words file that misses one fails the type check, naming it.
 */
import type { Step } from '$lib/scrolly/steps';
import type { Locale } from '$lib/i18n/locales';
import en from './en';
import it from './it';
import tr from './tr';

export const published = '2026-11-24';

export const sectionIds = [
	'promise',
	'jupiters',
	'polaris',
	'diplomacy',
	'removal',
	'silence',
	'gaps'
] as const;

/** The key events that the timeline labels directly (ids in data/events.csv). */
export const timelineLabelIds = [
	'rfk-dobrynin-meeting',
	'nato-paris-ministerial',
	'mcnamara-sancar-paris',
	'palm-beach-rusk-finletter',
	'fanfani-washington-talks',
	'italy-exchange-of-notes',
	'turkey-exchange-of-notes',
	'polaris-saceur-patrols-begin',
	'sam-houston-izmir-visit',
	'last-jupiter-out-italy',
	'pot-pie-i-start-italy',
	'last-jupiter-down-turkey',
	'tyler-memo-keen-interest',
	'andreotti-graphic-step-backward',
	'kissinger-rome-report',
	'turkey-accepts-in-principle',
	'deptel-1250-no-deal-line',
	'congress-no-deal-testimony',
	'pot-pie-ii-start-turkey',
	'mcnamara-note-last-warhead'
] as const;

export const stepTable = [
	{
		id: 'the-offer',
		section: 'promise',
		chart: 'lifespans',
		state: 'men',
		emphasis: ['rfk', 'rusk']
	},
	{
		id: 'the-condition',
		section: 'promise',
		chart: 'lifespans',
		state: 'men',
		emphasis: ['jfk', 'rfk']
	},
	{ id: 'the-letter', section: 'promise', chart: 'lifespans', state: 'men', emphasis: ['rfk'] },
	{
		id: 'nine-men',
		section: 'promise',
		chart: 'lifespans',
		state: 'men',
		emphasis: ['ball', 'thompson']
	},
	{
		id: 'jupiters-where',
		section: 'jupiters',
		chart: 'patrol-map',
		state: 'italy-sites',
		emphasis: ['gioia-del-colle-air-base']
	},
	{
		id: 'jupiters-turkey',
		section: 'jupiters',
		chart: 'patrol-map',
		state: 'turkey-sites',
		emphasis: ['cigli-air-base']
	},
	{ id: 'jupiters-range', section: 'jupiters', chart: 'patrol-map', state: 'jupiter-range' },
	{
		id: 'polaris-idea',
		section: 'polaris',
		chart: 'patrol-map',
		state: 'polaris',
		emphasis: ['holy-loch']
	},
	{ id: 'polaris-range', section: 'polaris', chart: 'patrol-map', state: 'polaris-range' },
	{
		id: 'keen-interest',
		section: 'diplomacy',
		chart: 'timeline',
		state: 'whole',
		emphasis: ['tyler-memo-keen-interest']
	},
	{
		id: 'paris-sancar',
		section: 'diplomacy',
		chart: 'timeline',
		state: 'winter',
		emphasis: ['nato-paris-ministerial', 'mcnamara-sancar-paris']
	},
	{
		id: 'palm-beach',
		section: 'diplomacy',
		chart: 'timeline',
		state: 'winter',
		emphasis: ['palm-beach-rusk-finletter']
	},
	{
		id: 'italy-fanfani',
		section: 'diplomacy',
		chart: 'timeline',
		state: 'italy',
		emphasis: ['andreotti-graphic-step-backward', 'fanfani-washington-talks']
	},
	{
		id: 'italy-suspicion',
		section: 'diplomacy',
		chart: 'timeline',
		state: 'italy',
		emphasis: ['kissinger-rome-report', 'italy-exchange-of-notes']
	},
	{
		id: 'turkey-talks',
		section: 'diplomacy',
		chart: 'timeline',
		state: 'turkey',
		emphasis: ['turkey-accepts-in-principle', 'turkey-exchange-of-notes']
	},
	{
		id: 'denials',
		section: 'diplomacy',
		chart: 'timeline',
		state: 'winter',
		emphasis: ['deptel-1250-no-deal-line', 'congress-no-deal-testimony']
	},
	{
		id: 'first-patrol',
		section: 'removal',
		chart: 'patrol-map',
		state: 'first-patrol',
		emphasis: ['holy-loch', 'izmir-port']
	},
	{
		id: 'pot-pie',
		section: 'removal',
		chart: 'timeline',
		state: 'removal',
		emphasis: ['pot-pie-i-start-italy', 'pot-pie-ii-start-turkey']
	},
	{
		id: 'last-missile',
		section: 'removal',
		chart: 'timeline',
		state: 'removal',
		emphasis: ['last-jupiter-down-turkey', 'mcnamara-note-last-warhead']
	},
	{ id: 'sites-empty', section: 'removal', chart: 'patrol-map', state: 'removal' },
	{
		id: 'silence-begins',
		section: 'silence',
		chart: 'lifespans',
		state: 'silence',
		emphasis: ['jfk', 'rfk', 'thompson']
	},
	{
		id: 'thirteen-days',
		section: 'silence',
		chart: 'lifespans',
		state: 'stage:thirteen-days-mccalls',
		emphasis: ['rfk', 'sorensen']
	},
	{
		id: 'schlesinger',
		section: 'silence',
		chart: 'lifespans',
		state: 'stage:schlesinger-rfk-and-his-times'
	},
	{
		id: 'time-1982',
		section: 'silence',
		chart: 'lifespans',
		state: 'stage:time-1982-lessons-essay',
		emphasis: ['rusk', 'mcnamara', 'ball', 'gilpatric', 'sorensen', 'bundy']
	},
	{
		id: 'hawks-cay',
		section: 'silence',
		chart: 'lifespans',
		state: 'stage:hawks-cay-rusk-cordier',
		emphasis: ['bundy', 'rusk']
	},
	{
		id: 'danger-and-survival',
		section: 'silence',
		chart: 'lifespans',
		state: 'stage:bundy-danger-and-survival',
		emphasis: ['bundy']
	},
	{
		id: 'moscow-1989',
		section: 'silence',
		chart: 'lifespans',
		state: 'stage:moscow-conference-1989',
		emphasis: ['sorensen']
	},
	{
		id: 'who-was-left',
		section: 'silence',
		chart: 'lifespans',
		state: 'left-1989',
		emphasis: ['rusk', 'ball', 'gilpatric', 'mcnamara', 'bundy', 'sorensen']
	},
	{ id: 'still-hidden', section: 'gaps', chart: 'lifespans', state: 'left-1989' }
] as const satisfies readonly Omit<Step, 'text' | 'alt'>[];

export type SectionId = (typeof sectionIds)[number];
export type StepId = (typeof stepTable)[number]['id'];
export type TimelineLabelId = (typeof timelineLabelIds)[number];

/** One edition's words: every key is an id above. Citations are [[source-id]], as in English. */
export interface StoryWords {
	meta: { headline: string; standfirst: string; byline: string; description: string };
	opening: string[];
	sections: Record<SectionId, string>;
	timelineLabels: Record<TimelineLabelId, string>;
	steps: Record<StepId, { text: string; alt: string }>;
}

export const WORDS: Record<Locale, StoryWords> = { en, it, tr };

/** The story in one edition: its structure with that edition's words. */
export function storyIn(locale: Locale) {
	const words = WORDS[locale];
	return {
		meta: { ...words.meta, published },
		opening: words.opening,
		sections: sectionIds.map((id) => ({ id, title: words.sections[id] })),
		timelineLabels: words.timelineLabels as Record<string, string>,
		steps: stepTable.map((step): Step => ({ ...step, ...words.steps[step.id] }))
	};
}

/** The English edition, for what is the same in every language (ids, charts, citations). */
export const { meta, opening, sections, steps, timelineLabels } = storyIn('en');
