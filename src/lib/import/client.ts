// The page's side of the import worker: one worker for the page's lifetime,
// one request per file, progress forwarded to the caller.
import type { StoreRequest, WireContext, WorkerDone, WorkerResponse } from './protocol';

let worker: Worker | null = null;
let next = 1;
const pending = new Map<
	number,
	{
		resolve: (r: WorkerDone) => void;
		reject: (e: Error) => void;
		progress: (s: string, f: number | null) => void;
	}
>();

function getWorker(): Worker {
	if (worker) return worker;
	worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
	worker.onmessage = (ev: MessageEvent<WorkerResponse>) => {
		const msg = ev.data;
		const p = pending.get(msg.id);
		if (!p) return;
		if (msg.type === 'progress') p.progress(msg.stage, msg.fraction);
		else {
			pending.delete(msg.id);
			if (msg.type === 'done')
				p.resolve({ result: msg.result, prepared: msg.prepared, stored: msg.stored, storeError: msg.storeError });
			else p.reject(new Error(msg.message));
		}
	};
	worker.onerror = (ev) => {
		// A worker that dies takes its requests with it; the next file gets a fresh worker.
		for (const p of pending.values()) p.reject(new Error(ev.message || 'Importens arbetstråd stannade.'));
		pending.clear();
		worker?.terminate();
		worker = null;
	};
	return worker;
}

export function readInWorker(
	file: string,
	bytes: ArrayBuffer,
	ctx: WireContext,
	store: StoreRequest,
	progress: (stage: string, fraction: number | null) => void
): Promise<WorkerDone> {
	const id = next++;
	return new Promise((resolve, reject) => {
		pending.set(id, { resolve, reject, progress });
		getWorker().postMessage({ type: 'ingest', id, file, bytes, ctx, store }, [bytes]);
	});
}
