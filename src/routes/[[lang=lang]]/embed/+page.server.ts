import { AVAILABLE_CHARTS } from '$lib/charts/available';
import { EMBEDS } from '$lib/embed/catalog';
import { PLACEHOLDER_SITE, PUBLISHED_SITE } from '$lib/embed/site.server';
import { stepsOf } from '$lib/embed/view';
import { steps } from '../../content/story';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	site: PUBLISHED_SITE,
	placeholder: PLACEHOLDER_SITE,
	embeds: AVAILABLE_CHARTS.map((chart) => ({
		chart,
		embed: EMBEDS[chart],
		stepIds: stepsOf(steps, chart).map((s) => s.id)
	}))
});
