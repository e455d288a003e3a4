import { describe, expect, it } from 'vitest';
import { Table, tableFromIPC, tableToIPC } from 'apache-arrow';
import { hasTableColumns, insertImportChunks, uniqueSourceFile, validateImportRows } from '../../../src/lib/db/imports';
import type { Engine } from '../../../src/lib/db/engine';
import { rowsToArrow } from '../../../src/lib/import/arrow-rows';

describe('rowsToArrow', () => {
	it('rowsToArrow keeps text, nulls, integers, booleans and lists through Arrow IPC', () => {
		const table = rowsToArrow('causes', [
			{
				cause_id: 'a',
				plan_id: 'p',
				area_id: 'x',
				area_label_raw: 'Å',
				problem_id: null,
				text: 'åäö',
				cited_sources: ['s:1', 's:2'],
				source_file: 'f',
				line_start: 1,
				line_end: 2
			},
			{
				cause_id: 'b',
				plan_id: 'p',
				area_id: 'x',
				area_label_raw: 'B',
				problem_id: 'q',
				text: '',
				cited_sources: [],
				source_file: 'f',
				line_start: 3,
				line_end: 3
			}
		]);
		const back = tableFromIPC(tableToIPC(table, 'stream'))
			.toArray()
			.map((r) => r.toJSON());
		expect(back.map((r) => [r.problem_id, r.text, [...(r.cited_sources as Iterable<string>)], r.line_end])).toEqual([
			[null, 'åäö', ['s:1', 's:2'], 2],
			['q', '', [], 3]
		]);
		const m = rowsToArrow('measures', [
			{ with_police: true, year: null },
			{ with_police: false, year: 2024 }
		]);
		expect([...m.getChild('with_police')!]).toEqual([true, false]);
		expect([...m.getChild('year')!]).toEqual([null, 2024]);
	});
});

describe('import helpers', () => {
	it('uniqueSourceFile numbers a name that a published or imported file already has', () => {
		expect(uniqueSourceFile('plan.xlsx', new Set())).toBe('plan.xlsx');
		expect(uniqueSourceFile('plan.xlsx', new Set(['plan.xlsx', 'plan (2).xlsx']))).toBe('plan (3).xlsx');
		expect(uniqueSourceFile('README', new Set(['README']))).toBe('README (2)');
	});

	it('validateImportRows keeps rows that pass the schema and counts the others', () => {
		const { rows, rejected } = validateImportRows({
			source_lines: [
				{ source_file: 'f', line: 1, text: 'ok' },
				{ source_file: 'f', line: 0, text: 'rad 0 finns inte' }
			],
			districts: [{ district_id: 'x' }] as never
		});
		expect(rows.source_lines).toEqual([{ source_file: 'f', line: 1, text: 'ok' }]);
		expect(rejected).toBe(1);
		// Reference tables never come from an import.
		expect(rows.districts).toBeUndefined();
	});

	it('validateImportRows keeps indicator values stored under the older area_* column names', () => {
		const value = {
			indicator_id: 'lob_arenden',
			year: 2024,
			grp: 'alla',
			value: 7,
			provenance: 'user_import',
			source_ref: 't.csv:2',
			quote: 'x',
			plan_id: null,
			source_file: 't.csv',
			line_start: null,
			line_end: null
		};
		const stored = { ...value, area_type: 'stadsdelsomrade', area_id: 'farsta', area_name: 'Farsta' };
		const { rows, rejected } = validateImportRows({ indicator_values: [stored] as never });
		expect(rejected).toBe(0);
		expect(rows.indicator_values).toEqual([
			{ ...value, place_type: 'stadsdelsomrade', place_id: 'farsta', place_name: 'Farsta' }
		]);
	});
});

// One measure_status row, for the chunk tests below.
const row = {
	measure_id: 'm',
	status: 'uppnadd',
	status_basis: 'explicit',
	status_phrase: 'uppnått',
	period: 'VB',
	source_file: 'f',
	line_start: 1,
	line_end: 1
};

describe('hasTableColumns', () => {
	it('is true for a chunk made from the table (appended to it as it is)', () => {
		expect(hasTableColumns(tableToIPC(rowsToArrow('measure_status', [row]), 'stream'), 'measure_status')).toBe(true);
	});
	it('is false for a chunk with a column renamed, missing or moved (such chunks go in by name)', () => {
		const own = rowsToArrow('measure_status', [row]);
		const names = own.schema.fields.map((f) => f.name);
		const columns = (order: string[], rename: Record<string, string> = {}) =>
			new Table(Object.fromEntries(order.map((n) => [rename[n] ?? n, own.getChild(n)!])));
		const ipc = (t: Table) => tableToIPC(t, 'stream');
		expect(hasTableColumns(ipc(columns(names, { period: 'periode' })), 'measure_status')).toBe(false);
		expect(hasTableColumns(ipc(columns(names.slice(1))), 'measure_status')).toBe(false);
		expect(hasTableColumns(ipc(columns([names[1], names[0], ...names.slice(2)])), 'measure_status')).toBe(false);
		expect(hasTableColumns(ipc(columns(names)), 'measure_status')).toBe(true);
	});
});

describe('insertImportChunks', () => {
	// The calls a restore makes to DuckDB, in order, with a stand-in connection.
	function recorder() {
		const log: string[] = [];
		const engine = {
			ensureImportTables: async () => void log.push('tables'),
			connection: {
				insertArrowFromIPCStream: async (_: Uint8Array, o: { name: string }) => void log.push(`insert ${o.name}`),
				query: async (sql: string) => void log.push(sql.split(' ')[0])
			}
		} as unknown as Engine;
		return { log, engine };
	}

	it('awaits beforeChunk before every chunk it hands to DuckDB (the restore lets queries go first)', async () => {
		const { log, engine } = recorder();
		const own = tableToIPC(rowsToArrow('measure_status', [row]), 'stream');
		const chunks = [0, 1, 2].map(() => ({ table: 'measure_status' as const, ipc: own }));
		await insertImportChunks(engine, chunks, undefined, async () => void log.push('before'));
		expect(log).toEqual(['tables', ...[0, 1, 2].flatMap(() => ['before', 'insert measure_status'])]);
	});

	it('also before each chunk that goes in by name through a temporary table', async () => {
		const { log, engine } = recorder();
		const own = rowsToArrow('measure_status', [row]);
		const renamed = new Table(
			Object.fromEntries(
				own.schema.fields.map((f) => [f.name === 'period' ? 'periode' : f.name, own.getChild(f.name)!])
			)
		);
		const ipc = tableToIPC(renamed, 'stream');
		await insertImportChunks(
			engine,
			[
				{ table: 'measure_status', ipc },
				{ table: 'measure_status', ipc }
			],
			undefined,
			async () => void log.push('before')
		);
		expect(log.slice(0, 5)).toEqual([
			'tables',
			'before',
			expect.stringMatching(/^insert planbild_import_tmp_/),
			'before',
			expect.stringMatching(/^insert planbild_import_tmp_/)
		]);
		expect(log).toContain('INSERT');
	});
});
