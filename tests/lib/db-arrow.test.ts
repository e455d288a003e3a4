import { tableFromIPC, tableToIPC, vectorFromArray, Table, List, Utf8, Field, Int64 } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { fromArrow } from '../../src/lib/db/arrow';

describe('fromArrow', () => {
	it('gives the same plain rows as the row-by-row toJSON path, nulls, BigInt and lists included', () => {
		const ids = vectorFromArray([1n, null, 3n], new Int64());
		const names = vectorFromArray(['a', null, 'ö'], new Utf8());
		const tags = vectorFromArray([['x', 'y'], null, []], new List(new Field('item', new Utf8(), true)));
		const table = new Table({ id: ids, name: names, tags });
		const viaRows = table.toArray().map((row) => {
			const json = row.toJSON() as Record<string, unknown>;
			return Object.fromEntries(
				Object.entries(json).map(([k, v]) => [
					k,
					typeof v === 'bigint'
						? Number(v)
						: v && typeof v === 'object' && 'toArray' in v
							? [...(v as { toArray(): string[] }).toArray()]
							: v
				])
			);
		});
		const rows = fromArrow(table);
		expect(rows).toEqual([
			{ id: 1, name: 'a', tags: ['x', 'y'] },
			{ id: null, name: null, tags: null },
			{ id: 3, name: 'ö', tags: [] }
		]);
		expect(rows).toEqual(viaRows);
		// Several record batches (DuckDB sends one per chunk) keep their order.
		const two = tableFromIPC(tableToIPC(new Table([...table.batches, ...table.batches])));
		expect(fromArrow(two).map((r) => r.id)).toEqual([1, null, 3, 1, null, 3]);
	});

	it('an empty answer has no rows', () => {
		const empty = new Table({ id: vectorFromArray([], new Int64()) });
		expect(fromArrow(empty)).toEqual([]);
	});
});
