// The search part of `npm run bench`: the Åtgärder search functions in Node, over
// the real measures and over a synthetic set a hundred times larger
// (pipelines/lib/synthetic.ts). The workload is what a user types: every
// keystroke of the issue-16 queries and a few more, each a new query (caches
// cleared), with and without a facet. Printed, never asserted.
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSearchRows, type SearchRows } from '../src/lib/views/atgarder/queries';
import { byMeasure, indexMeasures, selectMeasures, type MeasureFacets } from '../src/lib/search/measures';
import type { Dataset } from '../src/lib/schema/tables';
import { buildDataset } from './build-data';
import { multiplyDataset } from './lib/synthetic';
import { formatTable } from './lib/table';
import { DATABASE_FILE, writeDataset } from './lib/write-dataset';

const ROOT = join(import.meta.dirname, '..');

export const SEARCH_QUERIES = [
	'nattvandring',
	'skolan',
	'hand',
	'tryghetsvandring',
	'föräldrarstöd',
	'park',
	'trygghetsvandringar',
	'polis samverkan',
	'tryggetsvandirng'
];
const FACETS: MeasureFacets[] = [{}, { district: ['farsta'] }];

/** Each query as typed, one keystroke at a time ("n", "na", …, "nattvandring"). */
export const keystrokes = (q: string) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1));

async function readRows(dataset: Dataset): Promise<SearchRows> {
	const dir = mkdtempSync(join(tmpdir(), 'planbild-bench-search-'));
	try {
		await writeDataset(dataset, dir, {}, []);
		const instance = await DuckDBInstance.create(join(dir, DATABASE_FILE), { access_mode: 'READ_ONLY' });
		const con = await instance.connect();
		const read = async <T>(sql: string) => (await con.runAndReadAll(sql)).getRowObjectsJson() as T[];
		const rows = await readSearchRows(read);
		con.closeSync();
		instance.closeSync();
		return rows;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const quantile = (xs: number[], q: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const ms = (x: number) => Number(x.toFixed(2));

function measure(label: string, rows: SearchRows, rounds: number): (string | number)[] {
	const t0 = performance.now();
	const index = indexMeasures(rows.measures, byMeasure(rows.followups), byMeasure(rows.context));
	const buildMs = performance.now() - t0;
	const times: number[] = [];
	for (let r = 0; r < rounds; r++) {
		for (const q of SEARCH_QUERIES)
			for (const typed of keystrokes(q))
				for (const facets of FACETS) {
					index.cache.clear();
					index.last = null;
					const t = performance.now();
					selectMeasures(rows.measures, () => index, facets, typed);
					times.push(performance.now() - t);
				}
	}
	return [
		label,
		rows.measures.length,
		index.entries.length,
		ms(buildMs),
		ms(quantile(times, 0.5)),
		ms(quantile(times, 0.95)),
		ms(Math.max(...times)),
		times.length
	];
}

export async function benchSearch(): Promise<void> {
	const { dataset } = buildDataset(join(ROOT, 'data'));
	const real = await readRows(dataset);
	const big = await readRows(multiplyDataset(dataset, 100));
	console.log('\nSökningen i Åtgärder (Node; varje tangenttryckning en ny fråga, utan och med stadsdelsfilter; ms)\n');
	console.log(
		formatTable(
			['dataset', 'åtgärder', 'ord i index', 'bygga index', 'sök median', 'sök p95', 'sök max', 'frågor'],
			[measure('verklig', real, 5), measure('100×', big, 1)]
		)
	);
	console.log('\nMål: p95 högst 33 ms i dagens storlek och högst 100 ms vid 100×.');
}
