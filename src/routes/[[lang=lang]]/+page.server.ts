import { chartData } from '$lib/charts/data.server';
import { loadData } from '$lib/data/load.server';
import { islandFiles } from '$lib/embed/island.server';
import { storyIn } from '../../content/story';
import { citedIds } from '$lib/scrolly/steps';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const locale = params.lang ?? 'en';
	const { meta, opening, sections, steps } = storyIn(locale);
	const data = loadData();
	// Sources in order of first citation in the story, numbered 1, 2, 3… as footnotes.
	const cited = citedIds([...opening, ...steps.map((s) => s.text)]);
	const byId = new Map(data.sources.map((s) => [s.id, s]));
	const missing = cited.filter((id) => !byId.has(id));
	if (missing.length) throw new Error(`The story cites unknown sources: ${missing.join(', ')}`);
	const charts = chartData(locale);
	return {
		story: { meta, opening, sections, steps },
		charts,
		sources: cited.map((id) => byId.get(id)!),
		island: islandFiles('story', locale)
	};
};
