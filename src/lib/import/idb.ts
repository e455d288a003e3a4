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
	bytes: ArrayBuffer;
	/** Rows per table (absent in records from before `arrow`). */
	counts?: Record<string, number>;
	/** The rows as Arrow IPC chunks. */
	arrow?: IpcChunk[];
	/** Older records: the rows as objects. */
	rows?: Partial<Dataset>;
	report: IngestReport;
}

const run = objectStore('planbild-importer', 'imports', 'id');

export const listStoredImports = () => run<StoredImport[]>('readonly', (s) => s.getAll() as IDBRequest<StoredImport[]>);
export const putStoredImport = (rec: StoredImport) => run('readwrite', (s) => s.put(rec));
export const deleteStoredImport = (id: string) => run('readwrite', (s) => s.delete(id));
