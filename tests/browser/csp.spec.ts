/**
 * Every built page carries a Content-Security-Policy that allows only its own scripts (by
 * origin and by hash), and none forbids framing itself: embeds must work in other sites'
 * iframes, and hosts limit framing of the rest with a header (see README, "Response headers").
 * The fixtures fail a test on any CSP violation, which Chromium reports as a console error.
 */
import { findPages } from '../../scripts/page-weight';
import { expect, test } from './fixtures';

const routes = findPages('build').map((p) => p.route);

test(`every page has a CSP with hashed inline scripts only (${routes.length} pages)`, async ({
	request
}) => {
	for (const route of routes) {
		const html = await (await request.get(route.slice(1) || './')).text();
		const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
		expect(csp, `${route}: CSP meta tag`).toBeDefined();
		const directives = new Map(
			csp!.split(';').map((d) => {
				const [name = '', ...values] = d.trim().split(/\s+/);
				return [name, values] as const;
			})
		);
		const scripts = directives.get('script-src') ?? [];
		expect(scripts, route).toContain("'self'");
		expect(scripts, route).not.toContain("'unsafe-inline'");
		expect(scripts, route).not.toContain("'unsafe-eval'");
		const inline = html.match(/<script>/g)?.length ?? 0;
		expect(scripts.filter((s) => s.startsWith("'sha256-")).length, route).toBe(inline);
		expect(directives.get('default-src'), route).toEqual(["'self'"]);
		expect(directives.has('frame-ancestors'), `${route}: frame-ancestors`).toBe(false);
	}
});

test('every page works inside an iframe on another page', async ({ page }) => {
	test.slow(); // every page of every edition
	for (const route of routes) {
		await page.goto('./');
		// A host page of our own (other sites may frame only the embeds), once its own script has
		// started (it shows the reading options): a body replaced before that leaves it nothing.
		await expect(page.locator('.pending')).toHaveCount(0);
		await page.evaluate(
			(src) => {
				document.body.innerHTML = `<iframe title="embed" src="${src}" width="375" height="600"></iframe>`;
			},
			route.slice(1) || './'
		);
		const frame = page.frameLocator('iframe');
		await expect(frame.locator('h1, figure').first(), route).toBeVisible();
	}
});
