import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deferBoot } from '../../src/lib/defer-boot.server';

const hash = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;

/** The shape of a page SvelteKit prerenders with `csp: { mode: 'hash' }`. */
function kitPage(
	boot = 'Promise.all([\n\timport("./_app/a.js"),\n\timport("./_app/b.js")\n]).then(([kit, app]) => {\n\tkit.start(app, element, {});\n});'
) {
	const script = `\n{\n\t__sveltekit_x = {};\n\tconst element = document.currentScript.parentElement;\n\t${boot}\n}\n`;
	return `<head><meta http-equiv="content-security-policy" content="script-src 'self' '${hash(script)}'">
		<link href="./_app/immutable/a.js" rel="modulepreload">
		<link href="./_app/immutable/c.js" rel="modulepreload">
	</head><body><div><script>${script}</script></div></body>`;
}

const scriptOf = (html: string) => html.match(/<script>([\s\S]*?)<\/script>/)![1]!;

describe('deferBoot', () => {
	it('moves the module preloads into the start-up script, after two frames', () => {
		const html = deferBoot(kitPage());
		expect(html).not.toContain('rel="modulepreload"');
		const script = scriptOf(html);
		expect(script).toContain('["./_app/immutable/a.js","./_app/immutable/c.js"]');
		expect(script).toMatch(/requestAnimationFrame\(\(\) => requestAnimationFrame\(go\)\)/);
		expect(script).toMatch(/return Promise\.all\(\[\s*import\("\.\/_app\/a\.js"\)/);
		expect(script).toMatch(/\.then\(\(\[kit, app\]\) => \{\s*if \(leaving\) return;\s*kit\.start/);
	});

	it('keeps the CSP hash true to the script the page runs', () => {
		const html = deferBoot(kitPage());
		expect(html).toContain(`'${hash(scriptOf(html))}'`);
		expect(html.match(/sha256-/g)).toHaveLength(1);
	});

	it('fails the build when SvelteKit changes its start-up markup', () => {
		expect(() => deferBoot(kitPage('start();'))).toThrow(/markup has changed/);
	});

	it('leaves a page without client-side code as it is', () => {
		const page = '<head></head><body><p>Hello</p></body>';
		expect(deferBoot(page)).toBe(page);
	});
});
