// The engine starts when SvelteKit's client starts, before the page hydrates:
// the worker, the wasm compile and the dataset download run while it does.
// Measured on 2 cores (README "DuckDB in the browser").
import { getEngine } from '$lib/db/store.svelte';

export const init = (): void => {
	// Errors surface through engineStatus where a view asks.
	getEngine().catch(() => {});
};
