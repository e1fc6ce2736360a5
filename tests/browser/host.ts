/**
 * Another site (HOST_URL, another origin) that embeds our charts the ways editors do: with
 * the code from our editors' page, with a Pym.js parent, or with @newswire/frames.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { HOST_URL } from '../../playwright.config';

export const HOSTS = ['snippet', 'pym', 'frames'] as const;
export type Host = (typeof HOSTS)[number];

/**
 * The embed code copied from our editors' page (`site` is the site's URL with its base), in a
 * tab of its own: closing it mid-preview must not count against the host page under test.
 */
export async function copiedCode(page: Page, site: string, chart: string, which: RegExp) {
	const editors = await page.context().newPage();
	try {
		await editors.goto(`${site}/embed/`);
		const code = editors
			.locator(`section:has(h2#${chart}-title)`)
			.getByRole('textbox', { name: which });
		// Once hydrated, the page gives code for the address it is served from.
		await expect(code).toHaveValue(new RegExp(`"${site}/embed/${chart}/"`));
		return await code.inputValue();
	} finally {
		await editors.close();
	}
}

/** Opens the host's article with this code in it (see tests/host/embed.html). */
export async function openHost(page: Page, code: string) {
	await page.goto(`${HOST_URL}/tests/host/embed.html?code=${encodeURIComponent(code)}`);
}

/** The id of the element the Pym.js code from our editors' page puts a chart in. */
export const pymId = (chart: string) => `endgame-${chart}`;

/** The code a host puts in its page for each way of embedding one chart of `site`. */
export async function hostCode(page: Page, host: Host, site: string, chart: string) {
	if (host === 'snippet') return copiedCode(page, site, chart, /^Embed code/);
	if (host === 'pym')
		return `<script src="${HOST_URL}/node_modules/pym.js/dist/pym.v1.min.js"></script>
${await copiedCode(page, site, chart, /Pym/)}`;
	return `${await copiedCode(page, site, chart, /frames/)}
<script type="module">
import { autoInitFrames } from '${HOST_URL}/node_modules/@newswire/frames/dist/frames.modern.js';
autoInitFrames();
</script>`;
}

/** How far the iframe's height is from the height of the embed's content, in px. */
export async function misfit(page: Page, frame: Locator): Promise<number> {
	try {
		const content = await frame
			.contentFrame()
			.locator('.embed')
			.evaluate((el) => el.getBoundingClientRect().height);
		const height = await frame.evaluate((f: HTMLIFrameElement) => f.clientHeight);
		return Math.abs(height - content);
	} catch (error) {
		// A frame sent to a new address (a preview's options, the page starting) has no document
		// to measure for a moment: no fit yet, so a poll asks again.
		if (String(error).includes('Execution context was destroyed')) return Infinity;
		throw error;
	}
}
