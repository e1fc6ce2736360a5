import { AVAILABLE_CHARTS } from '$lib/charts/available';
import { EMBEDS } from '$lib/embed/catalog';
import { SITE_URL } from '$lib/embed/site.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	site: SITE_URL,
	embeds: AVAILABLE_CHARTS.map((chart) => ({ chart, embed: EMBEDS[chart] }))
});
