import { m, wordsFor } from '$lib/i18n';
import type { ChartId } from '$lib/scrolly/steps';

/**
 * Each chart's title: on the chart itself, and for its embed (page title, oEmbed, images), in
 * the edition's language when it is read.
 */
export const CHART_TITLES = wordsFor<ChartId>({
	lifespans: m.chart_title_lifespans,
	timeline: m.chart_title_timeline,
	'patrol-map': m.chart_title_patrol_map
});
