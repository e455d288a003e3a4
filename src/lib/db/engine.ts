// DuckDB-wasm in the browser: started lazily after mount, fed the dataset's
// .duckdb file from the app's own origin, with extension autoloading off.
// Import this module only dynamically (it pulls in duckdb-wasm).
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { fromArrow, type QueryRow } from './arrow';
import { createTableSql, quoteIdent, TABLE_NAMES, unionViewSql } from '../schema/sql';

export interface Engine {
	query<T = QueryRow>(sql: string, params?: unknown[]): Promise<T[]>;
	/** Replaces the tables of the attached dataset seen by views with a union over imports. */
	connection: duckdb.AsyncDuckDBConnection;
	db: duckdb.AsyncDuckDB;
}

const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

export async function startEngine(dataUrl: string, databaseFile: string): Promise<Engine> {
	const bundle = await duckdb.selectBundle(BUNDLES);
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule);
	const response = await fetch(`${dataUrl}/${databaseFile}`);
	if (!response.ok) throw new Error(`Datasetet kunde inte hämtas (${response.status}).`);
	await db.registerFileBuffer(databaseFile, new Uint8Array(await response.arrayBuffer()));
	const connection = await db.connect();
	// No request may leave the origin: a failed extension download would also break the instance.
	await connection.query('SET autoinstall_known_extensions = false');
	await connection.query('SET autoload_known_extensions = false');
	await connection.query(`ATTACH '${databaseFile}' AS planbild (READ_ONLY)`);
	// Imported plans live in memory.imports; each table name is a view over both.
	await connection.query('CREATE SCHEMA IF NOT EXISTS memory.imports');
	for (const table of TABLE_NAMES) {
		await connection.query(createTableSql(table, `memory.imports.${quoteIdent(table)}`));
		await connection.query(unionViewSql(table, 'planbild', 'memory.imports'));
	}
	return {
		db,
		connection,
		async query<T>(sql: string, params: unknown[] = []) {
			if (params.length === 0) return fromArrow((await connection.query(sql)) as never) as T[];
			const stmt = await connection.prepare(sql);
			try {
				return fromArrow((await stmt.query(...params)) as never) as T[];
			} finally {
				await stmt.close();
			}
		}
	};
}
