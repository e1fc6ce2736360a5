import { datasetSummaries, descriptor } from '$lib/data/catalog.server';
import { dictionaryKey as key, dictionaryText as say } from '$lib/data/dictionary';
import { workbookName } from '$lib/data/workbook.server';
import { storyIn } from '../../../content/story';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const { version } = descriptor();
	// The dictionary in the page's language; the files themselves stay as published.
	const datasets = datasetSummaries().map((d) => ({
		...d,
		resource: {
			...d.resource,
			title: say(key.resource(d.resource.name, 'title')),
			description: say(key.resource(d.resource.name, 'description')),
			schema: {
				...d.resource.schema,
				fields: d.resource.schema.fields.map((f) => ({
					...f,
					description: say(key.field(d.resource.name, f.name))
				}))
			}
		}
	}));
	return {
		meta: storyIn(params.lang ?? 'en').meta,
		title: say(key.package('title')),
		version,
		description: say(key.package('description')),
		datasets,
		workbook: workbookName()
	};
};
