// Stored import chunks: written as Blobs (a getAll then returns handles, not 88 MB of
// ArrayBuffers deserialised in one task), read back byte for byte; chunks stored as
// Uint8Array by an earlier Planbild are read as they are.
import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { chunkBytes, storedChunks } from '$lib/import/idb';
import { prepareRows } from '$lib/import/prepare';

describe('storedChunks / chunkBytes', () => {
	const ipc = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 251);

	it('stores each chunk as a Blob and reads the same bytes back', async () => {
		const stored = storedChunks([{ table: 'measures', rows: 3, ipc }]);
		expect(stored[0].ipc).toBeInstanceOf(Blob);
		expect(stored[0]).toMatchObject({ table: 'measures', rows: 3 });
		const back = await chunkBytes(stored[0]);
		expect(back).toEqual(ipc);
		expect(back).not.toBe(ipc);
	});

	it('reads a chunk an earlier Planbild stored as bytes as it is', async () => {
		expect(await chunkBytes({ table: 'measures', rows: 3, ipc })).toBe(ipc);
	});

	it('a prepared import survives the round trip as Arrow: same rows per chunk', async () => {
		const prepared = prepareRows({
			districts: [],
			measures: [],
			source_lines: [
				{ source_file: 'a.txt', line: 1, text: 'Nattvandring i Farsta' },
				{ source_file: 'a.txt', line: 2, text: 'Trygghetsvandring – 2 gånger' }
			]
		} as never);
		expect(prepared.chunks.length).toBeGreaterThan(0);
		for (const c of storedChunks(prepared.chunks)) {
			const table = tableFromIPC(await chunkBytes(c));
			expect(table.numRows).toBe(c.rows);
		}
	});
});
