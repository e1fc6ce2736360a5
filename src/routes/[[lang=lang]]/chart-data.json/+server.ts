import { json } from '@sveltejs/kit';
import { chartData } from '$lib/charts/data.server';
import { dateWords } from '$lib/format';
import type { FigureData } from '$lib/story/island';
import type { RequestHandler } from './$types';

export const prerender = true;

/** Every chart's data in one edition, for the story's figures that come to life (figure.ts). */
export const GET: RequestHandler = ({ params }) => {
	const locale = params.lang ?? 'en';
	const charts = chartData(locale);
	return json({ charts, dates: dateWords(charts, locale) } satisfies FigureData);
};
