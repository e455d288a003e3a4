import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patchDuckdbWorker } from '../../pipelines/lib/duckdb-worker-patch';

const WORKER = join(import.meta.dirname, '../../node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js');

describe('patchDuckdbWorker', () => {
	it('makes the installed worker fill only GOT entries that exist, and changes nothing else', () => {
		const source = readFileSync(WORKER, 'utf8');
		const patched = patchDuckdbWorker(source);
		expect(patched).not.toBe(source);
		expect(patched).toContain('GOT[r]&&(t||GOT[r].value==0)');
		expect(patched).not.toContain('GOT[r]||(GOT[r]=new WebAssembly.Global({value:"i32",mutable:!0})),(t||');
		// GOTHandler still creates entries on request, and loadDylibs still fills them afterwards.
		expect(patched).toContain('GOTHandler={get(e,t){var r=GOT[t];return r||(r=GOT[t]=new WebAssembly.Global(');
		expect(patched).toMatch(/loadDylibs=\(\)=>\{if\(!dynamicLibraries\.length\)\{reportUndefinedSymbols\(\);return\}/);
		expect(source.replace('GOT[r]||(GOT[r]=new WebAssembly.Global({value:"i32",mutable:!0})),', 'GOT[r]&&')).toBe(
			patched
		);
	});

	it('refuses a worker it was not written for', () => {
		expect(() => patchDuckdbWorker('self.onmessage = () => {}')).toThrow(/updateGOT/);
	});
});
