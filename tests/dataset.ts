// The built dataset (static/data/planbild.duckdb, from `npm run build:data`),
// opened read-only with @duckdb/node-api, for tests of the SQL the app runs.
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

export async function queryDataset<T>(sql: string, params: unknown[] = []): Promise<T[]> {
	const file = join(ROOT, 'static/data/planbild.duckdb');
	if (!existsSync(file)) throw new Error('static/data/planbild.duckdb saknas: kör npm run build:data');
	const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
	const con = await instance.connect();
	try {
		const reader = params.length ? await con.runAndReadAll(sql, params as never) : await con.runAndReadAll(sql);
		return reader.getRowObjectsJson() as T[];
	} finally {
		con.closeSync();
		instance.closeSync();
	}
}
