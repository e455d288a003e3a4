// npm run bench — how fast Planbild is, printed as tables (never asserted in tests:
// these machines are shared and noisy). Part 1: parsing every seed.
// Part 2: the search functions in Node, see bench-search.ts.
// Part 3 (when a build exists): the app in headless Chromium, see bench-app.ts; then a 19 MB import.
// `npm run bench -- --parse-only | --rounds N | --build DIR`
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ingestDocument } from '../src/lib/ingest/ingest';
import { loadReference } from './lib/context';
import { rawDocuments, sha256 } from './lib/read-inputs';
import { formatTable } from './lib/table';

const ROOT = join(import.meta.dirname, '..');

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

export function benchParse(): string {
	const ref = loadReference(join(ROOT, 'data'));
	const rows: (string | number)[][] = [];
	let totalBytes = 0;
	let totalMs = 0;
	let totalRows = 0;
	for (const path of rawDocuments(join(ROOT, 'data/raw'))) {
		const bytes = readFileSync(path);
		const hash = sha256(bytes);
		const times: number[] = [];
		let records = 0;
		const start = performance.now();
		while (times.length < 5 || (performance.now() - start < 1000 && times.length < 50)) {
			const t0 = performance.now();
			const r = ingestDocument({ file: basename(path), bytes, sha256: hash }, ref.ctx);
			times.push(performance.now() - t0);
			records = Object.values(r.report.counts).reduce((a, b) => a + b, 0);
		}
		const ms = median(times);
		totalBytes += bytes.length;
		totalMs += ms;
		totalRows += records;
		rows.push([
			basename(path),
			bytes.length,
			Number(ms.toFixed(2)),
			records,
			Math.round(records / (ms / 1000)),
			times.length
		]);
	}
	rows.push(['(alla)', totalBytes, Number(totalMs.toFixed(2)), totalRows, Math.round(totalRows / (totalMs / 1000)), 0]);
	return formatTable(['fil', 'byte', 'ms (median)', 'rader', 'rader/s', 'körningar'], rows);
}

async function main() {
	console.log('Inläsning av källdokumenten (ingestDocument, median)\n');
	console.log(benchParse());
	await (await import('./bench-search')).benchSearch();
	if (!process.argv.includes('--parse-only')) {
		// --rounds N (default 5), --build DIR (default build/): e.g. to bench an older build side by side.
		const arg = (name: string) => {
			const i = process.argv.indexOf(name);
			return i >= 0 ? process.argv[i + 1] : undefined;
		};
		const { benchApp } = await import('./bench-app');
		await benchApp(Number(arg('--rounds') ?? 5), arg('--build') ?? join(ROOT, 'build'));
		const { benchImport } = await import('./bench-import');
		await benchImport();
	}
}

main().catch((e) => {
	console.error(`bench misslyckades: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(1);
});
