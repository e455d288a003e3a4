import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
