/**
 * Every chart's prepared data, built from data/ at build time, in each edition's words. The
 * story, the embeds and the static images all draw from this one function.
 */
import { storyIn, disclosureStages, removalEvents } from '../../content/story';
import { loadData } from '$lib/data/load.server';
import { inLanguage } from '$lib/data/translations';
import type { Locale } from '$lib/i18n';
import { prepareLifespans } from './lifespans/data';
import { prepareMap } from './patrol-map/geometry.server';
import { prepareTimeline } from './timeline/data';
import type { ChartData } from './types';

const prepared = new Map<Locale, ChartData>();

/** Prepared once per build and edition, then shared by every page that draws a chart. */
export function chartData(locale: Locale = 'en'): ChartData {
	const cached = prepared.get(locale);
	if (cached) return cached;
	const data = inLanguage(loadData(), locale);
	const { timelineLabels } = storyIn(locale);
	const charts: ChartData = {
		lifespans: prepareLifespans(data.secret_holders, data.events, disclosureStages),
		timeline: prepareTimeline(
			data.events,
			data.sites,
			removalEvents,
			timelineLabels,
			data.sources,
			locale
		),
		'patrol-map': prepareMap(data, locale)
	};
	prepared.set(locale, charts);
	return charts;
}
