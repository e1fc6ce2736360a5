/**
 * Holds a prerendered page's scripts back until its first frame is on screen.
 *
 * The pages are complete without JavaScript: the words and the charts are in the HTML. Left
 * alone, SvelteKit asks for every module in the <head>, so on a phone the scripts compete
 * with the page for the network, and a fast connection can run hydration before the first
 * paint. Here the module preloads leave the <head>, and SvelteKit's inline start-up script
 * waits two frames (the first one paints the page) before it preloads and imports them. An
 * off-screen iframe or a hidden tab draws no frames, so a timer starts the scripts anyway.
 *
 * A reader may follow a link before the scripts have started. SvelteKit's start-up rewrites
 * the history entry, which cancels a navigation under way, so where the browser reports
 * navigations (the Navigation API) the scripts are not started on a page being left.
 *
 * The start-up script is hashed in the page's Content-Security-Policy, so its hash is
 * replaced too. Any change in SvelteKit's markup fails the build here rather than shipping a
 * page whose scripts never run.
 */
import { createHash } from 'node:crypto';

const PRELOAD = /<link href="([^"]+\.js)" rel="modulepreload">\n?\s*/g;
const BOOT = /<script>(\s*\{\s*__sveltekit_[\s\S]*?)<\/script>/;
const IMPORTS = /\bPromise\.all\(\[([\s\S]*?)\]\)\.then\(\(\[kit, app\]\) => \{/;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export function deferBoot(html: string): string {
	const boot = html.match(BOOT)?.[1];
	// Pages without client-side code (csr = false: the embeds) have no start-up script to defer.
	if (boot === undefined) return html;
	const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1]!);
	if (!IMPORTS.test(boot) || preloads.length === 0)
		throw new Error("deferBoot: SvelteKit's start-up markup has changed; update the patterns");
	const deferred = boot.replace(
		IMPORTS,
		(_, imports: string) => `let leaving = false;
					window.navigation?.addEventListener('navigate', (e) => {
						if (!e.destination.sameDocument) leaving = true;
					});
					new Promise((go) => {
						requestAnimationFrame(() => requestAnimationFrame(go));
						setTimeout(go, 1000);
					}).then(() => {
						if (leaving) return new Promise(() => {});
						for (const href of ${JSON.stringify(preloads)})
							document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href }));
						return Promise.all([${imports}]);
					}).then(([kit, app]) => {
						if (leaving) return;`
	);
	const csp = html.replace(sha256(boot), sha256(deferred));
	if (csp === html) throw new Error('deferBoot: the start-up script has no hash in the CSP');
	return csp.replace(PRELOAD, '').replace(boot, () => deferred);
}
