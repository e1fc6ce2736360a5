import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { steps } from '../../src/content/story';
import {
	DEFAULT_OPTIONS,
	optionsQuery,
	readStep,
	type EmbedOptions,
	type Theme
} from '../../src/lib/embed/options';
import { heightAt, iframeSnippet, startingHeight } from '../../src/lib/embed/snippet';
import { isChartImage } from '../../src/lib/embed/images';
import { EMBED_DEFAULT_STEPS, embedImages, embedView, imageName } from '../../src/lib/embed/view';

/** What an embed makes of its URL: the page reads the step, src/lib/embed/look.js the rest. */
const lookScript = readFileSync('src/lib/embed/look.js', 'utf8');
function read(query: string): EmbedOptions {
	const dataset: Record<string, string> = {};
	new Function('location', 'document', lookScript)(
		{ search: `?${query}` },
		{ documentElement: { dataset } }
	);
	return {
		step: readStep(new URLSearchParams(query)),
		theme: (dataset.theme ?? 'auto') as Theme,
		plain: 'plain' in dataset,
		transparent: 'transparent' in dataset
	};
}

describe('embed options', () => {
	it('reads every option, and flags with or without a value', () => {
		expect(read('step=nine-men&theme=dark&plain&transparent=1')).toEqual({
			step: 'nine-men',
			theme: 'dark',
			plain: true,
			transparent: true
		});
		expect(read('plain=true').plain).toBe(true);
	});

	it('ignores unknown or malformed values', () => {
		expect(read('')).toEqual(DEFAULT_OPTIONS);
		expect(read('theme=purple&step=%3Cscript%3E&plain=no&transparent=0&x=1')).toEqual(
			DEFAULT_OPTIONS
		);
	});

	it('writes back what it reads, defaults left out', () => {
		const options = { step: 'nine-men', theme: 'light', plain: true, transparent: false } as const;
		expect(optionsQuery(options)).toBe('?step=nine-men&theme=light&plain');
		expect(read(optionsQuery(options).slice(1))).toEqual(options);
		expect(optionsQuery(DEFAULT_OPTIONS)).toBe('');
	});
});

describe('an embed view', () => {
	it('is the story step asked for when it draws this chart', () => {
		for (const s of steps.filter((s) => s.chart === 'timeline'))
			expect(embedView(steps, 'timeline', s.id)).toMatchObject({
				chart: 'timeline',
				state: s.state
			});
	});

	it("is the chart's default step for a step of another chart or an unknown one", () => {
		const first = steps.find((s) => s.chart === 'lifespans')!;
		const other = steps.find((s) => s.chart === 'timeline')!;
		for (const id of [other.id, 'no-such-step', null])
			expect(embedView(steps, 'lifespans', id)).toMatchObject({
				chart: 'lifespans',
				from: first.id
			});
		expect(embedView(steps, 'patrol-map', null).from).toBe(EMBED_DEFAULT_STEPS['patrol-map']);
	});

	it('defaults, for the map, to a step showing both the fixed sites and the submarines', () => {
		for (const [chart, id] of Object.entries(EMBED_DEFAULT_STEPS))
			expect(steps.find((s) => s.id === id)?.chart).toBe(chart);
		const state = embedView(steps, 'patrol-map', null).state;
		expect(['polaris', 'polaris-range']).toContain(state);
	});
});

describe('the embed code', () => {
	it("accepts heights only from its own iframe's window and the embed's origin", () => {
		const code = iframeSnippet('https://example.org/g/embed/timeline/?plain', 'A "title"', [
			[
				[300, 1000],
				[1300, 900]
			]
		]);
		expect(code).toContain('title="A &quot;title&quot;" width="100%" height="964"');
		expect(code).toContain(
			"e.source !== frame.contentWindow || e.origin !== 'https://example.org'"
		);
	});
});

describe('the starting height', () => {
	const lines = [
		[
			[240, 1200],
			[400, 1000]
		],
		[
			[400, 990],
			[1200, 990]
		]
	] as const;

	it('is the largest of its lines at the width, each carried on beyond its points', () => {
		expect([240, 320, 400, 800, 2000].map((w) => heightAt(lines, w))).toEqual([
			1200, 1100, 1000, 990, 990
		]);
	});

	it('is written for a box padding whose percentages are of the column width', () => {
		expect(startingHeight(lines)).toBe('max(calc(1500px + -125%), calc(990px + 0%))');
	});
});

describe('the images an embed offers', () => {
	it('names the default drawing after its chart, and each other after its first step', () => {
		expect(imageName(steps, 'patrol-map', null)).toBe('patrol-map');
		expect(imageName(steps, 'patrol-map', 'polaris-idea')).toBe('patrol-map');
		expect(imageName(steps, 'patrol-map', 'jupiters-turkey')).toBe('patrol-map-jupiters-turkey');
		// A step of another chart gives the default, as the embed does.
		expect(imageName(steps, 'lifespans', 'polaris-idea')).toBe('lifespans');
	});

	it('draws each distinct state and emphasis once, and the prerender expects every name', () => {
		for (const chart of ['lifespans', 'timeline', 'patrol-map'] as const) {
			const images = embedImages(steps, chart);
			const drawings = images.map(({ step }) => {
				const view = embedView(steps, chart, step);
				return `${view.state}|${view.emphasis.join()}`;
			});
			expect(new Set(drawings).size).toBe(images.length);
			expect(images[0]).toEqual({ name: chart, step: null });
			for (const { name } of images)
				for (const ext of ['png', 'svg'])
					expect(isChartImage(`/graphics/it/embed/${chart}/${name}.${ext}`)).toBe(true);
		}
		expect(isChartImage('/embed/timeline/lifespans.png')).toBe(false);
	});
});
