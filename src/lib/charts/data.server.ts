/**
 * Every chart's prepared data, built from data/ at build time. The story, the embeds and
 * the static images all draw from this one function.
 */
import { disclosureStages, removalEvents, timelineLabels } from '../../content/story';
import { loadData } from '$lib/data/load.server';
import { prepareLifespans } from './lifespans/data';
import { prepareMap } from './patrol-map/geometry.server';
import { prepareTimeline } from './timeline/data';
import type { ChartData } from './types';

export function chartData(): ChartData {
	const data = loadData();
	return {
		lifespans: prepareLifespans(data.secret_holders, data.events, disclosureStages),
		timeline: prepareTimeline(data.events, data.sites, removalEvents, timelineLabels, data.sources),
		'patrol-map': prepareMap(data)
	};
}
