/**
 * What editors and hosts are told about each chart's embed, in the edition's language when
 * read. Keyed by every chart id, so a chart's embed appears as soon as it is added to
 * AVAILABLE_CHARTS.
 */
import { CHART_TITLES } from '$lib/charts/titles';
import { m } from '$lib/i18n';
import type { ChartId } from '$lib/scrolly/steps';
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
		get title() {
			return CHART_TITLES.lifespans;
		},
		get description() {
			return m.embed_description_lifespans();
		},
		datasets: ['secret_holders.csv', 'events.csv'],
		// prettier-ignore
		heights: [
			[[240, 1116], [280, 998]],
			[[280, 980], [290, 960]],
			[[290, 993], [370, 894]],
			[[370, 895], [450, 833]],
			[[450, 859], [660, 819]],
			[[660, 779], [880, 758]],
			[[880, 757], [1180, 737]],
			[[1180, 718], [1400, 718]]
		]
	},
	timeline: {
		get title() {
			return CHART_TITLES.timeline;
		},
		get description() {
			return m.embed_description_timeline();
		},
		datasets: ['events.csv', 'sites.csv'],
		// prettier-ignore
		heights: [
			[[240, 1259], [310, 1141]],
			[[310, 1135], [390, 1072]],
			[[390, 1063], [430, 1040]],
			[[430, 1038], [470, 1017]],
			[[470, 1014], [520, 993]],
			[[520, 1015], [660, 967]],
			[[660, 948], [740, 927]],
			[[740, 930], [920, 909]],
			[[920, 890], [1400, 890]]
		]
	},
	'patrol-map': {
		get title() {
			return CHART_TITLES['patrol-map'];
		},
		get description() {
			return m.embed_description_patrol_map();
		},
		datasets: ['sites.csv', 'places.csv', 'patrols.csv', 'weapons.csv'],
		// prettier-ignore
		heights: [
			[[240, 1105], [260, 1058]],
			[[260, 1025], [270, 1013]],
			[[270, 1035], [310, 995]],
			[[310, 1024], [360, 984]],
			[[360, 947], [390, 954]],
			[[390, 979], [520, 1010]],
			[[520, 982], [560, 997]],
			[[560, 1008], [660, 1071]],
			[[660, 1088], [960, 1293]],
			[[960, 1254], [1400, 1650]]
		]
	}
};

/** The credit line editors publish with a chart, in the edition's language. */
export const credit = (meta: { byline: string; headline: string }) =>
	m.embed_credit({ byline: meta.byline, headline: meta.headline });
