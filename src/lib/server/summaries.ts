// Build-time only: the prerendered numbers written by `npm run build:data`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readSummary<T>(name: string): T[] {
	const file = join(process.cwd(), 'static/data/summaries.json');
	const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, T[]>;
	return all[name] ?? [];
}
