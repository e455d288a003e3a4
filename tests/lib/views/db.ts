// Opens the built dataset read-only for SQL tests (run `npm run build:data` first).
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import { ROOT } from '../../helpers';

let con: Promise<DuckDBConnection> | null = null;

function connect(): Promise<DuckDBConnection> {
	con ??= DuckDBInstance.create(join(ROOT, 'static/data/planbild.duckdb'), { access_mode: 'READ_ONLY' }).then((i) =>
		i.connect()
	);
	return con;
}

/** Runs SQL with `?` parameters; rows as plain JSON (BIGINT as number where it fits). */
export async function sql<T>(text: string, params: (string | number)[] = []): Promise<T[]> {
	const c = await connect();
	const stmt = await c.prepare(text);
	params.forEach((p, i) => (typeof p === 'number' ? stmt.bindInteger(i + 1, p) : stmt.bindVarchar(i + 1, p)));
	const reader = await stmt.runAndReadAll();
	return reader.getRowObjectsJson() as T[];
}
