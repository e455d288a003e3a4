// The import worker: reads a dropped file with the same readers, layouts and
// normalisation as the pipeline, off the page's thread, so the page never
// freezes, and reports its progress. pdf.js is loaded only for a PDF, with its
// own worker file served from the app's origin.
/// <reference lib="webworker" />
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { ingestFile } from '../ingest/ingest-file';
import type { PdfJsLike } from '../ingest/read';
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
	try {
		const result = await ingestFile({ file: msg.file, bytes: new Uint8Array(msg.bytes) }, fromWire(msg.ctx), {
			loadPdf,
			onProgress: (stage, fraction) => post({ type: 'progress', id: msg.id, stage, fraction })
		});
		post({ type: 'done', id: msg.id, result });
	} catch (e) {
		post({ type: 'error', id: msg.id, message: e instanceof Error ? e.message : String(e) });
	}
};
