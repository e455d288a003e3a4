// Rows of one table -> an Arrow table with the column types of the schema
// (src/lib/schema/tables.ts), so DuckDB gets VARCHAR, INTEGER, DOUBLE,
// BOOLEAN and VARCHAR[] exactly as its import tables declare them, whatever
// the rows contain (all nulls, empty lists).
//
// The buffers are laid out by hand with makeData: Arrow's own builders
// (vectorFromArray) compile their null check with `new Function`, which the
// app's Content-Security-Policy (no 'unsafe-eval') forbids.
import {
	Bool,
	Field,
	Float64,
	Int32,
	List,
	makeData,
	makeVector,
	Table,
	Utf8,
	type Data,
	type Vector
} from 'apache-arrow';
import { TABLES, type TableName } from '../schema/tables';

const encoder = new TextEncoder();

function validity(values: unknown[]): { bitmap: Uint8Array; nulls: number } {
	const bitmap = new Uint8Array(Math.ceil(values.length / 8));
	let nulls = 0;
	values.forEach((v, i) => {
		if (v === null || v === undefined) nulls++;
		else bitmap[i >> 3] |= 1 << (i & 7);
	});
	return { bitmap, nulls };
}

function utf8Data(values: unknown[]): Data<Utf8> {
	const { bitmap, nulls } = validity(values);
	const parts = values.map((v) => (v === null || v === undefined ? new Uint8Array(0) : encoder.encode(String(v))));
	const offsets = new Int32Array(values.length + 1);
	parts.forEach((p, i) => (offsets[i + 1] = offsets[i] + p.length));
	const data = new Uint8Array(offsets[values.length]);
	parts.forEach((p, i) => data.set(p, offsets[i]));
	return makeData({
		type: new Utf8(),
		length: values.length,
		nullCount: nulls,
		nullBitmap: bitmap,
		valueOffsets: offsets,
		data
	});
}

function column(sql: string, values: unknown[]): Vector {
	const { bitmap, nulls } = validity(values);
	const length = values.length;
	switch (sql) {
		case 'INTEGER':
			return makeVector(
				makeData({
					type: new Int32(),
					length,
					nullCount: nulls,
					nullBitmap: bitmap,
					data: Int32Array.from(values, (v) => (typeof v === 'number' ? v : 0))
				})
			);
		case 'DOUBLE':
			return makeVector(
				makeData({
					type: new Float64(),
					length,
					nullCount: nulls,
					nullBitmap: bitmap,
					data: Float64Array.from(values, (v) => (typeof v === 'number' ? v : 0))
				})
			);
		case 'BOOLEAN': {
			const bits = new Uint8Array(Math.ceil(length / 8));
			values.forEach((v, i) => {
				if (v === true) bits[i >> 3] |= 1 << (i & 7);
			});
			return makeVector(makeData({ type: new Bool(), length, nullCount: nulls, nullBitmap: bitmap, data: bits }));
		}
		case 'VARCHAR[]': {
			const lists = values.map((v) => (Array.isArray(v) ? v : []));
			const offsets = new Int32Array(length + 1);
			lists.forEach((l, i) => (offsets[i + 1] = offsets[i] + l.length));
			const child = utf8Data(lists.flat());
			return makeVector(
				makeData({
					type: new List(new Field('item', new Utf8(), true)),
					length,
					nullCount: nulls,
					nullBitmap: bitmap,
					valueOffsets: offsets,
					child
				})
			);
		}
		default:
			return makeVector(utf8Data(values));
	}
}

export function rowsToArrow(table: TableName, rows: Record<string, unknown>[]): Table {
	const columns = Object.entries(TABLES[table]) as [string, { sql: string }][];
	return new Table(
		Object.fromEntries(
			columns.map(([name, c]) => [
				name,
				column(
					c.sql,
					rows.map((r) => r[name])
				)
			])
		)
	);
}
