import { defineConfig } from 'vitest/config';

// Browser tests: build the app, serve it, drive Debian's Chromium.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		environment: 'node',
		testTimeout: 90_000,
		hookTimeout: 600_000,
		fileParallelism: false
	}
});
