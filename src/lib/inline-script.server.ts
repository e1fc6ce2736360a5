import { createHash } from 'node:crypto';
import { inlineScript, LOOK } from './inline-script';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** A CSP with the hashes of these scripts added to its script-src. */
export function allowScripts(csp: string, texts: string[]): string {
	const allowed = csp.replace(/script-src 'self'/, (src) => [src, ...texts.map(hash)].join(' '));
	if (texts.length && allowed === csp) throw new Error(`No script-src 'self' in the CSP: ${csp}`);
	return allowed;
}

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)"/;

/** The look scripts a page carries (inline-script.ts). */
export const carriedLooks = (html: string): string[] =>
	Object.values(LOOK).filter((text) => html.includes(inlineScript(text)));

/** A prerendered page's CSP meta tag, allowing these scripts. */
export const allowInMeta = (html: string, texts: string[]): string =>
	html.replace(CSP_META, (_, tag: string, csp: string) => `${tag}${allowScripts(csp, texts)}"`);
