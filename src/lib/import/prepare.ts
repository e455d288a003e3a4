// The worker's last step before the page gets an import: rows checked
// against their schemas and turned into Arrow IPC streams of at most CHUNK
// rows per table. The page then hands each chunk to DuckDB (which parses it
// in its own worker) and never holds the rows as objects: a 19 MB plan
// gives some 250 000 rows, and cloning or validating them on the page's
// thread froze it for seconds. The same chunks are what IndexedDB keeps.
import { tableToIPC } from 'apache-arrow';
import { IMPORT_TABLES, validateImportRows, type ImportTable } from '../db/imports';
import type { Dataset } from '../schema/tables';
import { rowsToArrow } from './arrow-rows';

export const CHUNK_ROWS = 5000;

export interface IpcChunk {
	table: ImportTable;
	rows: number;
	ipc: Uint8Array;
}

export interface PreparedRows {
	chunks: IpcChunk[];
	counts: Record<string, number>;
	/** Rows that failed their schema and were left out. */
	rejected: number;
	plan_id: string | null;
}

export function prepareRows(input: Partial<Dataset>): PreparedRows {
	const { rows, rejected } = validateImportRows(input);
	const chunks: IpcChunk[] = [];
	const counts: Record<string, number> = {};
	for (const table of IMPORT_TABLES) {
		const list = (rows[table] ?? []) as Record<string, unknown>[];
		counts[table] = list.length;
		for (let i = 0; i < list.length; i += CHUNK_ROWS) {
			const part = list.slice(i, i + CHUNK_ROWS);
			chunks.push({ table, rows: part.length, ipc: tableToIPC(rowsToArrow(table, part), 'stream') });
		}
	}
	return { chunks, counts, rejected, plan_id: (rows.plans?.[0]?.plan_id as string | undefined) ?? null };
}
