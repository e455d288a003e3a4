// The bare-engine floor for `npm run bench`: a page that does nothing but start
// DuckDB-wasm and attach planbild.duckdb, the least any page with live SQL must
// wait. It uses the very worker and wasm files of the build (and their .br/.gz),
// so it times the engine the app ships, served the same way.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Plain JavaScript in the page. Worker and dataset download start first, as in the app.
const ENTRY = (dist: string) => `
import { AsyncDuckDB, VoidLogger } from ${JSON.stringify(join(dist, 'duckdb-browser.mjs'))};
(async () => {
	const worker = new Worker('worker.js');
	const data = fetch('planbild.duckdb');
	const db = new AsyncDuckDB(new VoidLogger(), worker);
	await db.instantiate(new URL('duckdb.wasm', location.href).href);
	await db.registerFileBuffer('planbild.duckdb', new Uint8Array(await (await data).arrayBuffer()));
	const c = await db.connect();
	await c.query('SET autoinstall_known_extensions = false');
	await c.query('SET autoload_known_extensions = false');
	await c.query("ATTACH 'planbild.duckdb' AS planbild (READ_ONLY)");
	performance.mark('floor:ready');
	const n = await c.query('SELECT count(*) AS n FROM planbild.measures');
	document.body.dataset.rows = String(n.toArray()[0].n);
})().catch((e) => { document.body.dataset.error = String(e); });
`;

function copyWithCompressed(from: string, to: string): void {
	copyFileSync(from, to);
	for (const ext of ['.br', '.gz']) if (existsSync(from + ext)) copyFileSync(from + ext, to + ext);
}

/** The build's DuckDB worker and wasm (hashed names under _app/immutable/assets). */
export function engineAssets(buildDir: string): { worker: string; wasm: string } {
	const dir = join(buildDir, '_app/immutable/assets');
	const names = readdirSync(dir);
	const pick = (re: RegExp) => {
		const found = names.filter((n) => re.test(n));
		if (found.length !== 1) throw new Error(`expected one ${re} in ${dir}, found ${found.length}`);
		return join(dir, found[0]);
	};
	return { worker: pick(/^duckdb-browser-eh\.worker\.[^.]+\.js$/), wasm: pick(/^duckdb-eh\.[^.]+\.wasm$/) };
}

/**
 * Writes index.html, main.js, worker.js, duckdb.wasm and planbild.duckdb into `out`.
 * `unpatched`: duckdb-wasm's own worker file instead of the build's (duckdb-worker-patch.ts).
 */
export async function writeFloorPage(buildDir: string, out: string, root: string, unpatched = false): Promise<void> {
	mkdirSync(out, { recursive: true });
	await build({
		stdin: { contents: ENTRY(join(root, 'node_modules/@duckdb/duckdb-wasm/dist')), resolveDir: out, loader: 'js' },
		bundle: true,
		format: 'esm',
		minify: true,
		outfile: join(out, 'main.js'),
		nodePaths: [join(root, 'node_modules')],
		logLevel: 'error'
	});
	const { worker, wasm } = engineAssets(buildDir);
	const dist = join(root, 'node_modules/@duckdb/duckdb-wasm/dist');
	copyWithCompressed(unpatched ? join(dist, 'duckdb-browser-eh.worker.js') : worker, join(out, 'worker.js'));
	copyWithCompressed(wasm, join(out, 'duckdb.wasm'));
	copyWithCompressed(join(buildDir, 'data/planbild.duckdb'), join(out, 'planbild.duckdb'));
	writeFileSync(
		join(out, 'index.html'),
		'<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>golv</title>' +
			'<script type="module" src="main.js"></script></head><body></body></html>'
	);
}
