// A small Parquet writer for the dataset's column types, in plain TypeScript
// (no Node, no DOM): DuckDB-wasm 1.32 cannot write Parquet without downloading
// its extension, and the app never leaves its origin.
//
// Layout: "PAR1", one row group, one column chunk per column holding one
// DataPage v1 (PLAIN values, UNCOMPRESSED; repetition and definition levels
// as RLE runs of the RLE/bit-packed hybrid, each block prefixed by its 4-byte
// length), then FileMetaData in the Thrift compact protocol, its 4-byte
// length, "PAR1".
//
// Types: VARCHAR -> optional BYTE_ARRAY (UTF8 / STRING), INTEGER -> optional
// INT32, DOUBLE -> optional DOUBLE, BOOLEAN -> optional BOOLEAN, VARCHAR[] ->
// the standard three-level LIST of optional UTF8 elements.

export interface ParquetColumn {
	name: string;
	/** DuckDB type: VARCHAR, INTEGER, DOUBLE, BOOLEAN or VARCHAR[]. */
	sql: string;
}

// parquet.thrift enums
const T_BOOLEAN = 0;
const T_INT32 = 1;
const T_DOUBLE = 5;
const T_BYTE_ARRAY = 6;
const REQUIRED = 0;
const OPTIONAL = 1;
const REPEATED = 2;
const CONVERTED_UTF8 = 0;
const CONVERTED_LIST = 3;
const ENC_PLAIN = 0;
const ENC_RLE = 3;
const CODEC_UNCOMPRESSED = 0;
const PAGE_DATA = 0;

// Thrift compact protocol type ids
const C_I32 = 5;
const C_I64 = 6;
const C_BINARY = 8;
const C_LIST = 9;
const C_STRUCT = 12;

const utf8 = new TextEncoder();

/** A growable byte buffer. */
class Bytes {
	private buf = new Uint8Array(1024);
	length = 0;

	private reserve(n: number) {
		if (this.length + n <= this.buf.length) return;
		let size = this.buf.length * 2;
		while (size < this.length + n) size *= 2;
		const next = new Uint8Array(size);
		next.set(this.buf.subarray(0, this.length));
		this.buf = next;
	}
	byte(b: number) {
		this.reserve(1);
		this.buf[this.length++] = b & 0xff;
	}
	bytes(b: Uint8Array) {
		this.reserve(b.length);
		this.buf.set(b, this.length);
		this.length += b.length;
	}
	u32le(v: number) {
		this.reserve(4);
		new DataView(this.buf.buffer, this.length, 4).setUint32(0, v >>> 0, true);
		this.length += 4;
	}
	i32le(v: number) {
		this.reserve(4);
		new DataView(this.buf.buffer, this.length, 4).setInt32(0, v, true);
		this.length += 4;
	}
	f64le(v: number) {
		this.reserve(8);
		new DataView(this.buf.buffer, this.length, 8).setFloat64(0, v, true);
		this.length += 8;
	}
	/** Unsigned LEB128 of a non-negative bigint. */
	uleb(v: bigint) {
		do {
			let b = Number(v & 0x7fn);
			v >>= 7n;
			if (v !== 0n) b |= 0x80;
			this.byte(b);
		} while (v !== 0n);
	}
	result(): Uint8Array {
		return this.buf.slice(0, this.length);
	}
}

const zigzag = (v: bigint): bigint => (v >= 0n ? v << 1n : (-v << 1n) - 1n);

/** Thrift compact protocol writer: structs with delta field ids, varints, lists. */
class Compact {
	readonly out = new Bytes();
	private last: number[] = [0];

	private header(id: number, type: number) {
		const prev = this.last[this.last.length - 1];
		const delta = id - prev;
		if (delta > 0 && delta <= 15) this.out.byte((delta << 4) | type);
		else {
			this.out.byte(type);
			this.out.uleb(zigzag(BigInt(id)));
		}
		this.last[this.last.length - 1] = id;
	}
	i32(id: number, v: number) {
		this.header(id, C_I32);
		this.out.uleb(zigzag(BigInt(v)));
	}
	i64(id: number, v: number | bigint) {
		this.header(id, C_I64);
		this.out.uleb(zigzag(BigInt(v)));
	}
	string(id: number, v: string) {
		this.header(id, C_BINARY);
		this.binary(utf8.encode(v));
	}
	private binary(b: Uint8Array) {
		this.out.uleb(BigInt(b.length));
		this.out.bytes(b);
	}
	private listHeader(size: number, type: number) {
		if (size < 15) this.out.byte((size << 4) | type);
		else {
			this.out.byte(0xf0 | type);
			this.out.uleb(BigInt(size));
		}
	}
	/** A struct field; `body` writes the nested fields. */
	struct(id: number, body: () => void) {
		this.header(id, C_STRUCT);
		this.structBody(body);
	}
	/** A struct without a field header (top level, or a list element). */
	structBody(body: () => void) {
		this.last.push(0);
		body();
		this.out.byte(0); // stop
		this.last.pop();
	}
	listI32(id: number, values: number[]) {
		this.header(id, C_LIST);
		this.listHeader(values.length, C_I32);
		for (const v of values) this.out.uleb(zigzag(BigInt(v)));
	}
	listString(id: number, values: string[]) {
		this.header(id, C_LIST);
		this.listHeader(values.length, C_BINARY);
		for (const v of values) this.binary(utf8.encode(v));
	}
	listStruct<T>(id: number, values: T[], body: (v: T) => void) {
		this.header(id, C_LIST);
		this.listHeader(values.length, C_STRUCT);
		for (const v of values) this.structBody(() => body(v));
	}
}

/** RLE runs of the RLE/bit-packed hybrid, prefixed by the block's 4-byte length. */
function levelsBlock(levels: number[], maxLevel: number, out: Bytes) {
	const bitWidth = Math.ceil(Math.log2(maxLevel + 1));
	const valueBytes = Math.ceil(bitWidth / 8);
	const block = new Bytes();
	for (let i = 0; i < levels.length;) {
		let j = i + 1;
		while (j < levels.length && levels[j] === levels[i]) j++;
		block.uleb(BigInt(j - i) << 1n);
		for (let k = 0; k < valueBytes; k++) block.byte(levels[i] >> (8 * k));
		i = j;
	}
	out.u32le(block.length);
	out.bytes(block.result());
}

type Kind = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'VARCHAR[]';

function kindOf(sql: string): Kind {
	const s = sql.trim().toUpperCase();
	if (s === 'VARCHAR' || s === 'INTEGER' || s === 'DOUBLE' || s === 'BOOLEAN' || s === 'VARCHAR[]') return s;
	throw new Error(`writeParquet: unsupported column type ${sql}`);
}

interface Chunk {
	values: number; // level entries (= num_values)
	maxRep: number;
	maxDef: number;
	rep: number[];
	def: number[];
	data: Bytes;
}

function isNull(v: unknown): boolean {
	return v === null || v === undefined;
}

function asNumber(v: unknown, column: string): number {
	const n = typeof v === 'bigint' ? Number(v) : v;
	if (typeof n !== 'number') throw new Error(`writeParquet: ${column} is not a number: ${String(v)}`);
	return n;
}

function encodeColumn(name: string, kind: Kind, rows: Record<string, unknown>[]): Chunk {
	const data = new Bytes();
	const def: number[] = [];
	const rep: number[] = [];
	const byteArray = (s: unknown) => {
		const b = utf8.encode(String(s));
		data.u32le(b.length);
		data.bytes(b);
	};
	if (kind === 'VARCHAR[]') {
		for (const row of rows) {
			const v = row[name];
			if (isNull(v)) {
				rep.push(0);
				def.push(0);
				continue;
			}
			const items = Array.from(v as ArrayLike<unknown>);
			if (items.length === 0) {
				rep.push(0);
				def.push(1);
				continue;
			}
			items.forEach((item, i) => {
				rep.push(i === 0 ? 0 : 1);
				if (isNull(item)) def.push(2);
				else {
					def.push(3);
					byteArray(item);
				}
			});
		}
		return { values: def.length, maxRep: 1, maxDef: 3, rep, def, data };
	}
	const bools: boolean[] = [];
	for (const row of rows) {
		const v = row[name];
		if (isNull(v)) {
			def.push(0);
			continue;
		}
		def.push(1);
		if (kind === 'VARCHAR') byteArray(v);
		else if (kind === 'INTEGER') {
			const n = asNumber(v, name);
			if (!Number.isInteger(n) || n < -2147483648 || n > 2147483647)
				throw new Error(`writeParquet: ${name} is not a 32-bit integer: ${n}`);
			data.i32le(n);
		} else if (kind === 'DOUBLE') data.f64le(asNumber(v, name));
		else {
			if (typeof v !== 'boolean') throw new Error(`writeParquet: ${name} is not a boolean: ${String(v)}`);
			bools.push(v);
		}
	}
	if (kind === 'BOOLEAN') {
		// PLAIN booleans: bit-packed, least significant bit first.
		for (let i = 0; i < bools.length; i += 8) {
			let b = 0;
			for (let k = 0; k < 8 && i + k < bools.length; k++) if (bools[i + k]) b |= 1 << k;
			data.byte(b);
		}
	}
	return { values: def.length, maxRep: 0, maxDef: 1, rep, def, data };
}

const PHYSICAL: Record<Kind, number> = {
	VARCHAR: T_BYTE_ARRAY,
	INTEGER: T_INT32,
	DOUBLE: T_DOUBLE,
	BOOLEAN: T_BOOLEAN,
	'VARCHAR[]': T_BYTE_ARRAY
};

interface SchemaNode {
	name: string;
	type?: number;
	repetition?: number;
	children?: number;
	converted?: number;
	logical?: 'STRING' | 'LIST';
}

function schemaFor(name: string, kind: Kind): SchemaNode[] {
	if (kind === 'VARCHAR[]')
		return [
			{ name, repetition: OPTIONAL, children: 1, converted: CONVERTED_LIST, logical: 'LIST' },
			{ name: 'list', repetition: REPEATED, children: 1 },
			{ name: 'element', type: T_BYTE_ARRAY, repetition: OPTIONAL, converted: CONVERTED_UTF8, logical: 'STRING' }
		];
	if (kind === 'VARCHAR')
		return [{ name, type: T_BYTE_ARRAY, repetition: OPTIONAL, converted: CONVERTED_UTF8, logical: 'STRING' }];
	return [{ name, type: PHYSICAL[kind], repetition: OPTIONAL }];
}

function writeSchemaElement(c: Compact, s: SchemaNode) {
	if (s.type !== undefined) c.i32(1, s.type);
	if (s.repetition !== undefined) c.i32(3, s.repetition);
	c.string(4, s.name);
	if (s.children !== undefined) c.i32(5, s.children);
	if (s.converted !== undefined) c.i32(6, s.converted);
	if (s.logical)
		c.struct(10, () => {
			// LogicalType union: 1 = STRING (StringType), 3 = LIST (ListType); both empty structs.
			c.struct(s.logical === 'STRING' ? 1 : 3, () => {});
		});
}

interface ChunkMeta {
	name: string;
	kind: Kind;
	path: string[];
	values: number;
	size: number;
	offset: number;
}

/** Rows -> the bytes of one Parquet file with the given columns. */
export function writeParquet(columns: ParquetColumn[], rows: Record<string, unknown>[]): Uint8Array {
	const out = new Bytes();
	out.bytes(utf8.encode('PAR1'));
	const metas: ChunkMeta[] = [];
	for (const { name, sql } of columns) {
		const kind = kindOf(sql);
		const chunk = encodeColumn(name, kind, rows);
		const body = new Bytes();
		if (chunk.maxRep > 0) levelsBlock(chunk.rep, chunk.maxRep, body);
		if (chunk.maxDef > 0) levelsBlock(chunk.def, chunk.maxDef, body);
		body.bytes(chunk.data.result());
		const page = new Compact();
		page.structBody(() => {
			page.i32(1, PAGE_DATA);
			page.i32(2, body.length);
			page.i32(3, body.length);
			page.struct(5, () => {
				page.i32(1, chunk.values);
				page.i32(2, ENC_PLAIN);
				page.i32(3, ENC_RLE);
				page.i32(4, ENC_RLE);
			});
		});
		const offset = out.length;
		out.bytes(page.out.result());
		out.bytes(body.result());
		metas.push({
			name,
			kind,
			path: kind === 'VARCHAR[]' ? [name, 'list', 'element'] : [name],
			values: chunk.values,
			size: out.length - offset,
			offset
		});
	}

	const schema: SchemaNode[] = [{ name: 'schema', repetition: REQUIRED, children: columns.length }];
	for (const m of metas) schema.push(...schemaFor(m.name, m.kind));
	const total = metas.reduce((s, m) => s + m.size, 0);

	const meta = new Compact();
	meta.structBody(() => {
		meta.i32(1, 1);
		meta.listStruct(2, schema, (s) => writeSchemaElement(meta, s));
		meta.i64(3, rows.length);
		meta.listStruct(4, [0], () => {
			meta.listStruct(1, metas, (m) => {
				meta.i64(2, m.offset);
				meta.struct(3, () => {
					meta.i32(1, PHYSICAL[m.kind]);
					meta.listI32(2, [ENC_PLAIN, ENC_RLE]);
					meta.listString(3, m.path);
					meta.i32(4, CODEC_UNCOMPRESSED);
					meta.i64(5, m.values);
					meta.i64(6, m.size);
					meta.i64(7, m.size);
					meta.i64(9, m.offset);
				});
			});
			meta.i64(2, total);
			meta.i64(3, rows.length);
		});
		meta.string(6, 'planbild');
	});
	const footer = meta.out.result();
	out.bytes(footer);
	out.u32le(footer.length);
	out.bytes(utf8.encode('PAR1'));
	return out.result();
}
