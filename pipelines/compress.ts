// Precompresses the static build (.br and .gz beside each file) so any web
// server, and `npm start`, can send compressed bytes without work per request.
// adapter-static's own precompress skips .duckdb; this covers every text-like
// and binary file worth compressing.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.svg',
	'.wasm',
	'.duckdb',
	'.txt',
	'.csv',
	'.map'
]);
const br = promisify(brotliCompress);
const gz = promisify(gzip);

function* walk(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* walk(path);
		else yield path;
	}
}

// Larger files (DuckDB's wasm and worker, most chunks) are the same bytes build after
// build: their compressed forms are kept by content hash, so only a first build pays.
const CACHE = join(import.meta.dirname, '..', 'node_modules', '.cache', 'planbild-compress');
const LARGE = 64 * 1024;

async function compressFresh(data: Buffer, quality: number): Promise<[Buffer, Buffer]> {
	return Promise.all([
		br(data, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: quality,
				[constants.BROTLI_PARAM_LGWIN]: 24,
				[constants.BROTLI_PARAM_SIZE_HINT]: data.length
			}
		}),
		gz(data, { level: 9 })
	]);
}

async function compressOnce(data: Buffer): Promise<[Buffer, Buffer]> {
	// Level 11 costs minutes on the 34 MB wasm; 9 keeps `npm run build` under a minute on 2 cores.
	const quality = data.length > 4_000_000 ? 9 : 11;
	if (data.length < LARGE) return compressFresh(data, quality);
	const key = join(CACHE, `${createHash('sha256').update(data).digest('hex')}.q${quality}`);
	if (existsSync(key + '.br') && existsSync(key + '.gz')) return [readFileSync(key + '.br'), readFileSync(key + '.gz')];
	const [b, g] = await compressFresh(data, quality);
	mkdirSync(CACHE, { recursive: true });
	writeFileSync(key + '.br', b);
	writeFileSync(key + '.gz', g);
	return [b, g];
}

export async function compressTree(
	root: string,
	{ skipCompressed = false } = {}
): Promise<{ files: number; before: number; after: number }> {
	let files = 0;
	let before = 0;
	let after = 0;
	const jobs: Promise<void>[] = [];
	for (const path of walk(root)) {
		if (!COMPRESSIBLE.has(extname(path)) || statSync(path).size < 1024) continue;
		if (skipCompressed && existsSync(path + '.br')) continue;
		const data = readFileSync(path);
		files++;
		before += data.length;
		jobs.push(
			(async () => {
				const [b, g] = await compressOnce(data);
				writeFileSync(path + '.br', b);
				writeFileSync(path + '.gz', g);
				after += b.length;
			})()
		);
	}
	await Promise.all(jobs);
	return { files, before, after };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const t0 = performance.now();
	compressTree(join(import.meta.dirname, '..', 'build')).then(({ files, before, after }) =>
		console.log(
			`Komprimerade ${files} filer: ${(before / 1e6).toFixed(1)} MB -> ${(after / 1e6).toFixed(1)} MB (brotli) på ${((performance.now() - t0) / 1000).toFixed(1)} s`
		)
	);
}
