// The import worker: reads a dropped file with the same readers, layouts and
// normalisation as the pipeline, off the page's thread, so the page never
// freezes, and reports its progress. It also checks the rows against their
// schemas, packs them as Arrow IPC chunks and keeps the import in IndexedDB,
// so the page only moves chunks into DuckDB. pdf.js is loaded only for a PDF, with its
// own worker file served from the app's origin.
/// <reference lib="webworker" />
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { ingestFile } from '../ingest/ingest-file';
import type { PdfJsLike } from '../ingest/read';
import { putStoredImport, storedChunks } from './idb';
import { prepareRows } from './prepare';
import { fromWire, type WorkerRequest, type WorkerResponse } from './protocol';

const post = (msg: WorkerResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(msg);

async function loadPdf(): Promise<PdfJsLike> {
	const pdfjs = await import('pdfjs-dist');
	pdfjs.GlobalWorkerOptions.workerSrc = pdfWorkerUrl;
	return pdfjs as unknown as PdfJsLike;
}

self.onmessage = async (ev: MessageEvent<WorkerRequest>) => {
	const msg = ev.data;
	if (msg?.type !== 'ingest') return;
	const progress = (stage: string, fraction: number | null) => post({ type: 'progress', id: msg.id, stage, fraction });
	try {
		const result = await ingestFile({ file: msg.file, bytes: new Uint8Array(msg.bytes) }, fromWire(msg.ctx), {
			loadPdf,
			onProgress: progress
		});
		if (result.kind === 'failed' || !result.rows) {
			post({ type: 'done', id: msg.id, result, prepared: null, stored: false, storeError: null });
			return;
		}
		progress('Förbereder raderna för databasen', null);
		const prepared = prepareRows(result.rows);
		const report = { ...result, rows: null };
		let stored = false;
		let storeError: string | null = null;
		if (!msg.store.existingIds.includes(result.sha256)) {
			progress('Sparar i webbläsaren', null);
			try {
				await putStoredImport({
					id: result.sha256,
					file: msg.store.file,
					source_file: msg.file,
					kind: result.kind,
					format: result.format,
					plan_id: prepared.plan_id,
					imported_at: msg.store.imported_at,
					size: msg.store.size,
					bytes: new Blob([msg.bytes]),
					counts: prepared.counts,
					arrow: storedChunks(prepared.chunks),
					report: result.report
				});
				stored = true;
			} catch (e) {
				storeError = e instanceof Error ? e.message : String(e);
			}
		}
		// The chunks move to the page without a copy; the rows as objects never do.
		(self as unknown as DedicatedWorkerGlobalScope).postMessage(
			{ type: 'done', id: msg.id, result: report, prepared, stored, storeError } satisfies WorkerResponse,
			prepared.chunks.map((c) => c.ipc.buffer as ArrayBuffer)
		);
	} catch (e) {
		post({ type: 'error', id: msg.id, message: e instanceof Error ? e.message : String(e) });
	}
};
