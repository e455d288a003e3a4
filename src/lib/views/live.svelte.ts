// The start of every view, once: the page is prerendered with rows computed
// at build time; after mount the URL is read and DuckDB-wasm starts; each
// query then runs live and replaces its prerendered rows. A thin layer over
// liveQuery (src/lib/db/query.svelte.ts) so the engine underneath can change.
import { onMount } from 'svelte';
import { liveQuery, type QueryHandle } from '$lib/db/query.svelte';
import { createUrlFilters } from '$lib/url-state.svelte';

export interface QuerySpec {
	sql: string;
	params?: unknown[];
}

/**
 * Call once from a page's script. `onStart` runs after mount, once the URL has
 * been read, and may return a cleanup. Prerendered rows are passed as a
 * function so they are read once, as the starting value, and never tracked.
 */
export function liveView(onStart?: () => void | (() => void)) {
	let mounted = $state(false);
	const filters = createUrlFilters();

	onMount(() => {
		const stopUrl = filters.start();
		mounted = true;
		const stop = onStart?.();
		return () => {
			stopUrl();
			stop?.();
		};
	});

	/** A query with reactive inputs; `spec` returning null waits. Runs only after mount. */
	function query<T>(spec: () => QuerySpec | null, prerendered?: () => T[]): QueryHandle<T> {
		return liveQuery<T>(() => (mounted && filters.ready ? spec() : null), prerendered?.() ?? []);
	}

	/** A fixed query: the prerendered rows first, then DuckDB's. */
	function table<T>(sql: string, prerendered?: () => T[]): QueryHandle<T> {
		return query<T>(() => ({ sql }), prerendered);
	}

	return {
		/** The URL's filters (read after mount). */
		filters,
		/** False in the prerendered HTML and until mount. */
		get mounted() {
			return mounted;
		},
		query,
		table
	};
}
