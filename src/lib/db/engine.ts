// DuckDB-wasm in the browser: fed the dataset's .duckdb file from the app's own
// origin, with extension autoloading off. Import this module only dynamically
// (it pulls in duckdb-wasm); the worker and the dataset fetch are started before
// it loads (start.ts), so they overlap with this chunk's download and the compile.
import * as duckdb from '@duckdb/duckdb-wasm';
import { fromArrow, type QueryRow } from './arrow';
import { createTableSql, quoteIdent, TABLE_NAMES, unionViewSql } from '../schema/sql';
import type { EngineStart } from './start';
import { StatementCache } from './statements';
import { RunningQueries, TableHolds } from './holds';
import { SUMMARIES_COMMENT } from '../views/summaries';

export interface Engine {
	query<T = QueryRow>(sql: string, params?: unknown[]): Promise<T[]>;
	/** Prepares a query shape ahead of its first use (idle-time warm-up). */
	warm(sql: string): Promise<void>;
	/** The id of the summaries the published database was built with (null if it carries none). */
	readonly summariesId: string | null;
	/** True once the import tables exist (an import was added or restored in this page). */
	readonly hasImports: boolean;
	/** Creates memory.imports.<table> and the union views; the first import calls it. */
	ensureImportTables(): Promise<void>;
	/**
	 * Queries that name `table` wait until `filled` settles: the stored imports are put back
	 * table by table after the engine is handed out, and no query sees a table half filled.
	 */
	hold(table: string, filled: Promise<unknown>): void;
	/** Settles once no table is held any more. */
	allFilled(): Promise<void>;
	/**
	 * Settles when no query is running (one waiting for a held table does not count). The
	 * restore awaits it before each chunk, so a view's query is not slowed by the tables
	 * it does not need being put back at the same time in DuckDB's one worker.
	 */
	queriesIdle(): Promise<void>;
	connection: duckdb.AsyncDuckDBConnection;
	db: duckdb.AsyncDuckDB;
}

export async function startEngine(start: EngineStart, databaseFile: string): Promise<Engine> {
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), start.worker);
	await db.instantiate(start.wasmUrl);
	const response = await start.dataset;
	if (!response.ok) throw new Error(`Datasetet kunde inte hämtas (${response.status}).`);
	await db.registerFileBuffer(databaseFile, new Uint8Array(await response.arrayBuffer()));
	const connection = await db.connect();
	// One round trip: no request may leave the origin (a failed extension download would also
	// break the instance); the published database attached, and with nothing imported every
	// table name resolves straight to it (no import tables, no union views); and the id of
	// the summaries the build computed from its rows (views/summaries.ts).
	const comment = await connection.query(
		[
			'SET autoinstall_known_extensions = false',
			'SET autoload_known_extensions = false',
			`ATTACH '${databaseFile}' AS planbild (READ_ONLY)`,
			'USE planbild',
			"SELECT comment FROM duckdb_tables() WHERE database_name = 'planbild' AND table_name = 'measures'"
		].join(';\n')
	);
	const tag = String(comment.toArray()[0]?.comment ?? '');
	const summariesId = tag.startsWith(SUMMARIES_COMMENT) ? tag.slice(SUMMARIES_COMMENT.length) : null;
	const statements = new StatementCache(connection);
	const holds = new TableHolds();
	let importTables: Promise<void> | null = null;
	let hasImports = false;
	const running = new RunningQueries();

	return {
		db,
		connection,
		summariesId,
		get hasImports() {
			return hasImports;
		},
		ensureImportTables() {
			importTables ??= (async () => {
				// Imported plans live in memory.imports; each table name becomes a view over both in
				// memory.main. Everything is qualified, so queries running meanwhile still see the
				// published tables until USE switches the default catalog.
				// One round trip to the worker for every statement (one by one they took ~100 ms in all).
				await connection.query(
					[
						'CREATE SCHEMA IF NOT EXISTS memory.imports',
						...TABLE_NAMES.flatMap((table) => [
							createTableSql(table, `memory.imports.${quoteIdent(table)}`),
							unionViewSql(table, 'planbild.main', 'memory.imports', 'memory.main')
						]),
						'USE memory'
					].join(';\n')
				);
				// Statements prepared so far were bound to the published tables, not the views.
				await statements.clear();
				hasImports = true;
			})();
			return importTables;
		},
		hold(table: string, filled: Promise<unknown>) {
			holds.hold(table, filled);
		},
		allFilled() {
			return holds.all();
		},
		async query<T>(sql: string, params: unknown[] = []) {
			const waits = holds.waitsFor(sql);
			if (waits.length) await Promise.all(waits);
			return running.run(async () => fromArrow((await statements.run(sql, params)) as never) as T[]);
		},
		queriesIdle() {
			return running.idle();
		},
		async warm(sql: string) {
			await statements.prepare(sql);
		}
	};
}
