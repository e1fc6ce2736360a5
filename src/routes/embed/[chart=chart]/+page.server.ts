import { AVAILABLE_CHARTS } from '$lib/charts/available';
import { chartData } from '$lib/charts/data.server';
import { EMBEDS } from '$lib/embed/catalog';
import { embedUrls, SITE_URL } from '$lib/embed/site.server';
import type { ChartId } from '$lib/scrolly/steps';
import { stepsOf } from '$lib/embed/view';
import { steps } from '../../../content/story';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => AVAILABLE_CHARTS.map((chart) => ({ chart }));

export const load: PageServerLoad = ({ params }) => {
	const chart = params.chart as ChartId; // the `chart` matcher admits built charts only
	return {
		chart,
		embed: EMBEDS[chart],
		steps: stepsOf(steps, chart),
		charts: chartData(),
		storyUrl: `${SITE_URL}/`,
		urls: embedUrls(chart)
	};
};
