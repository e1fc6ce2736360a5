import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { deferBoot } from '$lib/defer-boot.server';

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
