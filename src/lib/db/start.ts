// The parts of the engine start that need no duckdb-wasm code: the worker
// (it fetches and compiles the wasm) and the dataset download. Started first,
// so both run while the engine chunk downloads and the wasm compiles.
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

export interface EngineStart {
	worker: Worker;
	wasmUrl: string;
	dataset: Promise<Response>;
}

/**
 * Only the `eh` bundle ships: every browser the app supports has WebAssembly exceptions
 * (Chrome/Edge 95+, Firefox 100+, Safari 15.2+), where duckdb-wasm's selectBundle picks
 * `eh`; the threaded `coi` bundle needs cross-origin isolation headers a static host lacks.
 */
export function beginEngine(dataUrl: string, databaseFile: string): EngineStart {
	return {
		worker: new Worker(new URL(ehWorker, location.href)),
		wasmUrl: new URL(ehWasm, location.href).href,
		dataset: fetch(`${dataUrl}/${databaseFile}`)
	};
}
