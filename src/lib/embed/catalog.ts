/**
 * What editors and hosts are told about each chart's embed. Keyed by every chart id, so a
 * chart's embed appears as soon as it is added to AVAILABLE_CHARTS.
 */
import { CHART_TITLES } from '$lib/charts/titles';
import type { ChartId } from '$lib/scrolly/steps';
import { meta } from '../../content/story';

export interface EmbedInfo {
	/** The chart's own title, as its ChartFrame shows it. */
	title: string;
	/** One sentence for link previews and the oEmbed file. */
	description: string;
	/** The CSV files (published at /data/) the chart is drawn from. */
	datasets: readonly string[];
	/** Starting iframe height in px: about the chart's height at 660 px wide, so a host without
	 * JavaScript still shows the whole chart (and a scroll bar, not a cut, when narrower). */
	height: number;
}

export const EMBEDS: Record<ChartId, EmbedInfo> = {
	lifespans: {
		title: CHART_TITLES.lifespans,
		description:
			'The lives of the nine US officials who knew of the secret promise to remove the Jupiter missiles, and how long each kept it.',
		datasets: ['secret_holders.csv', 'events.csv'],
		height: 800
	},
	timeline: {
		title: CHART_TITLES.timeline,
		description:
			'From the secret assurance of October 1962 to the last Jupiter missile coming down in Italy and Turkey in April 1963.',
		datasets: ['events.csv', 'sites.csv'],
		height: 940
	},
	'patrol-map': {
		title: CHART_TITLES['patrol-map'],
		description:
			'The Jupiter launch positions in Italy and Turkey, their reach, and the Polaris submarines that took their place in the Mediterranean.',
		datasets: ['sites.csv', 'places.csv', 'patrols.csv', 'weapons.csv'],
		height: 700
	}
};

/** The credit line editors publish with a chart. */
export const CREDIT = `Chart: ${meta.byline}, “${meta.headline}”`;
