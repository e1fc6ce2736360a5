import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/lib/styles/app.css', 'utf8');

describe('the colour tokens', () => {
	it('give browsers without light-dark() the light theme, value for value', () => {
		const [fallback = '', modern = ''] = css.split('@supports (color: light-dark(#000, #fff))');
		const light = Object.fromEntries(
			[...fallback.matchAll(/(--[a-z-]+): (#[0-9a-f]{6});/g)].map((m) => [m[1], m[2]])
		);
		const lightDark = Object.fromEntries(
			[...modern.matchAll(/(--[a-z-]+): light-dark\((#[0-9a-f]{6}), #[0-9a-f]{6}\);/g)].map((m) => [
				m[1],
				m[2]
			])
		);
		expect(Object.keys(lightDark).length).toBeGreaterThan(10);
		expect(light).toEqual(lightDark);
	});
});
