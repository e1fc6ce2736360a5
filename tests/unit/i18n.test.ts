import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareMap } from '../../src/lib/charts/patrol-map/geometry.server';
import { chartData } from '../../src/lib/charts/data.server';
import { eventDate } from '../../src/lib/charts/timeline/format';
import { loadData } from '../../src/lib/data/load.server';
import { TRANSLATION_LANGS } from '../../src/lib/data/schemas';
import { dictionaryKey } from '../../src/lib/data/dictionary';
import { formatKm } from '../../src/lib/format';
import { messageProblems, type Messages } from '../../src/lib/i18n/completeness';
import {
	BASE_LOCALE,
	englishPath,
	HTML_LANG,
	LOCALES,
	localeOfPath,
	localePath,
	switchPath
} from '../../src/lib/i18n/locales';
import { citations } from '../../src/lib/scrolly/steps';
import { WORDS } from '../../src/content/story';

const messages = (locale: string) =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Messages;
const en = messages('en');
const others = LOCALES.filter((l) => l !== BASE_LOCALE);

describe('the editions', () => {
	it('are the languages of the inlang project and of translations.csv', () => {
		const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8'));
		expect(settings.locales).toEqual([...LOCALES]);
		expect(settings.baseLocale).toBe(BASE_LOCALE);
		expect([...TRANSLATION_LANGS]).toEqual(others);
	});

	it('live at the root (English) and under their code, the same page in each', () => {
		expect(localePath('en', '/embed/timeline/')).toBe('/embed/timeline/');
		expect(localePath('it', '/embed/timeline/')).toBe('/it/embed/timeline/');
		expect(localeOfPath('/graphics/endgame/tr/data/', '/graphics/endgame')).toBe('tr');
		expect(localeOfPath('/graphics/endgame/', '/graphics/endgame')).toBe('en');
		expect(localeOfPath('/items/')).toBe('en');
		expect(switchPath('/it/embed/', 'tr')).toBe('/tr/embed/');
		expect(switchPath('/it/', 'en')).toBe('/');
		expect(switchPath('/data/', 'it')).toBe('/it/data/');
		expect(HTML_LANG.en).toBe('en-GB');
		expect(englishPath('/[[lang=lang]]/embed/[chart=chart]', { lang: 'it', chart: 'map' })).toBe(
			'/embed/map/'
		);
		expect(englishPath('/[[lang=lang]]', {})).toBe('/');
	});
});

describe('the interface’s messages', () => {
	for (const locale of others)
		it(`in ${locale} have every English key and no other, with the same placeholders`, () => {
			expect(messageProblems(locale, en, messages(locale))).toEqual([]);
		});

	it('a missing or extra key, or a lost placeholder, is named', () => {
		const missing = messages('it');
		delete missing.story_byline;
		expect(messageProblems('it', en, missing)).toEqual([
			'messages/it.json has no translation of "story_byline"'
		]);
		expect(messageProblems('it', en, { ...messages('it'), stray: 'x' })).toEqual([
			'messages/it.json has "stray", which English has not'
		]);
		expect(messageProblems('it', en, { ...messages('it'), story_byline: 'Di' })).toEqual([
			'messages/it.json: "story_byline" has placeholders {}, the English {byline}'
		]);
		expect(messageProblems('tr', en, null)).toEqual(['messages/tr.json is missing']);
	});

	it('repeat the data dictionary of datapackage.json, word for word, in English', () => {
		const d = JSON.parse(readFileSync('data/datapackage.json', 'utf8'));
		expect(en[dictionaryKey.package('title')]).toBe(d.title);
		expect(en[dictionaryKey.package('description')]).toBe(d.description);
		for (const r of d.resources) {
			expect(en[dictionaryKey.resource(r.name, 'title')], r.name).toBe(r.title);
			expect(en[dictionaryKey.resource(r.name, 'description')], r.name).toBe(r.description);
			for (const f of r.schema.fields)
				expect(en[dictionaryKey.field(r.name, f.name)], `${r.name}.${f.name}`).toBe(f.description);
		}
	});
});

describe('the story’s words', () => {
	const english = WORDS.en;
	for (const locale of others)
		it(`in ${locale} cite the same sources in each paragraph and step as the English`, () => {
			const words = WORDS[locale];
			const cited = (text: string) => citations(text).flatMap((p) => ('cites' in p ? p.cites : []));
			expect(words.opening).toHaveLength(english.opening.length);
			words.opening.forEach((p, i) =>
				expect(cited(p), `opening ${i}`).toEqual(cited(english.opening[i]!))
			);
			for (const [id, step] of Object.entries(words.steps))
				expect(cited(step.text), id).toEqual(
					cited(english.steps[id as keyof typeof english.steps].text)
				);
		});
});

describe('the data in each edition', () => {
	it('shows translated titles, roles and names, and dates in the edition’s language', () => {
		const [english, italian, turkish] = (['en', 'it', 'tr'] as const).map((l) => chartData(l));
		const title = loadData().translations.find(
			(t) => t.lang === 'it' && t.resource === 'events' && t.id === 'rfk-dobrynin-meeting'
		)!;
		expect(italian!.timeline.events.find((e) => e.id === 'rfk-dobrynin-meeting')?.title).toBe(
			title.text
		);
		expect(italian!.lifespans.lives[0]?.role).not.toBe(english!.lifespans.lives[0]?.role);
		expect(turkish!.timeline.lanes.map((l) => l.label)).toContain('Türkiye');
		expect(italian!.timeline.lanes.map((l) => l.label)).toContain('Italia');
		const ids = (d: typeof english) => d!.timeline.events.map((e) => e.id);
		expect(ids(italian)).toEqual(ids(english));
		const e = english!.timeline.events.find((x) => x.precision === 'month' && !x.dateEnd)!;
		expect(eventDate(e)).toMatch(/^[A-Z][a-z]+ 196\d \(day not recorded\)$/);
	});

	it('writes the map’s distances as the edition does', () => {
		expect(formatKm(2400, 'en')).toBe('2,400 km');
		expect(formatKm(2400, 'tr')).toBe('2.400 km');
		const ring = prepareMap(loadData(), 'tr').rings[0]!.label;
		expect(ring).toContain('2.400 km');
	});
});
