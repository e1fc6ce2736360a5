// A built site served the way a static host would, optionally under a sub-path (BASE, such
// as /graphics/endgame): anything outside it is a 404. Every file carries the response headers
// the README asks hosts for (headers.js). Used by serve.js and render-images.ts.
import { createServer } from 'node:http';
import sirv from 'sirv';
import { headersFor } from './headers.js';

/** @param {string} dir @param {string} [base] */
export function staticServer(dir, base = '') {
	const files = sirv(dir, {
		gzip: true,
		brotli: true,
		etag: true,
		setHeaders: (res, path) => {
			for (const [name, value] of Object.entries(headersFor(path))) res.setHeader(name, value);
		}
	});
	return createServer((req, res) => {
		const notFound = () => {
			res.statusCode = 404;
			res.end('Not found');
		};
		if (base) {
			if (!req.url?.startsWith(base + '/')) return notFound();
			req.url = req.url.slice(base.length);
		}
		files(req, res, notFound);
	});
}
