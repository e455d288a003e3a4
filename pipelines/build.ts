// npm run build: the dataset (build-data.ts), the app (vite build) and the
// compressed copies of what is served (compress.ts). DuckDB's wasm is the one slow
// file to compress, and it is the same bytes as in node_modules: its compression
// starts first, in zlib's thread pool, while the dataset and the app are built on
// the other core. compressTree then finds it in the cache.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compressOnce, compressTree } from './compress';

const ROOT = join(import.meta.dirname, '..');
const ENGINE_WASM = join(ROOT, 'node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm');

function run(command: string, args: string[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
		child.on('error', reject);
		child.on('exit', (code, signal) =>
			code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')}: ${signal ?? `kod ${code}`}`))
		);
	});
}

const t0 = performance.now();
const seconds = () => ((performance.now() - t0) / 1000).toFixed(1);
const engine = compressOnce(readFileSync(ENGINE_WASM)).then(() => seconds());
await run('npm', ['run', '-s', 'build:data']);
await run('npx', ['vite', 'build']);
const appAt = seconds();
const { files, before, after } = await compressTree(join(ROOT, 'build'));
console.log(
	`Komprimerade ${files} filer: ${(before / 1e6).toFixed(1)} MB -> ${(after / 1e6).toFixed(1)} MB (brotli). ` +
		`Appen byggd efter ${appAt} s, DuckDB:s wasm komprimerad efter ${await engine} s, allt klart efter ${seconds()} s.`
);
