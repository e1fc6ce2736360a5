import { chartEntries } from '$lib/charts/registry';
import { dataOf } from '$lib/charts/data.server';
import { embedInfo, listedChart } from '$lib/embed/catalog.server';
import { islandFiles } from '$lib/embed/island.server';
import { embedUrls, SITE_URL } from '$lib/embed/site.server';
import { stepsOf } from '$lib/embed/view';
import { steps } from '../../../content/story';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = chartEntries;

export const load: PageServerLoad = ({ params }) => {
	const chart = listedChart(params.chart);
	return {
		chart,
		embed: embedInfo(chart),
		steps: stepsOf(steps, chart),
		// This chart's data only: an embed sits in other sites' pages.
		charts: { [chart]: dataOf(chart) },
		storyUrl: `${SITE_URL}/`,
		urls: embedUrls(chart),
		island: islandFiles(chart)
	};
};
