import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { deferBoot } from '$lib/defer-boot.server';

/**
 * The pages are whole without JavaScript, so their scripts wait for the words: in the built
 * site, no script is fetched until the first frame is on screen, and an embed's not until the
 * reader reaches for its chart (see deferBoot). `vite dev` keeps SvelteKit's own start-up,
 * whose CSP hash is a response header we cannot rewrite.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			building
				? deferBoot(html, event.route.id === '/embed/[chart=chart]' ? 'on demand' : 'first frame')
				: html
	});
