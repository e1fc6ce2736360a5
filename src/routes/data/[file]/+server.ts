import { error } from '@sveltejs/kit';
import { publishedFiles } from '$lib/data/catalog.server';
import { workbook, workbookName } from '$lib/data/workbook.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [
	...publishedFiles().map((f) => ({ file: f.name })),
	{ file: workbookName() }
];

export const GET: RequestHandler = async ({ params }) => {
	if (params.file === workbookName())
		return new Response(new Uint8Array(await workbook()), {
			headers: {
				'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
			}
		});
	const file = publishedFiles().find((f) => f.name === params.file);
	if (!file) error(404, 'No such file');
	return new Response(file.body, { headers: { 'content-type': file.type } });
};
