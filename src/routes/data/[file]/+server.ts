import { error } from '@sveltejs/kit';
import { publishedFiles } from '$lib/data/catalog.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => publishedFiles().map((f) => ({ file: f.name }));

export const GET: RequestHandler = ({ params }) => {
	const file = publishedFiles().find((f) => f.name === params.file);
	if (!file) error(404, 'No such file');
	return new Response(file.body, { headers: { 'content-type': file.type } });
};
