// The built dataset (npm run build:data), opened read-only for SQL tests.
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../helpers';

export const DB_FILE = join(ROOT, 'static/data/planbild.duckdb');

export async function openDataset() {
	if (!existsSync(DB_FILE)) throw new Error(`Datasetet saknas (${DB_FILE}); kör npm run build:data först.`);
	const instance = await DuckDBInstance.create(DB_FILE, { access_mode: 'READ_ONLY' });
	const con = await instance.connect();
	return {
		async all<T>(sql: string, params: (string | number | null)[] = []): Promise<T[]> {
			const reader = await con.runAndReadAll(sql, params as never);
			return reader.getRowObjectsJson() as T[];
		},
		close() {
			con.closeSync();
			instance.closeSync();
		}
	};
}
