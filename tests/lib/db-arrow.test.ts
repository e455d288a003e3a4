import { tableFromIPC, tableToIPC, vectorFromArray, Table, List, Utf8, Field, Int64 } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { fromArrow } from '../../src/lib/db/arrow';
import { decodeUtf8Chunk, type Utf8Chunk } from '../../src/lib/db/arrow-utf8';

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

	it("text columns decoded a chunk at a time equal Arrow's value-by-value decoding", () => {
		// A leading BOM, ASCII, å/ä/ö (2 bytes), € (3 bytes), an emoji (4 bytes, two UTF-16 units), empty and null.
		const texts = [
			'\uFEFFmed BOM',
			'Nattvandring',
			'Trygghet i Årsta',
			'',
			null,
			'5 €',
			'ungdomar 😀 fält',
			'ö',
			'x'.repeat(300)
		];
		const table = new Table({ t: vectorFromArray(texts, new Utf8()) });
		expect(fromArrow(table).map((r) => r.t)).toEqual(texts);
		// Several chunks, and a slice whose offsets start inside the values buffer.
		const two = tableFromIPC(tableToIPC(new Table([...table.batches, ...table.batches])));
		expect(fromArrow(two).map((r) => r.t)).toEqual([...texts, ...texts]);
		const sliced = table.slice(2, 6);
		expect(fromArrow(sliced).map((r) => r.t)).toEqual(texts.slice(2, 6));
	});

	it('bytes that are not valid UTF-8 are refused, so the caller decodes value by value', () => {
		const chunk: Utf8Chunk = {
			length: 2,
			nullCount: 0,
			values: new Uint8Array([0x61, 0xff, 0x62, 0x63]),
			valueOffsets: new Int32Array([0, 2, 4]),
			getValid: () => true
		};
		expect(decodeUtf8Chunk(chunk)).toBeNull();
		expect(decodeUtf8Chunk({ ...chunk, values: new Uint8Array([0x61, 0xc3, 0xa5, 0x63]) })).toEqual(['aå', 'c']);
	});
});
