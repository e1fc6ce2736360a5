import type { Handle, HandleServerError } from '@sveltejs/kit';
import { AsyncLocalStorage } from 'node:async_hooks';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { alternates } from '$lib/i18n/alternates.server';
import { HTML_LANG, localeOfPath } from '$lib/i18n/locales';
import { overwriteServerAsyncLocalStorage } from '$lib/paraglide/runtime';
import { deferBoot } from '$lib/defer-boot.server';
import { allowInMeta, allowScripts, carriedLooks } from '$lib/inline-script.server';
import { isChartImage } from '$lib/embed/images';

// Each request's edition, for the messages it renders: prerendering may have several pages
// under way at once, so the locale belongs to the request, not to the process.
const requests = new AsyncLocalStorage<{ locale?: ReturnType<typeof localeOfPath> }>();
overwriteServerAsyncLocalStorage(requests);

/**
 * Every page is in the edition its address names (/it/…, /tr/…, English at the root), and
 * says so in its `lang` (app.html's %lang%), and names its other editions (%alternates%).
 *
 * The pages are whole without JavaScript, so their scripts wait for the words: in the built
 * site, no script is fetched until the first frame is on screen (see deferBoot). An embed has
 * no SvelteKit scripts: its chart's island waits until the reader reaches for it (see
 * static/embed-wake.js). `vite dev` keeps SvelteKit's own start-up as it is: there the CSP is
 * a response header, to which only the look scripts' hashes are added.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const locale = localeOfPath(event.url.pathname, base);
	let looks: string[] = [];
	const response = await requests.run({ locale }, () =>
		resolve(event, {
			transformPageChunk: ({ html }) => {
				const page = html
					.replace('%lang%', HTML_LANG[locale])
					.replace('%alternates%', alternates(event.route, event.params));
				// The page's inline look script is allowed by its hash (inline-script.ts).
				looks = carriedLooks(page);
				return building ? deferBoot(allowInMeta(page, looks)) : page;
			}
		})
	);
	// `vite dev` sends the CSP as a header, not a meta tag.
	const csp = response.headers.get('content-security-policy');
	if (csp && looks.length)
		response.headers.set('content-security-policy', allowScripts(csp, looks));
	return response;
};

/**
 * SvelteKit's own logging, except for the chart images that the prerenderer meets before
 * render-images.ts has drawn them: those 404s are expected (svelte.config.js excuses them),
 * and a red line for each on every build would hide the errors that matter.
 */
export const handleError: HandleServerError = ({ error, event, status }) => {
	if (building && status === 404 && isChartImage(event.url.pathname)) return;
	console.error(`[${status}] ${event.request.method} ${event.url.pathname}`);
	if (status !== 404) console.error(error);
};
