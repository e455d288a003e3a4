// Prepared statements per query shape (the SQL text), reused across filter
// changes: a change only binds new parameters instead of parsing, binding and
// planning again. Bounded, least recently used first out.
import type { AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm';

const LIMIT = 64;

export class StatementCache {
	// Insertion order is use order: a hit is moved to the end.
	#prepared = new Map<string, Promise<AsyncPreparedStatement>>();

	constructor(private readonly connection: AsyncDuckDBConnection) {}

	prepare(sql: string): Promise<AsyncPreparedStatement> {
		let stmt = this.#prepared.get(sql);
		if (stmt) this.#prepared.delete(sql);
		else {
			stmt = this.connection.prepare(sql);
			// A statement that failed to prepare is not kept: the next call reports its own error.
			stmt.catch(() => this.#prepared.get(sql) === stmt && this.#prepared.delete(sql));
		}
		this.#prepared.set(sql, stmt);
		if (this.#prepared.size > LIMIT) {
			const [oldest, evicted] = this.#prepared.entries().next().value!;
			this.#prepared.delete(oldest);
			evicted.then((s) => s.close()).catch(() => {});
		}
		return stmt;
	}

	async run(sql: string, params: unknown[]) {
		const stmt = await this.prepare(sql);
		return stmt.query(...params);
	}

	/** Closes every statement (the catalog they were bound to changed). */
	async clear(): Promise<void> {
		const all = [...this.#prepared.values()];
		this.#prepared.clear();
		await Promise.all(all.map((p) => p.then((s) => s.close()).catch(() => {})));
	}
}
