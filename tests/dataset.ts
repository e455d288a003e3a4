// The built dataset (static/data/planbild.duckdb, from `npm run build:data`),
// opened read-only with @duckdb/node-api, for tests of the SQL the app runs.
// One place opens it, in three manners: `sql` on one connection shared by the
// test file, `useDataset` opened and closed around a file's tests, and
// `queryDataset` for a single query.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ROOT } from './helpers';

export const DB_FILE = join(ROOT, 'static/data/planbild.duckdb');

function create() {
	if (!existsSync(DB_FILE)) throw new Error(`Datasetet saknas (${DB_FILE}); kör npm run build:data först.`);
	return DuckDBInstance.create(DB_FILE, { access_mode: 'READ_ONLY' });
}

type Param = string | number | null;

export async function openDataset() {
	const instance = await create();
	const con = await instance.connect();
	return {
		async all<T>(sql: string, params: Param[] = []): Promise<T[]> {
			const reader = params.length ? await con.runAndReadAll(sql, params as never) : await con.runAndReadAll(sql);
			return reader.getRowObjectsJson() as T[];
		},
		close() {
			con.closeSync();
			instance.closeSync();
		}
	};
}

export type Dataset = Awaited<ReturnType<typeof openDataset>>;

/** Opens the dataset before the tests of the calling file (or describe block) and closes it after. */
export function useDataset(): Dataset {
	let db: Dataset | undefined;
	beforeAll(async () => {
		db = await openDataset();
	});
	afterAll(() => db?.close());
	const open = () => {
		if (!db) throw new Error('Datasetet är inte öppnat än (useDataset körs före testerna).');
		return db;
	};
	return { all: (sql, params) => open().all(sql, params), close: () => open().close() };
}

/** One query on a connection of its own, closed after. */
export async function queryDataset<T>(sql: string, params: Param[] = []): Promise<T[]> {
	const db = await openDataset();
	try {
		return await db.all<T>(sql, params);
	} finally {
		db.close();
	}
}

let shared: Promise<DuckDBConnection> | null = null;

/** Runs SQL with `?` parameters bound by type; rows as plain JSON (BIGINT as number where it fits). */
export async function sql<T>(text: string, params: (string | number)[] = []): Promise<T[]> {
	shared ??= create().then((i) => i.connect());
	const stmt = await (await shared).prepare(text);
	params.forEach((p, i) => (typeof p === 'number' ? stmt.bindInteger(i + 1, p) : stmt.bindVarchar(i + 1, p)));
	const reader = await stmt.runAndReadAll();
	return reader.getRowObjectsJson() as T[];
}
