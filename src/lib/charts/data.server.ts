/**
 * Every chart's prepared data, built from data/ at build time. The story, the embeds and
 * the static images all draw from this one function. Keyed by every listed chart, so a chart
 * added to the registry without its preparation here does not type-check; preparing is kept
 * out of the charts' definitions because they go to the browser, and the map's is server-only.
 */
import { disclosureStages, removalEvents, timelineLabels } from '../../content/story';
import { loadData } from '$lib/data/load.server';
import { prepareLifespans } from './lifespans/data';
import { prepareMap } from './patrol-map/geometry.server';
import { CHART_IDS, type ChartData, type ChartId, type DataOf } from './registry';
import { prepareTimeline } from './timeline/data';

/** Runs `prepare` the first time its data is asked for, then gives the same data. */
function once<T>(prepare: () => T): () => T {
	let data: T | undefined;
	return () => (data ??= prepare());
}

const PREPARED: { [K in ChartId]: () => DataOf<K> } = {
	lifespans: once(() => {
		const data = loadData();
		return prepareLifespans(data.secret_holders, data.events, disclosureStages);
	}),
	timeline: once(() => {
		const data = loadData();
		return prepareTimeline(data.events, data.sites, removalEvents, timelineLabels, data.sources);
	}),
	'patrol-map': once(() => prepareMap(loadData()))
};

/** A chart's data, prepared once per build, then shared by every page that draws it. */
export const dataOf = <K extends ChartId>(chart: K): DataOf<K> => PREPARED[chart]();

/** Every chart's data, for the story. (TypeScript cannot follow each id to its own data
 * through a list, hence the one cast: each entry is `dataOf` of its own key.) */
export const chartData = () =>
	Object.fromEntries(CHART_IDS.map((chart) => [chart, dataOf(chart)])) as ChartData;
