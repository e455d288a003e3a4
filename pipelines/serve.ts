// npm start serves the static build on http://localhost:4173 with correct MIME
// types and precompressed (.br / .gz) files. `--base /sub` serves it under a
// base path, as an intranet server might; the build itself uses relative paths.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
	'.parquet': 'application/vnd.apache.parquet',
	'.duckdb': 'application/octet-stream',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

export function startServer(root: string, port: number, base = ''): Promise<Server> {
	const rootDir = resolve(root);
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path = decodeURIComponent(url.pathname);
		if (base) {
			if (!path.startsWith(base)) {
				res.writeHead(404).end('Not found');
				return;
			}
			path = path.slice(base.length) || '/';
		}
		let file = normalize(join(rootDir, path));
		if (!file.startsWith(rootDir)) {
			res.writeHead(403).end();
			return;
		}
		// SvelteKit writes /kallor as kallor.html beside a kallor/ folder: the page wins.
		const isDir = existsSync(file) && statSync(file).isDirectory();
		if ((isDir || !existsSync(file)) && existsSync(file + '.html')) file += '.html';
		else if (isDir) file = join(file, 'index.html');
		if (!existsSync(file)) {
			const notFound = join(rootDir, '404.html');
			res.writeHead(404, { 'content-type': TYPES['.html'] });
			if (existsSync(notFound)) createReadStream(notFound).pipe(res);
			else res.end('Hittades inte');
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const accept = String(req.headers['accept-encoding'] ?? '');
		const headers: Record<string, string> = { 'content-type': type, vary: 'accept-encoding' };
		if (file.includes('/_app/immutable/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
		let send = file;
		if (/\bbr\b/.test(accept) && existsSync(file + '.br')) {
			send = file + '.br';
			headers['content-encoding'] = 'br';
		} else if (/\bgzip\b/.test(accept) && existsSync(file + '.gz')) {
			send = file + '.gz';
			headers['content-encoding'] = 'gzip';
		}
		headers['content-length'] = String(statSync(send).size);
		res.writeHead(200, headers);
		if (req.method === 'HEAD') res.end();
		else createReadStream(send).pipe(res);
	});
	return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const baseIdx = args.indexOf('--base');
	const base = baseIdx >= 0 ? args[baseIdx + 1].replace(/\/$/, '') : '';
	const port = Number(process.env.PORT ?? 4173);
	startServer(join(import.meta.dirname, '..', 'build'), port, base).then(() =>
		console.log(`Planbild körs på http://localhost:${port}${base}/`)
	);
}
