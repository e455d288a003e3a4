// The browser's engine reads the published database exactly as the build's
// DuckDB (@duckdb/node-api) wrote it, every table and every row, and with
// nothing imported it queries that database directly (no import tables exist).
import { DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { quoteIdent } from '../../src/lib/schema/sql';
import { SUMMARIES_COMMENT, SUMMARY_QUERIES } from '../../src/lib/views/summaries';
import { MEASURES_SQL } from '../../src/lib/views/atgarder/queries';
import { TABLE_NAMES } from '../../src/lib/schema/tables';
import { browserSuite } from './browser';

const { open, browser, base } = browserSuite(inject('baseURL'));
const DATABASE = join(import.meta.dirname, '../../build/data/planbild.duckdb');
const SUMMARIES = join(import.meta.dirname, '../../build/data/summaries.json');

// The same plain values on both sides: BIGINT as number, lists as arrays.
const plain = (v: unknown): unknown => (typeof v === 'bigint' ? Number(v) : Array.isArray(v) ? v.map(plain) : v);
const plainRows = (rows: Record<string, unknown>[]) =>
	rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])));

async function nodeRows(sqls: string[]): Promise<Record<string, unknown>[][]> {
	const instance = await DuckDBInstance.create(':memory:');
	const con = await instance.connect();
	await con.run(`ATTACH '${DATABASE}' AS planbild (READ_ONLY)`);
	await con.run('USE planbild');
	const out: Record<string, unknown>[][] = [];
	for (const sql of sqls) {
		const reader = await con.runAndReadAll(sql);
		out.push(plainRows(reader.getRowObjectsJS() as Record<string, unknown>[]));
	}
	con.closeSync();
	instance.closeSync();
	return out;
}

describe('DuckDB-wasm reads the published dataset', () => {
	it('every table, row for row and value for value, as @duckdb/node-api reads it', async () => {
		const { page } = await open('/');
		await page.waitForFunction(() => document.querySelector('.engine')?.textContent?.includes('redo'), null, {
			timeout: 60_000
		});
		const sqls = TABLE_NAMES.map((t) => `SELECT * FROM ${quoteIdent(t)} ORDER BY ALL`);
		const browserRows = (await page.evaluate(
			(list) =>
				Promise.all(
					list.map((s) =>
						(globalThis as unknown as { planbild: { query(s: string): Promise<unknown> } }).planbild.query(s)
					)
				),
			sqls
		)) as Record<string, unknown>[][];
		const expected = await nodeRows(sqls);
		let rows = 0;
		for (const [i, table] of TABLE_NAMES.entries()) {
			expect(plainRows(browserRows[i]), table).toEqual(expected[i]);
			rows += expected[i].length;
		}
		// Not vacuous: the published dataset has rows in its main tables.
		expect(rows).toBeGreaterThan(1000);
		expect(expected[TABLE_NAMES.indexOf('measures')].length).toBeGreaterThan(100);
		await page.close();
	});

	it('with nothing imported, table names resolve to the published database and no import table exists', async () => {
		const { page } = await open('/');
		await page.waitForFunction(() => document.querySelector('.engine')?.textContent?.includes('redo'), null, {
			timeout: 60_000
		});
		const [where, memoryTables] = (await page.evaluate(() => {
			const q = (globalThis as unknown as { planbild: { query(s: string): Promise<Record<string, unknown>[]> } })
				.planbild.query;
			return Promise.all([
				q('SELECT current_database() AS db'),
				q("SELECT count(*) AS n FROM duckdb_tables() WHERE database_name = 'memory'")
			]);
		})) as [Record<string, unknown>[], Record<string, unknown>[]];
		expect(where).toEqual([{ db: 'planbild' }]);
		expect(memoryTables).toEqual([{ n: 0 }]);
		await page.close();
	});

	// A view skips a live query whose SQL the build ran (query.svelte.ts: prerenderedHolds) and keeps
	// the prerendered rows: that is only right if they are DuckDB-wasm's answer, row for row, in order.
	it("every prerendered summary is the browser engine's answer to the same SQL, in the same order", async () => {
		const { page } = await open('/');
		await page.waitForFunction(() => document.querySelector('.engine')?.textContent?.includes('redo'), null, {
			timeout: 60_000
		});
		const names = Object.keys(SUMMARY_QUERIES) as (keyof typeof SUMMARY_QUERIES)[];
		const browserRows = (await page.evaluate(
			(list) =>
				Promise.all(
					list.map((s) =>
						(globalThis as unknown as { planbild: { query(s: string): Promise<unknown> } }).planbild.query(s)
					)
				),
			names.map((n) => SUMMARY_QUERIES[n])
		)) as Record<string, unknown>[][];
		const summaries = JSON.parse(readFileSync(SUMMARIES, 'utf8')) as Record<string, unknown[]>;
		for (const [i, name] of names.entries()) {
			expect(summaries[name], name).toBeDefined();
			expect(JSON.parse(JSON.stringify(plainRows(browserRows[i]))), name).toEqual(summaries[name]);
		}
		// Not vacuous: the views' prerendered rows are there.
		expect(summaries.measures.length).toBeGreaterThan(100);
		expect(summaries.measure_followups.length).toBeGreaterThan(100);
		expect(summaries.uppfoljning_measures.length).toBe(summaries.measures.length);
		await page.close();
	});

	/** Every SQL text the page ran in DuckDB (marks planbild:query-run), once its queries are quiet. */
	const ranSql = async (page: import('playwright-core').Page) => {
		await page.waitForFunction(() => performance.getEntriesByName('planbild:duckdb-ready').length > 0, null, {
			timeout: 60_000
		});
		await page.waitForTimeout(1000);
		return (await page.evaluate(() =>
			performance.getEntriesByName('planbild:query-run').map((e) => (e as PerformanceMark).detail)
		)) as string[];
	};
	const PRERENDERED = new Set<string>(Object.values(SUMMARY_QUERIES));

	it('with nothing imported, no view runs a query whose answer its prerendered page holds', async () => {
		let asked = 0;
		for (const path of ['/', '/jamfor', '/atgarder', '/uppfoljning', '/tackning', '/indikatorer', '/kallor']) {
			const { page } = await open(path);
			const ran = await ranSql(page);
			expect(
				ran.filter((sql) => PRERENDERED.has(sql)),
				path
			).toEqual([]);
			asked += (await page.evaluate(() => performance.getEntriesByName('planbild:query-start').length)) as number;
			await page.close();
		}
		// Not vacuous: the views did ask for their rows (and took the prerendered ones).
		expect(asked).toBeGreaterThan(10);
	});

	it("a database published with other summaries than the page's is queried, not trusted", async () => {
		// The same rows under another summaries id, as when data/ is replaced without a new build.
		const dir = mkdtempSync(join(tmpdir(), 'planbild-other-'));
		const other = join(dir, 'planbild.duckdb');
		copyFileSync(DATABASE, other);
		const instance = await DuckDBInstance.create(other);
		const con = await instance.connect();
		await con.run(`COMMENT ON TABLE measures IS '${SUMMARIES_COMMENT}0000000000000000'`);
		con.closeSync();
		instance.closeSync();
		const page = await browser().newPage();
		await page.route('**/data/planbild.duckdb', (route) =>
			route.fulfill({ body: readFileSync(other), contentType: 'application/octet-stream' })
		);
		await page.goto(base + '/atgarder');
		const ran = await ranSql(page);
		expect(ran).toContain(MEASURES_SQL);
		await page.close();
	});
});
