import type { Handle } from '@sveltejs/kit';

/**
 * The pages are whole without JavaScript, so their scripts can wait for the text and the
 * fonts: SvelteKit's module preloads go out at low priority instead of high, and a slow
 * phone network carries the words first.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replaceAll('rel="modulepreload">', 'rel="modulepreload" fetchpriority="low">')
	});
