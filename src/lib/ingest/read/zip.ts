// A small, defensive ZIP reader for .xlsx and .docx (both are ZIP packages).
// Pure TypeScript over fflate's streaming inflater, so it runs in Node and in
// a Web Worker. It never trusts the archive: the central directory's declared
// sizes and ratios are checked before anything is inflated, and inflation
// itself stops as soon as the real output passes the declared size or the
// caps below (a zip bomb may lie in its directory).
import { Inflate } from 'fflate';

export interface ZipLimits {
	/** Largest uncompressed size of one entry we inflate. */
	maxEntryBytes: number;
	/** Largest sum of uncompressed sizes over the entries we inflate. */
	maxTotalBytes: number;
	/** Largest uncompressed : compressed ratio of an entry over 1 MB. */
	maxRatio: number;
	/** Most entries an archive may list. */
	maxEntries: number;
}

export const ZIP_LIMITS: ZipLimits = {
	maxEntryBytes: 100 * 1024 * 1024,
	maxTotalBytes: 200 * 1024 * 1024,
	maxRatio: 200,
	maxEntries: 5000
};

export interface ZipEntry {
	name: string;
	method: number;
	encrypted: boolean;
	compressedSize: number;
	size: number;
	localOffset: number;
}

/** Why an archive or entry could not be read; `code` is an ASCII slug, `detail` Swedish. */
export class ZipError extends Error {
	constructor(
		public code: 'not_zip' | 'truncated_zip' | 'zip_bomb' | 'zip_encrypted' | 'zip_unsupported' | 'zip_corrupt',
		public detail: string
	) {
		super(detail);
	}
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

export const isZip = (b: Uint8Array) =>
	b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Lists the entries of the central directory; throws ZipError when there is none. */
export function listZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipEntry[] {
	if (!isZip(bytes)) throw new ZipError('not_zip', 'filen börjar inte med en ZIP-signatur (PK)');
	// The end-of-central-directory record sits in the last 22 + 65535 bytes.
	let eocd = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
		if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
			eocd = i;
			break;
		}
	}
	if (eocd < 0)
		throw new ZipError(
			'truncated_zip',
			'arkivets innehållsförteckning saknas i slutet av filen; filen verkar avklippt'
		);
	const count = u16(bytes, eocd + 10);
	const cdSize = u32(bytes, eocd + 12);
	const cdOffset = u32(bytes, eocd + 16);
	if (count === 0xffff || cdOffset === 0xffffffff)
		throw new ZipError('zip_unsupported', 'arkivet är i ZIP64-format, som inte stöds');
	if (count > limits.maxEntries)
		throw new ZipError('zip_bomb', `arkivet listar ${count} filer; gränsen är ${limits.maxEntries}`);
	if (cdOffset + cdSize > eocd)
		throw new ZipError('truncated_zip', 'arkivets innehållsförteckning pekar utanför filen; filen verkar avklippt');
	const entries: ZipEntry[] = [];
	let p = cdOffset;
	for (let n = 0; n < count; n++) {
		if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50)
			throw new ZipError('zip_corrupt', 'arkivets innehållsförteckning är skadad');
		const flags = u16(bytes, p + 8);
		const nameLen = u16(bytes, p + 28);
		const extraLen = u16(bytes, p + 30);
		const commentLen = u16(bytes, p + 32);
		const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen));
		entries.push({
			name,
			method: u16(bytes, p + 10),
			encrypted: (flags & 1) === 1,
			compressedSize: u32(bytes, p + 20),
			size: u32(bytes, p + 24),
			localOffset: u32(bytes, p + 42)
		});
		p += 46 + nameLen + extraLen + commentLen;
	}
	return entries;
}

/** Checks declared sizes before inflating anything (the cheap half of zip bomb defence). */
export function checkDeclaredSizes(entries: ZipEntry[], limits: ZipLimits = ZIP_LIMITS): void {
	let total = 0;
	for (const e of entries) {
		if (e.size > limits.maxEntryBytes)
			throw new ZipError(
				'zip_bomb',
				`delen ${e.name} packas upp till ${mb(e.size)}; gränsen är ${mb(limits.maxEntryBytes)} per del`
			);
		if (e.size > 1024 * 1024 && e.size / Math.max(1, e.compressedSize) > limits.maxRatio)
			throw new ZipError(
				'zip_bomb',
				`delen ${e.name} är packad ${Math.round(e.size / Math.max(1, e.compressedSize))} gånger (${mb(e.compressedSize)} blir ${mb(e.size)}); så hårt packade filer läses inte (gräns ${limits.maxRatio} gånger)`
			);
		total += e.size;
	}
	if (total > limits.maxTotalBytes)
		throw new ZipError(
			'zip_bomb',
			`arkivet packas upp till ${mb(total)} sammanlagt; gränsen är ${mb(limits.maxTotalBytes)}`
		);
}

/** Swedish byte sizes: "51 kB", "50 MB". */
export const mb = (n: number) =>
	n < 1024 * 1024
		? `${Math.max(1, Math.round(n / 1024)).toLocaleString('sv-SE')} kB`
		: `${(n / 1024 / 1024).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`;

/** Inflates one entry, never producing more than its declared size (nor the per-entry cap). */
export function readEntry(bytes: Uint8Array, e: ZipEntry, limits: ZipLimits = ZIP_LIMITS): Uint8Array {
	if (e.encrypted) throw new ZipError('zip_encrypted', `delen ${e.name} är krypterad (lösenordsskyddad)`);
	const p = e.localOffset;
	if (p + 30 > bytes.length || u32(bytes, p) !== 0x04034b50)
		throw new ZipError('truncated_zip', `delen ${e.name} saknas i filen; filen verkar avklippt`);
	const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
	const end = start + e.compressedSize;
	if (end > bytes.length) throw new ZipError('truncated_zip', `delen ${e.name} är avklippt`);
	const data = bytes.subarray(start, end);
	const cap = Math.min(e.size, limits.maxEntryBytes);
	if (e.method === 0) {
		if (data.length > cap) throw new ZipError('zip_bomb', `delen ${e.name} är större än den uppger`);
		return data;
	}
	if (e.method !== 8)
		throw new ZipError('zip_unsupported', `delen ${e.name} är packad med metod ${e.method}, som inte stöds`);
	const out = new Uint8Array(cap);
	let written = 0;
	let overflow = false;
	const inflater = new Inflate((chunk) => {
		if (written + chunk.length > cap) {
			overflow = true;
			throw new ZipError('zip_bomb', `delen ${e.name} packas upp till mer än de ${mb(cap)} den uppger`);
		}
		out.set(chunk, written);
		written += chunk.length;
	});
	// Small input slices bound what one push can produce (deflate expands at most ~1032 times).
	const SLICE = 16 * 1024;
	try {
		for (let i = 0; i < data.length; i += SLICE) inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
		if (data.length === 0) inflater.push(new Uint8Array(0), true);
	} catch (err) {
		if (err instanceof ZipError) throw err;
		if (overflow) throw new ZipError('zip_bomb', `delen ${e.name} packas upp till mer än den uppger`);
		throw new ZipError('zip_corrupt', `delen ${e.name} kunde inte packas upp (${(err as Error).message})`);
	}
	if (written !== e.size) throw new ZipError('zip_corrupt', `delen ${e.name} är ofullständig eller skadad`);
	return out;
}

/** A ZIP package opened for reading: entries by name, inflated on demand with a running total. */
export class ZipPackage {
	readonly entries: Map<string, ZipEntry>;
	private used = 0;
	constructor(
		private bytes: Uint8Array,
		private limits: ZipLimits = ZIP_LIMITS
	) {
		const list = listZip(bytes, limits);
		checkDeclaredSizes(list, limits);
		this.entries = new Map(list.map((e) => [e.name.replace(/^\//, ''), e]));
	}
	has(name: string): boolean {
		return this.entries.has(name);
	}
	bytesOf(name: string): Uint8Array | null {
		const e = this.entries.get(name);
		if (!e) return null;
		this.used += e.size;
		if (this.used > this.limits.maxTotalBytes)
			throw new ZipError('zip_bomb', `arkivet packas upp till mer än ${mb(this.limits.maxTotalBytes)}`);
		return readEntry(this.bytes, e, this.limits);
	}
	text(name: string): string | null {
		const b = this.bytesOf(name);
		return b === null ? null : new TextDecoder('utf-8').decode(b);
	}
}
