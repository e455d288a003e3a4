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

// Compressions under way in this process, by cache key: the same bytes asked for twice
// (build.ts starts the wasm early, compressTree meets it again) are compressed once.
const running = new Map<string, Promise<[Buffer, Buffer]>>();

/**
 * Brotli 11 for everything up to 4 MB. DuckDB's 34 MB wasm gets 10: 5,27 MB instead of
 * 5,89 MB at 9, for 46 s of one core on a first build (11 would take 91 s for 5,07 MB).
 * `npm run build` (build.ts) starts it first, beside the dataset and the app.
 */
export function compressOnce(data: Buffer): Promise<[Buffer, Buffer]> {
	const quality = data.length > 4_000_000 ? 10 : 11;
	if (data.length < LARGE) return compressFresh(data, quality);
	const key = join(CACHE, `${createHash('sha256').update(data).digest('hex')}.q${quality}`);
	if (existsSync(key + '.br') && existsSync(key + '.gz'))
		return Promise.resolve([readFileSync(key + '.br'), readFileSync(key + '.gz')]);
	let job = running.get(key);
	if (!job) {
		job = compressFresh(data, quality).then(([b, g]) => {
			mkdirSync(CACHE, { recursive: true });
			writeFileSync(key + '.br', b);
			writeFileSync(key + '.gz', g);
			return [b, g] as [Buffer, Buffer];
		});
		running.set(key, job);
	}
	return job;
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
