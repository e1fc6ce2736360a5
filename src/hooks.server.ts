import type { Handle, HandleServerError } from '@sveltejs/kit';
import { building } from '$app/environment';
import { deferBoot } from '$lib/defer-boot.server';
import { isChartImage } from '$lib/embed/images';

/**
 * The pages are whole without JavaScript, so their scripts wait for the words: in the built
 * site, no script is fetched until the first frame is on screen (see deferBoot). An embed has
 * no SvelteKit scripts: its chart's island waits until the reader reaches for it (see
 * static/embed-wake.js). `vite dev` keeps SvelteKit's own start-up, whose CSP hash is a
 * response header we cannot rewrite.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => (building ? deferBoot(html) : html)
	});

/**
 * SvelteKit's own logging, except for the chart images that the prerenderer meets before
 * render-images.js has drawn them: those 404s are expected (svelte.config.js excuses them),
 * and a red line for each on every build would hide the errors that matter.
 */
export const handleError: HandleServerError = ({ error, event, status }) => {
	if (building && status === 404 && isChartImage(event.url.pathname)) return;
	console.error(`[${status}] ${event.request.method} ${event.url.pathname}`);
	if (status !== 404) console.error(error);
};
