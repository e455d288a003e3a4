import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		ignores: ['build/', '.svelte-kit/', 'static/data/', 'node_modules/', 'data/bench/']
	},
	{
		// The app and the parsers: browser only; the parsers must not reach for Node.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		languageOptions: { globals: { ...globals.browser } }
	},
	{
		files: ['pipelines/**/*.ts', 'tests/**/*.ts', '*.js', '*.ts'],
		languageOptions: { globals: { ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } }
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Links are built from `base` ($app/paths) so the build works under any base path.
			'svelte/no-navigation-without-resolve': 'off',
			// TypeScript checks names itself (typescript-eslint's advice).
			'no-undef': 'off'
		}
	}
);
