import { BASE_URL } from '../../playwright.config';
import { expect, test } from './fixtures';

test.use({ baseURL: BASE_URL });

/**
 * The second build, made with BASE_PATH=/graphics/endgame, is served only under that
 * sub-path: any link or asset that forgets the base path would 404 and fail the watcher.
 */
test('under a base path every page, link and asset resolves', async ({ page, request }) => {
	const toVisit = [`${BASE_URL}/`];
	const seen = new Set<string>();
	while (toVisit.length) {
		const url = toVisit.pop()!;
		if (seen.has(url)) continue;
		seen.add(url);
		const response = await page.goto(url);
		expect(response?.status(), url).toBe(200);
		const refs = await page
			.locator('a[href], link[href], script[src], img[src]')
			.evaluateAll((els) =>
				els.map((el) => (el as HTMLAnchorElement).href || (el as HTMLScriptElement).src)
			);
		for (const ref of refs) {
			const target = new URL(ref);
			if (target.origin !== new URL(BASE_URL).origin) continue; // licence links etc.
			target.hash = '';
			expect(target.pathname.startsWith('/graphics/endgame/'), ref).toBe(true);
			if (target.pathname.endsWith('/')) toVisit.push(target.href);
			else expect((await request.get(target.href)).status(), target.href).toBe(200);
		}
	}
	expect(seen.size).toBeGreaterThanOrEqual(2);
	// Client-side navigation also keeps the base path.
	await page.goto(`${BASE_URL}/`);
	await page.getByRole('link', { name: /data behind this story/i }).click();
	await expect(page).toHaveURL(`${BASE_URL}/data/`);
});
