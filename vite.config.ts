import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { patchDuckdbWorker } from './pipelines/lib/duckdb-worker-patch.ts';

// DuckDB's worker is a `?url` asset: patch the emitted file (see duckdb-worker-patch.ts).
const duckdbWorkerStart: Plugin = {
	name: 'planbild-duckdb-worker-start',
	apply: 'build',
	generateBundle(_options, bundle) {
		for (const file of Object.values(bundle))
			if (file.type === 'asset' && /duckdb-browser-eh\.worker\.[^/]*\.js$/.test(file.fileName)) {
				const text = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
				file.source = patchDuckdbWorker(text);
			}
	}
};

export default defineConfig({
	plugins: [sveltekit(), duckdbWorkerStart],
	// The import worker loads pdf.js on demand (code splitting), which needs ES module workers.
	worker: { format: 'es' },
	test: {
		include: ['tests/**/*.test.ts'],
		exclude: ['tests/e2e/**'],
		environment: 'node',
		globalSetup: ['tests/build-dataset.setup.ts'],
		testTimeout: 60_000
	}
});
