// Tables whose rows are still being put in (the stored imports, restored table by
// table after the engine is handed out). A query waits for every held table its
// SQL names, so it never sees one half filled; other queries run at once.

export class TableHolds {
	#holds = new Map<string, { word: RegExp; filled: Promise<void> }>();

	/** Queries naming `table` (as a whole word) wait until `filled` settles, resolved or not. */
	hold(table: string, filled: Promise<unknown>): void {
		const entry = {
			word: new RegExp(`\\b${table}\\b`),
			filled: filled.then(
				() => {},
				() => {}
			)
		};
		this.#holds.set(table, entry);
		void entry.filled.then(() => {
			if (this.#holds.get(table) === entry) this.#holds.delete(table);
		});
	}

	/** The fills `sql` has to wait for (none when it names no held table). */
	waitsFor(sql: string): Promise<void>[] {
		return [...this.#holds.values()].filter((h) => h.word.test(sql)).map((h) => h.filled);
	}

	/** Settles once every table held now is filled. */
	async all(): Promise<void> {
		await Promise.all([...this.#holds.values()].map((h) => h.filled));
	}

	get held(): string[] {
		return [...this.#holds.keys()];
	}
}

/**
 * Queries running in DuckDB's one worker. The restore awaits `idle()` before each chunk it
 * puts back, so a view's query runs alone instead of taking turns with the restore's inserts.
 */
export class RunningQueries {
	#running = 0;
	#waiters: (() => void)[] = [];

	async run<T>(query: () => Promise<T>): Promise<T> {
		this.#running++;
		try {
			return await query();
		} finally {
			if (--this.#running === 0) {
				const waiters = this.#waiters;
				this.#waiters = [];
				for (const w of waiters) w();
			}
		}
	}

	/** Settles at once when no query runs, else when the last running one has settled. */
	idle(): Promise<void> {
		return this.#running === 0 ? Promise.resolve() : new Promise((resolve) => this.#waiters.push(resolve));
	}
}
