// Text columns of an Arrow answer, decoded in one call per chunk. Arrow's own
// getter calls TextDecoder once per value; for a large answer (40 000 imported
// measures × 20 text columns) that per-call cost was most of the time the page
// spent turning DuckDB's answer into rows. Here the chunk's bytes are decoded
// once and each value is cut out of the text at its offsets, which are byte
// offsets and are turned into UTF-16 positions in the same pass.
// fatal: invalid bytes throw instead of becoming U+FFFD, which would shift every later cut;
// ignoreBOM: a value starting with U+FEFF keeps it (stripping it would shift the cuts too).
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** One chunk of a Utf8 column (apache-arrow's Data). valueOffsets index into values directly. */
export interface Utf8Chunk {
	readonly length: number;
	readonly nullCount: number;
	readonly values: Uint8Array;
	readonly valueOffsets: Int32Array;
	getValid(index: number): boolean;
}

/** UTF-16 code units of the character a UTF-8 lead byte starts (0 for a continuation byte). */
const units = (byte: number) => ((byte & 0xc0) === 0x80 ? 0 : byte >= 0xf0 ? 2 : 1);

/**
 * The chunk's strings (null where the value is null), or null when the bytes are not the
 * valid UTF-8 DuckDB writes (then the caller decodes value by value, as Arrow does).
 */
export function decodeUtf8Chunk(chunk: Utf8Chunk): (string | null)[] | null {
	const { length, values, valueOffsets: offsets } = chunk;
	const first = offsets[0];
	let text: string;
	try {
		text = decoder.decode(values.subarray(first, offsets[length]));
	} catch {
		return null;
	}
	// Valid UTF-8 has as many UTF-16 units as bytes only when every byte is ASCII.
	const ascii = text.length === offsets[length] - first;
	const out = new Array<string | null>(length);
	const nulls = chunk.nullCount > 0;
	let byte = first;
	let unit = 0;
	for (let i = 0; i < length; i++) {
		const end = offsets[i + 1];
		const from = unit;
		if (ascii) unit = end - first;
		else for (; byte < end; byte++) unit += units(values[byte]);
		out[i] = nulls && !chunk.getValid(i) ? null : text.slice(from, unit);
	}
	return unit === text.length ? out : null;
}
