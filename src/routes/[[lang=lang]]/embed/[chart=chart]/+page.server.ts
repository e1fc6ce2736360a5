import { chartEntries } from '$lib/charts/registry';
import { dataOf } from '$lib/charts/data.server';
import { dateWords } from '$lib/format';
import { embedInfo, listedChart } from '$lib/embed/catalog.server';
import { islandFiles } from '$lib/embed/island.server';
import { embedUrls, SITE_URL } from '$lib/embed/site.server';
import { stepsOf } from '$lib/embed/view';
import { localePath } from '$lib/i18n/locales';
import { storyIn } from '../../../../content/story';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = chartEntries;

export const load: PageServerLoad = ({ params }) => {
	const chart = listedChart(params.chart);
	const locale = params.lang ?? 'en';
	const { meta, steps } = storyIn(locale);
	const charts = { [chart]: dataOf(chart, locale) };
	return {
		chart,
		embed: embedInfo(chart),
		meta,
		steps: stepsOf(steps, chart),
		// This chart's data only: an embed sits in other sites' pages.
		charts,
		dates: dateWords(charts, locale),
		storyUrl: `${SITE_URL}${localePath(locale, '/')}`,
		urls: embedUrls(chart, locale),
		island: islandFiles(chart, locale)
	};
};
