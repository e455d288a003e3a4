// Unit tests of the app's SQL read the built dataset: build it from data/ first,
// so a fresh clone's `npm test` needs nothing done by hand.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup() {
	execFileSync('npx', ['tsx', 'pipelines/build-data.ts'], { cwd: join(import.meta.dirname, '..'), stdio: 'pipe' });
}
