// The built dataset (npm run build:data), opened read-only for SQL tests, and
// the rows Uppföljning asks of it for one plan, so every test reads a plan the
// way the view does (MEASURES_SQL / FOLLOWUPS_SQL) instead of writing it again.
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import {
	FOLLOWUPS_SQL,
	MEASURES_SQL,
	type FollowupEntryRow,
	type FollowupMeasureRow
} from '$lib/views/uppfoljning/queries';
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

/** One plan's measures and follow-ups, as Uppföljning reads them. */
export async function planRows(db: Dataset, plan: string) {
	const measures = await db.all<FollowupMeasureRow>(MEASURES_SQL, [plan]);
	const followups = await db.all<FollowupEntryRow>(FOLLOWUPS_SQL, [plan]);
	return { measures, followups };
}
