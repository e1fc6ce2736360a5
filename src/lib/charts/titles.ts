import { m } from '$lib/i18n';
import type { ChartId } from '$lib/scrolly/steps';

/**
 * Each chart's title: on the chart itself, and for its embed (page title, oEmbed, images), in
 * the edition's language when it is read.
 */
export const CHART_TITLES: Readonly<Record<ChartId, string>> = {
	get lifespans() {
		return m.chart_title_lifespans();
	},
	get timeline() {
		return m.chart_title_timeline();
	},
	get 'patrol-map'() {
		return m.chart_title_patrol_map();
	}
};
