// Imported files kept in the browser's IndexedDB until the user removes
// them: the original bytes (so a later Planbild can read them again) and the
// rows and report they gave. The rows are kept as the Arrow IPC chunks the
// import worker made (DuckDB takes them back as they are); records from
// before that keep `rows` as objects. Nothing leaves the computer.
// The worker writes new records; the page reads and deletes them.
//
// The bytes and the chunks are stored as Blobs. Reading the records (getAll)
// turns every ArrayBuffer in them back into memory at once, on the page's
// thread: for a 19 MB plan about 1,2 s in one task on a 2-core machine, most
// of it the 88 MB of chunks (measured: 1 000 chunks of 88 KB, 820–930 ms; 19 MB
// of bytes, 140–170 ms). A Blob comes back as a handle (0–2 ms), and each
// chunk is read asynchronously when it goes into DuckDB (`chunkBytes`). Records
// stored before hold ArrayBuffers and Uint8Arrays, and are read as they are.
import type { Dataset } from '../schema/tables';
import type { IpcChunk } from './prepare';
import type { IngestReport } from '../ingest/ingest';
import type { FileFormat } from '../ingest/ingest-file';
import { objectStore } from '../idb-store';

export interface StoredImport {
	/** SHA-256 of the bytes: the same file is imported once. */
	id: string;
	/** Name as the user's file had it. */
	file: string;
	/** Name the rows carry in `source_file` (unique among published and imported files). */
	source_file: string;
	kind: 'plan' | 'indicators';
	format: FileFormat;
	plan_id: string | null;
	imported_at: string;
	size: number;
	bytes: ArrayBuffer | Blob;
	/** Rows per table (absent in records from before `arrow`). */
	counts?: Record<string, number>;
	/** The rows as Arrow IPC chunks. */
	arrow?: StoredChunk[];
	/** Older records: the rows as objects. */
	rows?: Partial<Dataset>;
	report: IngestReport;
}

/** An Arrow IPC chunk as stored: a Blob since December 2026, bytes before. */
export type StoredChunk = Omit<IpcChunk, 'ipc'> & { ipc: Uint8Array | Blob };

/** The chunks as they are stored: each one's bytes in a Blob. */
export const storedChunks = (chunks: IpcChunk[]): StoredChunk[] =>
	chunks.map((c) => ({ ...c, ipc: new Blob([c.ipc as Uint8Array<ArrayBuffer>]) }));

/** A stored chunk's bytes, read from its Blob (asynchronously) or as they are. */
export async function chunkBytes(c: StoredChunk): Promise<Uint8Array> {
	return c.ipc instanceof Blob ? new Uint8Array(await c.ipc.arrayBuffer()) : c.ipc;
}

const run = objectStore('planbild-importer', 'imports', 'id');

export const listStoredImports = () => run<StoredImport[]>('readonly', (s) => s.getAll() as IDBRequest<StoredImport[]>);
export const putStoredImport = (rec: StoredImport) => run('readwrite', (s) => s.put(rec));
export const deleteStoredImport = (id: string) => run('readwrite', (s) => s.delete(id));
