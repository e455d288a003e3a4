// compressOnce: the build starts DuckDB's wasm early and compressTree meets the same
// bytes again; the second call must wait for the first, not compress a second time.
import { randomBytes } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressOnce } from '../../pipelines/compress';

describe('compressOnce', () => {
	it('gives a second caller of the same bytes the compression already under way', async () => {
		// Unique bytes (not in the cache yet), over the 64 KB from which results are cached.
		const data = Buffer.concat([randomBytes(1024), Buffer.alloc(100_000, 'planbild ')]);
		const first = compressOnce(data);
		const second = compressOnce(Buffer.from(data));
		expect(second).toBe(first);
		const [br, gz] = await first;
		expect(brotliDecompressSync(br).equals(data)).toBe(true);
		expect(gunzipSync(gz).equals(data)).toBe(true);
	});

	it('compresses different bytes separately', async () => {
		const a = Buffer.concat([randomBytes(1024), Buffer.alloc(70_000, 'a')]);
		const b = Buffer.concat([randomBytes(1024), Buffer.alloc(70_000, 'b')]);
		const [pa, pb] = [compressOnce(a), compressOnce(b)];
		expect(pb).not.toBe(pa);
		expect(brotliDecompressSync((await pb)[0]).equals(b)).toBe(true);
	});
});
