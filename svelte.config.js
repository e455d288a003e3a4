import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', precompress: false, strict: true }),
		paths: { relative: true },
		// One JS bundle and one CSS file: DuckDB's worker does not queue behind ~30 chunk requests (README).
		output: { bundleStrategy: 'single' },
		prerender: { handleHttpError: 'fail', handleMissingId: 'warn' },
		// A static site has no server to send headers, so the policy is a <meta> tag in every page.
		// Nothing may come from outside the app's origin. SvelteKit hashes its own inline bootstrap
		// script ('hash' mode), so no 'unsafe-inline' is needed for scripts; DuckDB and pdf.js compile
		// WebAssembly ('wasm-unsafe-eval'); workers come from the origin (DuckDB's from a blob: URL).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self', 'blob:'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
