// Installs Chromium when it is missing (Debian's package; we are root), builds
// the app unless PLANBILD_SKIP_BUILD=1, and serves build/ on a free port.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../pipelines/serve';
import { CHROMIUM } from './browser';

const ROOT = join(import.meta.dirname, '../..');

export default async function setup(project: TestProject) {
	if (!existsSync(CHROMIUM)) {
		console.log('Chromium saknas; installerar Debians paket chromium …');
		execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit' });
	}
	if (process.env.PLANBILD_SKIP_BUILD !== '1' || !existsSync(join(ROOT, 'build/index.html'))) {
		execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
	}
	const server = await startServer(join(ROOT, 'build'), 0);
	const base = await startServer(join(ROOT, 'build'), 0, '/planbild');
	project.provide('baseURL', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
	project.provide('subpathURL', `http://127.0.0.1:${(base.address() as AddressInfo).port}/planbild`);
	return async () => {
		server.close();
		base.close();
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		subpathURL: string;
	}
}
