// Arrow results -> plain rows: BigInt to number, lists to arrays.
// Column by column: one pass over each column's values, instead of building a row
// proxy and its JSON copy for every row (the cost of large answers, e.g. at 100×).
export type QueryRow = Record<string, unknown>;

interface ColumnLike {
	[Symbol.iterator](): Iterator<unknown>;
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
		if (column) for (const v of column) rows[r++][field.name] = plain(v ?? null);
		else for (const row of rows) row[field.name] = null;
	});
	return rows;
}
