// Serves a built site the way a static host would: `node scripts/serve.js DIR PORT [BASE] [HOST]`.
// BASE mounts the site under a sub-path (/graphics/endgame); anything outside it is a 404.
import { staticServer } from './static-server.js';

const [dir = 'build', port = '4173', base = '', host = '127.0.0.1'] = process.argv.slice(2);

staticServer(dir, base).listen(Number(port), host, () =>
	console.log(`Serving ${dir} at http://${host}:${port}${base}/`)
);
