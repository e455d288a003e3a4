// One engine per page load, started as early as the layout runs in the browser
// (or on first use). Views ask `runQuery`; the engine's own state (waiting,
// ready, failed) is shared.
import { assets } from '$app/paths';
import type { QueryRow } from './arrow';
import type { Engine } from './engine';
import { beginEngine } from './start';

export type EngineState = 'idle' | 'starting' | 'ready' | 'error';

export const engineStatus = $state<{ state: EngineState; error: string | null; readyMs: number | null }>({
	state: 'idle',
	error: null,
	readyMs: null
});

let engine: Promise<Engine> | null = null;

export function dataUrl(): string {
	// `assets` is relative under adapter-static's relative paths; resolve it against the page.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- computed once, never mutated
	return new URL(`${assets}/data`, location.href).href.replace(/\/$/, '');
}

export function getEngine(): Promise<Engine> {
	if (!engine) {
		engineStatus.state = 'starting';
		const t0 = performance.now();
		// Worker and dataset first: they load while the engine chunk below downloads.
		const start = beginEngine(dataUrl(), 'planbild.duckdb');
		const imports = import('$lib/import/imports.svelte');
		// The stored imports are read from IndexedDB while the wasm compiles (about 200 ms for a
		// 19 MB plan's rows), not after.
		const stored = imports.then((m) => m.readStoredImports());
		engine = import('./engine')
			.then((m) => m.startEngine(start, 'planbild.duckdb'))
			.then(async (e) => {
				// Marks for `npm run bench` and the browser's performance panel.
				performance.mark('planbild:engine-started');
				// The user's imports (IndexedDB) go in before any view asks, so every view sees them.
				const { restoreImports } = await imports;
				await restoreImports(e, stored);
				performance.mark('planbild:imports-restored');
				// The user's corrections are a layer over published and imported rows.
				const { restoreCorrections } = await import('$lib/corrections/store.svelte');
				await restoreCorrections(e);
				// For analysts (and the browser tests): `await planbild.query('select …')` in the console.
				(globalThis as { planbild?: unknown }).planbild = { query: e.query.bind(e) };
				engineStatus.state = 'ready';
				engineStatus.readyMs = performance.now() - t0;
				performance.mark('planbild:duckdb-ready');
				return e;
			})
			.catch((e) => {
				engineStatus.state = 'error';
				engineStatus.error = e instanceof Error ? e.message : String(e);
				throw e;
			});
	}
	return engine;
}

export async function runQuery<T = QueryRow>(sql: string, params: unknown[] = []): Promise<T[]> {
	const e = await getEngine();
	return e.query<T>(sql, params);
}

/** Prepares a query shape when the browser is idle, so its first real run skips parse and plan. */
export function warmWhenIdle(sql: string): void {
	const idle = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 1));
	idle(() => {
		getEngine()
			.then((e) => e.warm(sql))
			.catch(() => {});
	});
}
