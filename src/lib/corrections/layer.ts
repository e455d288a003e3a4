// Corrections in DuckDB-wasm: the same applyCorrections the build runs, over
// published + imported rows. A table a correction changes is materialised as
// memory.corrected.<table>, and its view (every view's SQL names only the
// table) points there; a table no correction changes keeps its ordinary view.
// Why JS and not SQL: one implementation for build and browser means the
// browser shows exactly the values `npm run build:data` will publish.
import type { Engine } from '../db/engine';
import { quoteIdent } from '../schema/sql';
import type { Dataset, TableName } from '../schema/tables';
import { applyCorrections, KIND_TABLES, type Correctable, type Outcome } from './apply';
import type { Correction } from './schema';

/** Tables each kind changes (KIND_TABLES also lists those it only reads). */
const WRITES: Record<Correction['kind'], (keyof Correctable)[]> = {
	cause_link: ['measure_causes', 'causes'],
	status: ['measure_status'],
	area: ['problems', 'causes', 'measures', 'situation_changes', 'stated_counts'],
	quote: ['indicator_values'],
	split: ['measures', 'measure_causes', 'followups', 'measure_status'],
	merge: ['measures', 'measure_causes', 'followups', 'measure_status']
};

const active = new Set<TableName>();
let tmpSeq = 0;

async function hasImportTable(engine: Engine, table: string): Promise<boolean> {
	const r = await engine.query<{ n: number }>(
		`SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE database_name = 'memory' AND schema_name = 'imports' AND table_name = ?`,
		[table]
	);
	return r[0].n > 0;
}

/** Published rows, plus imported ones where there are any: the rows before any correction. */
async function baseSql(engine: Engine, table: TableName): Promise<string> {
	const t = quoteIdent(table);
	const published = `SELECT * FROM planbild.${t}`;
	return (await hasImportTable(engine, table))
		? `${published} UNION ALL BY NAME SELECT * FROM memory.imports.${t}`
		: published;
}

/** Applies the corrections to what the views see; returns what each one did. */
export async function applyCorrectionLayer(engine: Engine, corrections: readonly Correction[]): Promise<Outcome[]> {
	const kinds = new Set(corrections.map((c) => c.kind));
	const reads = new Set<keyof Correctable>([...kinds].flatMap((k) => KIND_TABLES[k]));
	const writes = new Set<TableName>([...kinds].flatMap((k) => WRITES[k]));
	const rows: Partial<Dataset> = {};
	for (const t of reads)
		(rows as Record<string, unknown>)[t] = await engine.query(`SELECT * FROM (${await baseSql(engine, t)})`);
	const { rows: out, outcomes } = applyCorrections(rows, corrections);
	if (writes.size || active.size) {
		// Until something is imported or corrected the published database (read-only) is the
		// default catalog and its tables are no views: set up the writable layer first.
		await engine.ensureImportTables();
		await engine.connection.query('CREATE SCHEMA IF NOT EXISTS memory.corrected');
		const { rowsToArrow } = await import('../import/arrow-rows');
		for (const t of writes) {
			const tmp = `planbild_corrected_tmp_${++tmpSeq}`;
			const list = (out as Record<string, Record<string, unknown>[]>)[t];
			await engine.connection.insertArrowTable(rowsToArrow(t, list), { name: tmp, create: true });
			try {
				await engine.connection.query(
					`CREATE OR REPLACE TABLE memory.corrected.${quoteIdent(t)} AS SELECT * FROM ${quoteIdent(tmp)}`
				);
			} finally {
				await engine.connection.query(`DROP TABLE IF EXISTS ${quoteIdent(tmp)}`);
			}
			await engine.connection.query(
				`CREATE OR REPLACE VIEW ${quoteIdent(t)} AS SELECT * FROM memory.corrected.${quoteIdent(t)}`
			);
			active.add(t);
		}
		// A table no correction changes any more: back to its ordinary view.
		for (const t of [...active].filter((x) => !writes.has(x))) {
			await engine.connection.query(`CREATE OR REPLACE VIEW ${quoteIdent(t)} AS ${await baseSql(engine, t)}`);
			await engine.connection.query(`DROP TABLE IF EXISTS memory.corrected.${quoteIdent(t)}`);
			active.delete(t);
		}
	}
	return outcomes;
}
