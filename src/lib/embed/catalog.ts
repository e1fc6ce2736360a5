/**
 * What editors and hosts are told about each chart's embed. Keyed by every chart id, so a
 * chart's embed appears as soon as it is added to AVAILABLE_CHARTS.
 */
import { CHART_TITLES } from '$lib/charts/titles';
import type { ChartId } from '$lib/scrolly/steps';
import { meta } from '../../content/story';
import type { HeightLine } from './snippet';

export interface EmbedInfo {
	/** The chart's own title, as its ChartFrame shows it. */
	title: string;
	/** One sentence for link previews and the oEmbed file. */
	description: string;
	/** The CSV files (published at /data/) the chart is drawn from. */
	datasets: readonly string[];
	/** The embed code's starting height: the largest of these lines at the column's width
	 * covers the default view's content from 240 px wide up, so a page that drops the code's
	 * script still shows the whole chart. Measured by scripts/embed-heights.js. */
	heights: readonly HeightLine[];
}

export const EMBEDS: Record<ChartId, EmbedInfo> = {
	lifespans: {
		title: CHART_TITLES.lifespans,
		description:
			'The lives of the nine US officials who knew of the secret promise to remove the Jupiter missiles, and how long each kept it.',
		datasets: ['secret_holders.csv', 'events.csv'],
		// prettier-ignore
		heights: [
			[[240, 1189], [280, 1071]],
			[[280, 1043], [290, 1023]],
			[[290, 1048], [360, 970]],
			[[360, 962], [410, 920]],
			[[410, 924], [520, 860]],
			[[520, 867], [660, 819]],
			[[660, 807], [740, 786]],
			[[740, 790], [1180, 770]],
			[[1180, 750], [1400, 750]]
		]
	},
	timeline: {
		title: CHART_TITLES.timeline,
		description:
			'From the secret assurance of October 1962 to the last Jupiter missile coming down in Italy and Turkey in April 1963.',
		datasets: ['events.csv', 'sites.csv'],
		// prettier-ignore
		heights: [
			[[240, 1212], [310, 1115]],
			[[310, 1098], [330, 1077]],
			[[330, 1092], [430, 1027]],
			[[430, 1025], [520, 983]],
			[[520, 997], [740, 928]],
			[[740, 890], [1400, 890]]
		]
	},
	'patrol-map': {
		title: CHART_TITLES['patrol-map'],
		description:
			'The Jupiter launch positions in Italy and Turkey, their reach, and the Polaris submarines that took their place in the Mediterranean.',
		datasets: ['sites.csv', 'places.csv', 'patrols.csv', 'weapons.csv'],
		// prettier-ignore
		heights: [
			[[240, 1065], [260, 1017]],
			[[260, 1005], [270, 994]],
			[[270, 998], [300, 968]],
			[[300, 1009], [350, 969]],
			[[350, 949], [430, 956]],
			[[430, 980], [520, 999]],
			[[520, 981], [820, 1179]],
			[[820, 1164], [920, 1234]],
			[[920, 1218], [1400, 1650]]
		]
	}
};

/** The credit line editors publish with a chart. */
export const CREDIT = `Chart: ${meta.byline}, “${meta.headline}”`;
