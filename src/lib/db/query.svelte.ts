// A query bound to reactive inputs: re-runs when they change, keeps the last
// rows on screen while the next answer is on its way (no flicker), and
// starts from prerendered rows where a view has them.
import { runQuery } from './store.svelte';
import { dataVersion } from './version.svelte';

export interface QueryHandle<T> {
	readonly rows: T[];
	readonly loading: boolean;
	readonly error: string | null;
	/** True once rows came from DuckDB (not only from the prerendered HTML). */
	readonly live: boolean;
	readonly ms: number | null;
}

export function liveQuery<T>(
	spec: () => { sql: string; params?: unknown[] } | null,
	initial: T[] = []
): QueryHandle<T> {
	let rows = $state.raw<T[]>(initial);
	let loading = $state(true);
	let error = $state<string | null>(null);
	let live = $state(false);
	let ms = $state<number | null>(null);
	let seq = 0;

	$effect(() => {
		void dataVersion.n; // corrections change rows under the same SQL
		const s = spec();
		if (!s) return;
		const mine = ++seq;
		loading = true;
		const t0 = performance.now();
		runQuery<T>(s.sql, s.params ?? [])
			.then((r) => {
				if (mine !== seq) return;
				rows = r;
				error = null;
				live = true;
				ms = performance.now() - t0;
				performance.mark('planbild:query-done');
			})
			.catch((e) => {
				if (mine !== seq) return;
				error = e instanceof Error ? e.message : String(e);
			})
			.finally(() => {
				if (mine === seq) loading = false;
			});
	});

	return {
		get rows() {
			return rows;
		},
		get loading() {
			return loading;
		},
		get error() {
			return error;
		},
		get live() {
			return live;
		},
		get ms() {
			return ms;
		}
	};
}
