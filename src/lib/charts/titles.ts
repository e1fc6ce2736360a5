import type { ChartId } from '$lib/scrolly/steps';

/** Each chart's title: on the chart itself, and for its embed (page title, oEmbed, images). */
export const CHART_TITLES: Record<ChartId, string> = {
	lifespans: 'The men who knew, and how long they lived',
	timeline: 'How the deal was carried out',
	'patrol-map': 'From fixed sites to submarines at sea'
};
