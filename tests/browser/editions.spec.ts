/**
 * The Italian and Turkish editions beside the English: every page exists in each, says its
 * language and names the others, the language switcher keeps the reader's step, embeds take
 * their language from their address, and each edition passes axe.
 */
import { readFileSync } from 'node:fs';
import { listedCharts } from '../../scripts/listed-charts';
import { HTML_LANG, LANGUAGE_NAMES, LOCALES, localePath } from '../../src/lib/i18n/locales';
import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';

const italian = JSON.parse(readFileSync('messages/it.json', 'utf8')) as Record<string, string>;
const PAGES = [
	'/',
	'/data/',
	'/embed/',
	...listedCharts()
		.map(({ id: c }) => c)
		.map((c) => `/embed/${c}/`)
];
const ITALIAN_MONTH =
	/\b(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre) 19\d\d\b/;

for (const locale of LOCALES)
	test(`every page in ${LANGUAGE_NAMES[locale]} is prerendered, with its lang and hreflang alternates`, async ({
		page
	}) => {
		for (const path of PAGES) {
			const at = localePath(locale, path);
			const response = await page.goto(at.slice(1) || './');
			expect(response?.status(), at).toBe(200);
			await expect(page.locator('html'), at).toHaveAttribute('lang', HTML_LANG[locale]);
			const alternates = page.locator('link[rel="alternate"][hreflang]');
			const links = await alternates.evaluateAll((ls) =>
				ls.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname])
			);
			expect(links, at).toEqual([
				...LOCALES.map((l) => [HTML_LANG[l], localePath(l, path)]),
				['x-default', path]
			]);
		}
	});

test.describe('the language switcher', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('names each language in its own, and opens the same step in the other edition', async ({
		page
	}) => {
		await page.goto('./');
		const nav = page.getByRole('navigation', { name: 'Language' });
		await expect(nav.locator('[aria-current="page"]')).toHaveText(/English/);
		const toItalian = nav.getByRole('link', { name: 'Italiano' });
		await expect(toItalian).toHaveAttribute('lang', 'it');
		await expect(nav.getByRole('link', { name: 'Türkçe' })).toHaveAttribute('hreflang', 'tr');
		// Read on to a step, then switch from the keyboard.
		await page.locator('[data-step="pot-pie"]').scrollIntoViewIfNeeded();
		await expect(page.locator('[data-step="pot-pie"]')).toHaveClass(/\bactive\b/);
		await toItalian.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/it\/#pot-pie$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'it');
		await expect(page.locator('[data-step="pot-pie"]')).toBeInViewport();
		await expect(
			page.getByRole('navigation', { name: italian.language_switcher_label })
		).toBeVisible();
	});
});

/** Counts the Intl date formatters the page makes (a slow phone's long task, see learnDates). */
const countDateFormatters = () => {
	const made = { count: 0 };
	Object.assign(window, { dateFormatters: made });
	Intl.DateTimeFormat = new Proxy(Intl.DateTimeFormat, {
		apply: (target, self, args: []) => (made.count++, Reflect.apply(target, self, args)),
		construct: (target, args: []) => (made.count++, Reflect.construct(target, args))
	});
};
const dateFormatters = (page: Page) =>
	page.evaluate(
		() => (window as unknown as { dateFormatters: { count: number } }).dateFormatters.count
	);

test('an Italian embed speaks Italian, its dates written by the build, once its island is live too', async ({
	page
}) => {
	await page.addInitScript(countDateFormatters);
	await page.goto('it/embed/timeline/?step=pot-pie');
	const frame = page.locator('.chart-frame');
	await expect(frame.locator('.how summary')).toHaveText(italian.chart_how_to_read!);
	await expect(frame.locator('.data-table')).toContainText('aprile 1963');
	await page.mouse.move(20, 20);
	await expect(page.locator('#chart-island')).toHaveAttribute('data-live', '');
	await frame.getByRole('button', { name: italian.timeline_next }).click();
	await expect(frame.locator('[aria-live]')).toHaveText(ITALIAN_MONTH);
	expect(await dateFormatters(page)).toBe(0);
	await expect(page.locator('footer')).toContainText(italian.embed_read_story!);
	const oembed = await (await page.request.get('it/embed/timeline/oembed.json')).json();
	expect(oembed.title).toBe(await frame.locator('.title').innerText());
	expect(new URL(oembed.html.match(/src="([^"]+)"/)[1]).pathname).toBe('/it/embed/timeline/');
});

test('each chart of the Turkish story comes to life and dates a selection with no Intl formatter', async ({
	page
}) => {
	const turkish = JSON.parse(readFileSync('messages/tr.json', 'utf8')) as Record<string, string>;
	await page.addInitScript(countDateFormatters);
	// A name opens its man's details when it takes focus; a stepper moves when pressed.
	const reach = {
		'nine-men': (figure: Locator) => figure.locator('.plot button').first().focus(),
		'jupiters-where': async (figure: Locator) => {
			await figure.getByRole('button', { name: turkish.map_next }).focus();
			await page.keyboard.press('Enter');
		},
		'pot-pie': async (figure: Locator) => {
			await figure.getByRole('button', { name: turkish.timeline_next }).focus();
			await page.keyboard.press('Enter');
		}
	};
	for (const [step, act] of Object.entries(reach)) {
		await page.goto(`tr/#${step}`);
		const figure = page.locator('.figure.current');
		// Its controls take focus once its picture is shown.
		await expect(figure).toBeVisible();
		await act(figure);
		await expect(figure.locator('[aria-live]'), step).toHaveText(/\b19\d\d\b/);
		await expect(figure.locator('[data-figure]')).toHaveAttribute('data-live', '');
		expect(await dateFormatters(page), step).toBe(0);
	}
});

test("the Turkish editors' page offers the Turkish embed", async ({ page }) => {
	await page.goto('tr/embed/');
	const code = page.locator('textarea').first();
	await expect(code).toHaveValue(/\/tr\/embed\/lifespans\//);
	await expect(page.getByRole('link', { name: 'lifespans.png' })).toHaveAttribute(
		'href',
		/\/tr\/embed\/lifespans\/lifespans\.png$/
	);
});

/** The rows of translations.csv (one line each: no cell holds a line break). */
const TRANSLATION_ROWS =
	readFileSync('data/translations.csv', 'utf8').trim().split('\n').length - 1;

for (const locale of ['it', 'tr'] as const)
	test(`the ${LANGUAGE_NAMES[locale]} data page, story, editors' page and an embed pass axe`, async ({
		page
	}) => {
		test.slow(); // four pages' axe runs
		await page.goto(`${locale}/data/`);
		await expect(page.locator('section:has(h2#ds-translations) .facts strong')).toHaveText(
			String(TRANSLATION_ROWS)
		);
		await expect(page.locator('h2#ds-events')).not.toHaveText('Events');
		expect(await axeViolations(page), 'data').toEqual([]);
		await page.goto(`${locale}/#moscow-1989`);
		await expect(page.locator('[data-step="moscow-1989"]')).toHaveClass(/\bactive\b/);
		expect(
			await axeViolations(page, '.intro', '.figure.current', '[data-step="moscow-1989"]'),
			'story'
		).toEqual([]);
		await page.goto(`${locale}/embed/`);
		expect(
			await axeViolations(page, 'main > :not(.card)', '.card:first-of-type'),
			'editors'
		).toEqual([]);
		await page.goto(`${locale}/embed/patrol-map/`);
		expect(await axeViolations(page), 'embed').toEqual([]);
	});
