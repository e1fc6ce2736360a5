import { AVAILABLE_CHARTS } from '$lib/charts/available';
import { EMBEDS } from '$lib/embed/catalog';
import { PLACEHOLDER_SITE, PUBLISHED_SITE } from '$lib/embed/site.server';
import { stepsOf } from '$lib/embed/view';
import { storyIn } from '../../../content/story';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => ({
	meta: storyIn(params.lang ?? 'en').meta,
	site: PUBLISHED_SITE,
	placeholder: PLACEHOLDER_SITE,
	embeds: AVAILABLE_CHARTS.map((chart) => ({
		chart,
		embed: { ...EMBEDS[chart] },
		stepIds: stepsOf(storyIn('en').steps, chart).map((s) => s.id)
	}))
});
