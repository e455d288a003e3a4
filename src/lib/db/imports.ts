// Imported rows in DuckDB-wasm: they live in memory.imports.<table>, and once
// the first import arrives every table name is a view over published + imported
// rows (engine.ts), so each view sees them. Rows are validated against the schema before they go
// in; an import is removed by its source_file. The published dataset
// (the attached, read-only planbild.duckdb) is never written.
import { IMPORT_TABLES, ROW_SCHEMAS, TABLES, type Dataset, type ImportTable } from '../schema/tables';
import { RecordBatchReader } from 'apache-arrow';
import { quoteIdent } from '../schema/sql';
import { normaliseForKey } from '../ingest/normalise';
import type { WireContext } from '../import/protocol';
import type { Engine } from './engine';

export { IMPORT_TABLES, type ImportTable };

/**
 * Imports stored before indicator_values' area_type/area_id/area_name became
 * place_type/place_id/place_name keep their values: the old keys are renamed.
 */
function renamePlaceColumns(row: unknown): unknown {
	if (!row || typeof row !== 'object' || !('area_type' in row)) return row;
	const { area_type, area_id, area_name, ...rest } = row as Record<string, unknown>;
	return { ...rest, place_type: area_type, place_id: area_id, place_name: area_name };
}

/** Keeps the rows that pass their schema; counts the others. */
export function validateImportRows(rows: Partial<Dataset>): { rows: Partial<Dataset>; rejected: number } {
	const out: Partial<Dataset> = {};
	let rejected = 0;
	for (const table of IMPORT_TABLES) {
		const given = (rows[table] ?? []) as unknown[];
		const list = table === 'indicator_values' ? given.map(renamePlaceColumns) : given;
		const kept = list.filter((r) => ROW_SCHEMAS[table].safeParse(r).success);
		rejected += list.length - kept.length;
		(out as Record<string, unknown[]>)[table] = kept;
	}
	return { rows: out, rejected };
}

let tmpSeq = 0;

export async function insertImportRows(engine: Engine, rows: Partial<Dataset>): Promise<void> {
	await engine.ensureImportTables();
	const { rowsToArrow } = await import('../import/arrow-rows');
	for (const table of IMPORT_TABLES) {
		const list = (rows[table] ?? []) as Record<string, unknown>[];
		if (list.length === 0) continue;
		const tmp = `planbild_import_tmp_${++tmpSeq}`;
		await engine.connection.insertArrowTable(rowsToArrow(table, list), { name: tmp, create: true });
		try {
			await engine.connection.query(
				`INSERT INTO memory.imports.${quoteIdent(table)} BY NAME SELECT * FROM ${quoteIdent(tmp)}`
			);
		} finally {
			await engine.connection.query(`DROP TABLE IF EXISTS ${quoteIdent(tmp)}`);
		}
	}
}

/** True when an IPC stream's columns are the table's, by name and in order (read from its schema message). */
export function hasTableColumns(ipc: Uint8Array, table: ImportTable): boolean {
	const reader = RecordBatchReader.from(ipc);
	reader.open();
	const names = reader.schema.fields.map((f) => f.name);
	reader.cancel();
	const want = Object.keys(TABLES[table]);
	return names.length === want.length && names.every((n, i) => n === want[i]);
}

/**
 * Arrow IPC chunks (prepared in the import worker) into memory.imports. Chunks with the
 * table's own columns are appended to it directly; others (stored by an older Planbild, with
 * columns since renamed or added) go into a temporary table and then by name. Each chunk is
 * parsed by DuckDB in its worker; between chunks the page's thread is free.
 */
export async function insertImportChunks(
	engine: Engine,
	chunks: { table: ImportTable; ipc: Uint8Array }[],
	onChunk: (done: number, total: number) => void = () => {},
	/** Awaited before each chunk: the restore lets running queries finish first. */
	beforeChunk: () => Promise<void> = async () => {}
): Promise<void> {
	// The published database is attached read-only and is the default catalog until the
	// import tables exist: create them first, so the temporary table lands in memory.
	await engine.ensureImportTables();
	const tables = [...new Set(chunks.map((c) => c.table))];
	let done = 0;
	for (const table of tables) {
		const own = chunks.filter((c) => c.table === table);
		if (own.every((c) => hasTableColumns(c.ipc, table))) {
			for (const c of own) {
				await beforeChunk();
				await engine.connection.insertArrowFromIPCStream(c.ipc, { schema: 'imports', name: table, create: false });
				onChunk(++done, chunks.length);
			}
			continue;
		}
		const tmp = `planbild_import_tmp_${++tmpSeq}`;
		try {
			let first = true;
			for (const c of own) {
				await beforeChunk();
				await engine.connection.insertArrowFromIPCStream(c.ipc, { name: tmp, create: first });
				first = false;
				onChunk(++done, chunks.length);
			}
			await engine.connection.query(
				`INSERT INTO memory.imports.${quoteIdent(table)} BY NAME SELECT * FROM ${quoteIdent(tmp)}`
			);
		} finally {
			await engine.connection.query(`DROP TABLE IF EXISTS ${quoteIdent(tmp)}`);
		}
	}
}

export async function deleteImportRows(engine: Engine, sourceFile: string): Promise<void> {
	if (!engine.hasImports) return;
	const ofMeasures = `measure_id IN (SELECT measure_id FROM memory.imports.measures WHERE source_file = ?)`;
	await engine.query(`DELETE FROM memory.imports.measure_causes WHERE ${ofMeasures}`, [sourceFile]);
	await engine.query(`DELETE FROM memory.imports.measure_status WHERE ${ofMeasures}`, [sourceFile]);
	for (const table of IMPORT_TABLES)
		if ('source_file' in TABLES[table])
			await engine.query(`DELETE FROM memory.imports.${quoteIdent(table)} WHERE source_file = ?`, [sourceFile]);
}

/** What the worker needs to know about the published and imported data. */
export async function importContext(engine: Engine): Promise<{ wire: WireContext; sourceFiles: Set<string> }> {
	const districts = await engine.query<{ district_id: string; name: string; police_areas: string[] }>(
		'SELECT district_id, name, police_areas FROM districts'
	);
	const labels = await engine.query<{ label: string; area_id: string }>(
		'SELECT area_label_raw AS label, area_id FROM area_labels'
	);
	const areas = await engine.query<{ label: string; area_id: string }>(
		'SELECT label_sv AS label, area_id FROM priority_areas'
	);
	const plans = await engine.query<{ plan_id: string }>('SELECT plan_id FROM plans');
	const indicators = await engine.query<{ indicator_id: string }>('SELECT indicator_id FROM indicators');
	const files = await engine.query<{ source_file: string }>(
		`SELECT source_file FROM plans UNION SELECT source_file FROM ingest_issues
		 UNION SELECT source_file FROM indicator_values WHERE source_file IS NOT NULL`
	);
	return {
		wire: {
			districts: districts.map((d) => ({ ...d, police_areas: d.police_areas ?? [] })),
			areaMap: [...labels, ...areas].map((a) => [normaliseForKey(a.label), a.area_id]),
			takenPlanIds: plans.map((p) => p.plan_id),
			indicatorIds: indicators.map((i) => i.indicator_id)
		},
		sourceFiles: new Set(files.map((f) => f.source_file))
	};
}

/** `plan.xlsx`, then `plan (2).xlsx`, … : a source_file no published or imported file has. */
export function uniqueSourceFile(name: string, taken: Set<string>): string {
	if (!taken.has(name)) return name;
	const m = /^(.*?)(\.[^.]*)?$/.exec(name)!;
	for (let n = 2; ; n++) {
		const candidate = `${m[1]} (${n})${m[2] ?? ''}`;
		if (!taken.has(candidate)) return candidate;
	}
}
