/**
 * The charts the piece draws, in the order pages list them: the one list. Chart ids, the step
 * table's types, the embed catalogue, the prerendered embed pages and the embeds' islands
 * (scripts/embed-islands.ts) all come from it. A new chart is its folder (with a chart.ts
 * exporting `chart`, see types.ts) and one line here.
 */
import { chart as lifespans } from './lifespans/chart';
import { chart as patrolMap } from './patrol-map/chart';
import { chart as timeline } from './timeline/chart';
import { BASE_LOCALE, LOCALES } from '$lib/i18n/locales';
import type { ChartDefinition } from './types';

const CHARTS = { lifespans, timeline, 'patrol-map': patrolMap };

export type ChartId = keyof typeof CHARTS;

/** Each chart's types, as its definition gives them. */
type Types = {
	[K in ChartId]: (typeof CHARTS)[K] extends ChartDefinition<
		K,
		infer Name,
		infer Data,
		infer State extends object
	>
		? { name: Name; data: Data; state: State }
		: never;
};
/** The state names a chart understands. */
export type StateName<K extends ChartId> = Types[K]['name'];
/** What a chart is drawn from, prepared at build time (see data.server.ts). */
export type DataOf<K extends ChartId> = Types[K]['data'];
/** What a chart shows at a step, before the step's emphasis is added. */
export type StateOf<K extends ChartId> = Types[K]['state'];
/** Every chart's data, keyed by chart. */
export type ChartData = { [K in ChartId]: DataOf<K> };
export type ChartOf<K extends ChartId> = ChartDefinition<K, StateName<K>, DataOf<K>, StateOf<K>>;
/** The charts a page carries: all of them for the story, its own for an embed's island. */
export type ChartModules = { [K in ChartId]?: ChartOf<K> };

/** Every chart by its id; each is filed under its own id, or this does not type-check. */
export const REGISTRY: { [K in ChartId]: ChartOf<K> } = CHARTS;

export const CHART_IDS: readonly ChartId[] = Object.values(REGISTRY).map((chart) => chart.id);

export const isChartId = (name: string): name is ChartId => Object.hasOwn(REGISTRY, name);

/**
 * One prerendered page (or file) per chart and edition, for routes with a
 * `[[lang=lang]]/…/[chart=chart]` folder: English at the root, the others under their code.
 */
export const chartEntries = () =>
	LOCALES.flatMap((lang) =>
		CHART_IDS.map((chart) => (lang === BASE_LOCALE ? { chart } : { lang, chart }))
	);
