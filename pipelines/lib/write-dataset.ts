// The one producer of static/data/: the same rows go into planbild.duckdb
// (for the browser) and one Parquet file per table (for analysts and `npm run sql`).
import { DuckDBInstance, LIST, VARCHAR, type DuckDBAppender } from '@duckdb/node-api';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createTableSql, quoteIdent } from '../../src/lib/schema/sql';
import { TABLES, TABLE_NAMES, type Dataset, type Manifest } from '../../src/lib/schema/tables';
import { summariesId } from '../../src/lib/server/summaries';
import { SUMMARIES_COMMENT } from '../../src/lib/views/summaries';

export const DATABASE_FILE = 'planbild.duckdb';
// The browser runs duckdb-wasm 1.32 (DuckDB 1.4.3): write a storage version it reads.
const STORAGE_VERSION = 'v1.4.0';

const q = quoteIdent;

function appendValue(app: DuckDBAppender, sql: string, value: unknown): void {
	if (value === null || value === undefined) return app.appendNull();
	switch (sql) {
		case 'VARCHAR':
			return app.appendVarchar(String(value));
		case 'INTEGER':
			return app.appendInteger(value as number);
		case 'DOUBLE':
			return app.appendDouble(value as number);
		case 'BOOLEAN':
			return app.appendBoolean(value as boolean);
		case 'VARCHAR[]':
			return app.appendList(value as string[], LIST(VARCHAR));
		default:
			throw new Error(`no appender for ${sql}`);
	}
}

export async function writeDataset(
	dataset: Dataset,
	outDir: string,
	summaryQueries: Record<string, string>,
	sources: Manifest['sources']
): Promise<{ manifest: Manifest; summaries: Record<string, Record<string, unknown>[]> }> {
	mkdirSync(outDir, { recursive: true });
	const dbPath = join(outDir, DATABASE_FILE);
	rmSync(dbPath, { force: true });
	rmSync(dbPath + '.wal', { force: true });
	const instance = await DuckDBInstance.create(':memory:');
	const con = await instance.connect();
	const tables: Manifest['tables'] = [];
	for (const table of TABLE_NAMES) {
		await con.run(createTableSql(table));
		const columns = Object.entries(TABLES[table]);
		const app = await con.createAppender(table);
		for (const row of dataset[table] as Record<string, unknown>[]) {
			for (const [name, c] of columns) appendValue(app, c.sql, row[name]);
			app.endRow();
		}
		app.closeSync();
		const parquet = `${table}.parquet`;
		await con.run(`COPY ${q(table)} TO '${join(outDir, parquet)}' (FORMAT parquet, COMPRESSION zstd)`);
		tables.push({
			name: table,
			parquet,
			rows: dataset[table].length,
			columns: columns.map(([name, c]) => ({ name, type: c.sql }))
		});
	}
	const summaries: Record<string, Record<string, unknown>[]> = {};
	for (const [name, sql] of Object.entries(summaryQueries)) {
		const reader = await con.runAndReadAll(sql);
		summaries[name] = reader.getRowObjectsJson() as Record<string, unknown>[];
	}
	await con.run(`ATTACH '${dbPath}' AS published (STORAGE_VERSION '${STORAGE_VERSION}')`);
	for (const table of TABLE_NAMES) {
		await con.run(createTableSql(table, `published.${q(table)}`));
		await con.run(`INSERT INTO published.${q(table)} SELECT * FROM ${q(table)}`);
	}
	// The prerendered answers' id goes with the rows it was computed from (src/lib/server/summaries.ts).
	await con.run(`COMMENT ON TABLE published.measures IS '${SUMMARIES_COMMENT}${summariesId(summaries)}'`);
	await con.run('DETACH published');
	con.closeSync();
	instance.closeSync();
	statSync(dbPath);
	return {
		manifest: { schema_version: 1, built_at: new Date().toISOString(), database: DATABASE_FILE, tables, sources },
		summaries
	};
}
