/**
 * Every chart's prepared data, built from data/ at build time, in each edition's words. The
 * story, the embeds and the static images all draw from this one function. Keyed by every
 * listed chart, so a chart added to the registry without its preparation here does not
 * type-check; preparing is kept out of the charts' definitions because they go to the browser,
 * and the map's is server-only.
 */
import { disclosureStages, removalEvents } from '../../content/marks';
import { storyIn } from '../../content/story';
import { loadData } from '$lib/data/load.server';
import { inLanguage } from '$lib/data/translations';
import type { Locale } from '$lib/i18n';
import { prepareLifespans } from './lifespans/data';
import { prepareMap } from './patrol-map/geometry.server';
import { CHART_IDS, type ChartData, type ChartId, type DataOf } from './registry';
import { prepareTimeline } from './timeline/data';

const PREPARE: { [K in ChartId]: (locale: Locale) => DataOf<K> } = {
	lifespans: (locale) => {
		const data = inLanguage(loadData(), locale);
		return prepareLifespans(data.secret_holders, data.events, disclosureStages);
	},
	timeline: (locale) => {
		const data = inLanguage(loadData(), locale);
		const { timelineLabels } = storyIn(locale);
		return prepareTimeline(
			data.events,
			data.sites,
			removalEvents,
			timelineLabels,
			data.sources,
			locale
		);
	},
	'patrol-map': (locale) => prepareMap(inLanguage(loadData(), locale), locale)
};

const prepared = new Map<string, unknown>();

/** A chart's data in an edition, prepared once per build, then shared by every page that
 * draws it. */
export function dataOf<K extends ChartId>(chart: K, locale: Locale): DataOf<K> {
	const key = `${locale}/${chart}`;
	if (!prepared.has(key)) prepared.set(key, PREPARE[chart](locale));
	return prepared.get(key) as DataOf<K>;
}

/** Every chart's data in an edition, for the story. (TypeScript cannot follow each id to its
 * own data through a list, hence the one cast: each entry is `dataOf` of its own key.) */
export const chartData = (locale: Locale) =>
	Object.fromEntries(CHART_IDS.map((chart) => [chart, dataOf(chart, locale)])) as ChartData;
