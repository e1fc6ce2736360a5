import { chartEntries } from '$lib/charts/available';
import { chartData } from '$lib/charts/data.server';
import { EMBEDS } from '$lib/embed/catalog';
import { islandFiles } from '$lib/embed/island.server';
import { embedUrls, SITE_URL } from '$lib/embed/site.server';
import { stepsOf } from '$lib/embed/view';
import { steps } from '../../../content/story';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = chartEntries;

export const load: PageServerLoad = ({ params: { chart } }) => ({
	chart,
	embed: EMBEDS[chart],
	steps: stepsOf(steps, chart),
	// This chart's data only: an embed sits in other sites' pages.
	charts: { [chart]: chartData()[chart] },
	storyUrl: `${SITE_URL}/`,
	urls: embedUrls(chart),
	island: islandFiles(chart)
});
