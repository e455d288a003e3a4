// A start-up fix for DuckDB-wasm 1.32's worker, applied to the built asset.
//
// Since 1.29, duckdb-wasm is built as a dynamic-linking main module (so that it can load
// extensions): its wasm exports about 75 000 symbols. At start, Emscripten's glue walks
// all of them in `updateGOT` and gives every exported function a Global Offset Table entry
// and a slot in the function table (`addFunction`, one table.grow each), whether or not any
// module imports it. Measured in Chromium on 2 cores: 100–250 ms of a 2–3 s start.
//
// The patch creates no new GOT entries there: it only fills those that exist, i.e. that the
// module itself imported (GOTHandler creates them while instantiating). Any GOT entry a later
// module asks for is still created on request by GOTHandler and filled by
// `reportUndefinedSymbols`, which runs right after from `loadDylibs`. Planbild never loads an
// extension (autoloading is off; the app makes no request outside its origin).
const SLOW = 'GOT[r]||(GOT[r]=new WebAssembly.Global({value:"i32",mutable:!0})),(t||GOT[r].value==0)';
const LAZY = 'GOT[r]&&(t||GOT[r].value==0)';

/** Returns the patched worker source; throws when the glue is not the one this was written for. */
export function patchDuckdbWorker(source: string): string {
	const parts = source.split(SLOW);
	if (parts.length !== 2)
		throw new Error(
			`duckdb-wasm worker: expected the updateGOT loop once, found it ${parts.length - 1} times (new duckdb-wasm version?)`
		);
	return parts.join(LAZY);
}
