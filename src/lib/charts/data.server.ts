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

let prepared: ChartData | undefined;

/** Prepared once per build, then shared by every page that draws a chart. */
export function chartData(): ChartData {
	if (prepared) return prepared;
	const data = loadData();
	return (prepared = {
		lifespans: prepareLifespans(data.secret_holders, data.events, disclosureStages),
		timeline: prepareTimeline(data.events, data.sites, removalEvents, timelineLabels, data.sources),
		'patrol-map': prepareMap(data)
	});
}
