// Arrow results -> plain rows: BigInt to number, lists to arrays.
// Column by column: one pass over each column's values, instead of building a row
// proxy and its JSON copy for every row (the cost of large answers, e.g. at 100×).
import { decodeUtf8Chunk, type Utf8Chunk } from './arrow-utf8';

export type QueryRow = Record<string, unknown>;

interface ColumnLike {
	[Symbol.iterator](): Iterator<unknown>;
	/** apache-arrow's Vector: its type and chunks (absent in simple stand-ins). */
	readonly type?: { readonly typeId: number };
	readonly data?: readonly unknown[];
}

/** apache-arrow's Type.Utf8 (32-bit offsets). */
const UTF8 = 5;

/** A text column's values decoded a chunk at a time (arrow-utf8.ts), or null to take the iterator. */
function textValues(column: ColumnLike): (string | null)[] | null {
	if (column.type?.typeId !== UTF8 || !column.data) return null;
	const out: (string | null)[] = [];
	for (const chunk of column.data) {
		const values = decodeUtf8Chunk(chunk as Utf8Chunk);
		if (!values) return null;
		for (const v of values) out.push(v);
	}
	return out;
}

interface ArrowLike {
	readonly numRows: number;
	readonly schema: { readonly fields: readonly { readonly name: string }[] };
	getChildAt(index: number): ColumnLike | null;
}

function plain(v: unknown): unknown {
	if (typeof v === 'bigint') return Number(v);
	if (v && typeof v === 'object' && 'toArray' in v && typeof (v as { toArray: unknown }).toArray === 'function')
		return Array.from((v as { toArray(): ArrayLike<unknown> }).toArray(), plain);
	return v;
}

export function fromArrow(table: ArrowLike): QueryRow[] {
	const rows: QueryRow[] = Array.from({ length: table.numRows }, () => ({}));
	table.schema.fields.forEach((field, c) => {
		const column = table.getChildAt(c);
		let r = 0;
		const text = column && textValues(column);
		if (text) for (const v of text) rows[r++][field.name] = v;
		else if (column) for (const v of column) rows[r++][field.name] = plain(v ?? null);
		else for (const row of rows) row[field.name] = null;
	});
	return rows;
}
