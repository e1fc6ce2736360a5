import { CHART_IDS } from '$lib/charts/registry';
import { embedInfo } from '$lib/embed/catalog.server';
import { PLACEHOLDER_SITE, PUBLISHED_SITE } from '$lib/embed/site.server';
import { imageName, stepsOf } from '$lib/embed/view';
import { storyIn } from '../../../content/story';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => ({
	meta: storyIn(params.lang ?? 'en').meta,
	site: PUBLISHED_SITE,
	placeholder: PLACEHOLDER_SITE,
	embeds: CHART_IDS.map((chart) => ({
		chart,
		embed: embedInfo(chart),
		stepIds: stepsOf(storyIn('en').steps, chart).map((s) => s.id),
		// Each step's image, by step id ('' for none): steps that draw the same share one.
		images: Object.fromEntries(
			[null, ...stepsOf(storyIn('en').steps, chart).map((s) => s.id)].map((step) => [
				step ?? '',
				imageName(storyIn('en').steps, chart, step)
			])
		)
	}))
});
