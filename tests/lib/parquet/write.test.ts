// The Parquet writer, checked by DuckDB itself: every table of the built dataset
// and edge cases are written, read back with read_parquet and compared.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeParquet, type ParquetColumn } from '../../../src/lib/parquet/write';
import { TABLES } from '../../../src/lib/schema/tables';
import { quoteIdent } from '../../../src/lib/schema/sql';
import { sql } from '../../dataset';

let dir: string;
let con: DuckDBConnection;
let n = 0;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'planbild-parquet-'));
	con = await (await DuckDBInstance.create(':memory:')).connect();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function query<T>(text: string): Promise<T[]> {
	return (await con.runAndReadAll(text)).getRowObjectsJson() as T[];
}

/** Writes, reads back with DuckDB, and checks the column types and the rows. */
async function roundTrip(columns: ParquetColumn[], rows: Record<string, unknown>[]) {
	const file = join(dir, `t${n++}.parquet`);
	writeFileSync(file, writeParquet(columns, rows));
	const path = file.replaceAll("'", "''");
	const described = await query<{ column_name: string; column_type: string }>(
		`DESCRIBE SELECT * FROM read_parquet('${path}')`
	);
	expect(described.map((d) => [d.column_name, d.column_type])).toEqual(columns.map((c) => [c.name, c.sql]));
	const back = await query<Record<string, unknown>>(`SELECT * FROM read_parquet('${path}')`);
	expect(back).toEqual(rows.map((r) => Object.fromEntries(columns.map((c) => [c.name, r[c.name] ?? null]))));
	return back;
}

const columnsOf = (table: keyof typeof TABLES): ParquetColumn[] =>
	Object.entries(TABLES[table]).map(([name, c]) => ({ name, sql: c.sql }));

describe('writeParquet: the built dataset', () => {
	for (const table of Object.keys(TABLES) as (keyof typeof TABLES)[]) {
		it(`${table}: every row and column round-trips through DuckDB`, async () => {
			const columns = columnsOf(table);
			const rows = await sql<Record<string, unknown>>(
				`SELECT ${columns.map((c) => quoteIdent(c.name)).join(', ')} FROM ${quoteIdent(table)}`
			);
			const back = await roundTrip(columns, rows);
			expect(back.length).toBe(rows.length);
		});
	}

	it('covers every column type the schema uses', () => {
		const types = new Set(Object.values(TABLES).flatMap((t) => Object.values(t).map((c) => c.sql)));
		expect([...types].sort()).toEqual(['BOOLEAN', 'DOUBLE', 'INTEGER', 'VARCHAR', 'VARCHAR[]']);
	});
});

describe('writeParquet: edge cases', () => {
	const all: ParquetColumn[] = [
		{ name: 's', sql: 'VARCHAR' },
		{ name: 'i', sql: 'INTEGER' },
		{ name: 'd', sql: 'DOUBLE' },
		{ name: 'b', sql: 'BOOLEAN' },
		{ name: 'l', sql: 'VARCHAR[]' }
	];

	it('nulls in every type, empty lists, lists with nulls', async () => {
		await roundTrip(all, [
			{ s: null, i: null, d: null, b: null, l: null },
			{ s: 'a', i: 1, d: 1.5, b: true, l: [] },
			{ s: '', i: 0, d: 0, b: false, l: [null] },
			{ s: null, i: null, d: null, b: null, l: ['x', null, 'y'] },
			{ s: 'b', i: -1, d: -0.25, b: true, l: [''] },
			{ s: null, i: 7, d: null, b: false, l: null }
		]);
	});

	it('an empty table', async () => {
		await roundTrip(all, []);
	});

	it('a table of nulls only', async () => {
		await roundTrip(
			all,
			Array.from({ length: 5 }, () => ({ s: null, i: null, d: null, b: null, l: null }))
		);
	});

	it('å, ä, ö, emoji and other non-ASCII text, in values and in lists', async () => {
		await roundTrip(all, [
			{ s: 'Skärholmen – Älvsjö, Östermalm', i: 1, d: 1, b: true, l: ['Hägersten', '🚓 polis', 'ÅÄÖ'] },
			{ s: '👩‍👩‍👧 familj', i: 2, d: 2, b: false, l: ['日本語', 'tab\there', 'rad\nbrytning', "'citat'"] }
		]);
	});

	it('negative and large numbers', async () => {
		await roundTrip(all, [
			{ s: 'min', i: -2147483648, d: -1.7976931348623157e308, b: true, l: [] },
			{ s: 'max', i: 2147483647, d: 1.7976931348623157e308, b: true, l: [] },
			{ s: 'small', i: -123456789, d: 5e-324, b: false, l: [] },
			{ s: 'frac', i: 123456789, d: -123456.789, b: true, l: [] }
		]);
	});

	it('long runs and many rows (RLE run headers over one byte, booleans over many bytes)', async () => {
		const rows = Array.from({ length: 3000 }, (_, k) => ({
			s: k % 7 === 0 ? null : `rad ${k}`,
			i: k < 1500 ? null : k * 1000,
			d: k / 3,
			b: k % 3 === 0 ? null : k % 2 === 0,
			l: k % 5 === 0 ? null : k % 5 === 1 ? [] : Array.from({ length: k % 5 }, (_, j) => (j === 1 ? null : `e${j}`))
		}));
		await roundTrip(all, rows);
	});

	it('more than 15 columns (long list headers in the footer)', async () => {
		const columns = Array.from({ length: 20 }, (_, k) => ({ name: `c${k}`, sql: k % 2 ? 'INTEGER' : 'VARCHAR' }));
		const row = Object.fromEntries(columns.map((c, k) => [c.name, k % 2 ? k : `v${k}`]));
		await roundTrip(columns, [row, row]);
	});

	it('refuses values that do not fit the column type', () => {
		expect(() => writeParquet([{ name: 'i', sql: 'INTEGER' }], [{ i: 2 ** 31 }])).toThrow(/32-bit/);
		expect(() => writeParquet([{ name: 'i', sql: 'INTEGER' }], [{ i: 1.5 }])).toThrow(/32-bit/);
		expect(() => writeParquet([{ name: 'b', sql: 'BOOLEAN' }], [{ b: 'ja' }])).toThrow(/boolean/);
		expect(() => writeParquet([{ name: 'x', sql: 'BIGINT' }], [])).toThrow(/unsupported/);
	});

	it('starts and ends with PAR1', () => {
		const bytes = writeParquet(all, [{ s: 'a', i: 1, d: 1, b: true, l: ['x'] }]);
		const magic = (a: number) => new TextDecoder().decode(bytes.subarray(a, a + 4));
		expect(magic(0)).toBe('PAR1');
		expect(magic(bytes.length - 4)).toBe('PAR1');
	});
});
