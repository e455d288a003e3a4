// Build-time only: the prerendered numbers written by `npm run build:data`.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Names the prerendered answers: a hash of the summaries. The build writes it into the
 * database it publishes with them (write-dataset.ts), and the prerendered pages carry it;
 * the browser keeps a prerendered answer only where the database it attached has the same
 * (query.svelte.ts), so a page never shows rows of another dataset than the one it queries.
 */
export function summariesId(summaries: Record<string, unknown>): string {
	return createHash('sha256').update(JSON.stringify(summaries)).digest('hex').slice(0, 16);
}

/** The id of static/data/summaries.json, for the prerendered pages. */
export function readSummariesId(): string {
	return summariesId(JSON.parse(readFileSync(join(process.cwd(), 'static/data/summaries.json'), 'utf8')));
}

export function readSummary<T>(name: string): T[] {
	const file = join(process.cwd(), 'static/data/summaries.json');
	const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, T[]>;
	return all[name] ?? [];
}
