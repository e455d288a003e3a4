// Imported files kept in the browser's IndexedDB until the user removes
// them: the original bytes (so a later Planbild can read them again) and the
// rows and report they gave. The rows are kept as the Arrow IPC chunks the
// import worker made (DuckDB takes them back as they are); records from
// before that keep `rows` as objects. Nothing leaves the computer.
// The worker writes new records; the page reads and deletes them.
import type { Dataset } from '../schema/tables';
import type { IpcChunk } from './prepare';
import type { IngestReport } from '../ingest/ingest';
import type { FileFormat } from '../ingest/ingest-file';

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
	bytes: ArrayBuffer;
	/** Rows per table (absent in records from before `arrow`). */
	counts?: Record<string, number>;
	/** The rows as Arrow IPC chunks. */
	arrow?: IpcChunk[];
	/** Older records: the rows as objects. */
	rows?: Partial<Dataset>;
	report: IngestReport;
}

const DB_NAME = 'planbild-importer';
const STORE = 'imports';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		if (typeof indexedDB === 'undefined') return reject(new Error('IndexedDB saknas i den här webbläsaren'));
		const req = indexedDB.open(DB_NAME, 1);
		req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error ?? new Error('IndexedDB kunde inte öppnas'));
		req.onblocked = () => reject(new Error('IndexedDB är låst av en annan flik'));
	});
}

async function run<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const tx = db.transaction(STORE, mode);
			const req = body(tx.objectStore(STORE));
			tx.oncomplete = () => resolve(req.result);
			tx.onerror = () => reject(tx.error ?? req.error ?? new Error('IndexedDB-fel'));
			tx.onabort = () => reject(tx.error ?? new Error('IndexedDB avbröt'));
		});
	} finally {
		db.close();
	}
}

export const listStoredImports = () => run<StoredImport[]>('readonly', (s) => s.getAll() as IDBRequest<StoredImport[]>);
export const putStoredImport = (rec: StoredImport) => run('readwrite', (s) => s.put(rec));
export const deleteStoredImport = (id: string) => run('readwrite', (s) => s.delete(id));
