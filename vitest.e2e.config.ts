import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests: build the app, serve it, drive Debian's Chromium.
export default defineConfig({
	// Tests import the app's SQL (src/lib) to check the browser's answers against the build's.
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		environment: 'node',
		testTimeout: 90_000,
		hookTimeout: 600_000,
		fileParallelism: false
	}
});
