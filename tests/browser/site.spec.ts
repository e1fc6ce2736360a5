import { axeViolations, expect, test } from './fixtures';

test('the front page shows the headline, standfirst, byline and a link to the data', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.locator('h1')).toHaveCount(1);
	await expect(page.locator('h1')).not.toBeEmpty();
	await expect(page.locator('.standfirst')).toContainText('Robert Kennedy');
	await expect(page.locator('.byline time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
	await page.getByRole('link', { name: /data behind this story/i }).click();
	await expect(page).toHaveURL(/\/data\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The data behind the story');
});

test('a link followed while the scripts load still leads to its page', async ({ page }) => {
	// The scripts and the next page are held, so the reader leaves while the page starts up
	// (the editors' page runs SvelteKit's client; the story has none to wait for).
	const hold = () => {
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		return { held, release };
	};
	const [scripts, next] = [hold(), hold()];
	await page.route(/_app\/immutable\/entry\/start\.[\w-]+\.js$/, async (route) => {
		await scripts.held;
		await route.continue();
	});
	await page.route(
		(url) => /^\/(graphics\/endgame\/)?$/.test(url.pathname),
		async (route) => {
			await next.held;
			await route.continue();
		}
	);
	await page.goto('/embed/');
	await page
		.getByRole('link', { name: /The missiles that went quietly/ })
		.click({ noWaitAfter: true });
	// Started now, SvelteKit would rewrite the history entry and cancel the navigation.
	scripts.release();
	await page.waitForResponse(/entry\/start\.[\w-]+\.js$/);
	next.release();
	await expect(page.locator('.standfirst')).toContainText('Robert Kennedy');
});

test('the data page lists every dataset with its row count and passes axe', async ({ page }) => {
	await page.goto('/data/');
	for (const name of ['sources', 'secret_holders', 'events', 'sites', 'patrols', 'weapons']) {
		const section = page.locator(`section:has(h2#ds-${name})`);
		await expect(section).toHaveCount(1);
		await expect(section.locator('.facts strong')).toHaveText(/^[1-9]\d*$/);
		await expect(section.getByRole('link', { name: `${name}.csv` })).toBeVisible();
		await expect(section.getByRole('link', { name: `${name}.json` })).toBeVisible();
	}
	await expect(page.locator('.citation')).toContainText('CC BY 4.0');
	expect(await axeViolations(page)).toEqual([]);
});

test('every download on the data page answers 200 with the right content type', async ({
	page,
	request
}) => {
	await page.goto('/data/');
	const links = await page
		.locator('a[download]')
		.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
	expect(links.length).toBeGreaterThanOrEqual(16);
	const expected: Record<string, RegExp> = {
		csv: /^text\/csv/,
		json: /^application\/json/,
		md: /^text\/markdown/
	};
	for (const href of links) {
		const response = await request.get(href);
		expect(response.status(), href).toBe(200);
		const ext = href.split('.').pop() ?? '';
		expect(response.headers()['content-type'], href).toMatch(expected[ext] ?? /^$/);
		const body = await response.text();
		expect(body.length, href).toBeGreaterThan(10);
		if (ext === 'json') expect(() => JSON.parse(body), href).not.toThrow();
		if (ext === 'csv') expect(body.charCodeAt(0), `${href} has no BOM`).not.toBe(0xfeff);
	}
});
