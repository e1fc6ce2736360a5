import { chartEntries } from '$lib/charts/registry';
import { embedInfo, listedChart } from '$lib/embed/catalog.server';
import { embedUrls, SITE_URL } from '$lib/embed/site.server';
import { heightAt, iframeSnippet } from '$lib/embed/snippet';
import { localePath } from '$lib/i18n/locales';
import { storyIn } from '../../../../../content/story';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = chartEntries;

/**
 * oEmbed 1.0 "rich" response: what CMSs that speak oEmbed paste for the embed's URL. The
 * thumbnail's size is added by scripts/render-images.ts once it has drawn the PNG.
 */
export const GET: RequestHandler = ({ params }) => {
	const chart = listedChart(params.chart);
	const locale = params.lang ?? 'en';
	const { meta } = storyIn(locale);
	const { title, heights } = embedInfo(chart);
	const height = heightAt(heights, 660);
	const urls = embedUrls(chart, locale);
	const body = {
		version: '1.0',
		type: 'rich',
		title,
		author_name: meta.byline,
		provider_name: meta.headline,
		provider_url: `${SITE_URL}${localePath(locale, '/')}`,
		html: iframeSnippet(urls.page, title, heights),
		width: 660,
		height,
		thumbnail_url: urls.png
	};
	return new Response(JSON.stringify(body, null, '\t'), {
		headers: { 'content-type': 'application/json' }
	});
};
