import { datasetSummaries, descriptor } from '$lib/data/catalog.server';
import { workbookName } from '$lib/data/workbook.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { title, version, description } = descriptor();
	return { title, version, description, datasets: datasetSummaries(), workbook: workbookName() };
};
