// Arrow results -> plain rows: BigInt to number, lists to arrays.
export type QueryRow = Record<string, unknown>;

interface ArrowLike {
	toArray(): { toJSON(): Record<string, unknown> }[];
}

function plain(v: unknown): unknown {
	if (typeof v === 'bigint') return Number(v);
	if (v && typeof v === 'object' && 'toArray' in v && typeof (v as { toArray: unknown }).toArray === 'function')
		return Array.from((v as { toArray(): ArrayLike<unknown> }).toArray(), plain);
	return v;
}

export function fromArrow(table: ArrowLike): QueryRow[] {
	return table.toArray().map((row) => {
		const json = row.toJSON();
		const out: QueryRow = {};
		for (const k of Object.keys(json)) out[k] = plain(json[k]);
		return out;
	});
}
