// Serves a built site the way a static host would: `node scripts/serve.js DIR PORT [BASE] [HOST]`.
// BASE mounts the site under a sub-path (/graphics/endgame); anything outside it is a 404.
import { createServer } from 'node:http';
import sirv from 'sirv';

const [dir = 'build', port = '4173', base = '', host = '127.0.0.1'] = process.argv.slice(2);
const files = sirv(dir, { gzip: true, brotli: true, etag: true });

createServer((req, res) => {
	const notFound = () => {
		res.statusCode = 404;
		res.end('Not found');
	};
	if (base) {
		if (!req.url?.startsWith(base + '/')) return notFound();
		req.url = req.url.slice(base.length);
	}
	files(req, res, notFound);
}).listen(Number(port), host, () =>
	console.log(`Serving ${dir} at http://${host}:${port}${base}/`)
);
