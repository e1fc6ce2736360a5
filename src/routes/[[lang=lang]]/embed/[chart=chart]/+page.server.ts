import { chartEntries } from '$lib/charts/available';
import { localePath } from '$lib/i18n/locales';
import { chartData } from '$lib/charts/data.server';
import { EMBEDS } from '$lib/embed/catalog';
import { islandFiles } from '$lib/embed/island.server';
import { embedUrls, SITE_URL } from '$lib/embed/site.server';
import { stepsOf } from '$lib/embed/view';
import { storyIn } from '../../../../content/story';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = chartEntries;

export const load: PageServerLoad = ({ params: { chart, lang } }) => {
	const locale = lang ?? 'en';
	const { meta, steps } = storyIn(locale);
	return {
		chart,
		embed: { ...EMBEDS[chart] },
		meta,
		steps: stepsOf(steps, chart),
		// This chart's data only: an embed sits in other sites' pages.
		charts: { [chart]: chartData(locale)[chart] },
		storyUrl: `${SITE_URL}${localePath(locale, '/')}`,
		urls: embedUrls(chart, locale),
		island: islandFiles(chart, locale)
	};
};
