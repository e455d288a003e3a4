// Runs every raw document through the shared ingest code. A broken file
// never stops the others: its error is recorded and the loop goes on.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ingestDocument, type IngestResult } from '../../src/lib/ingest/ingest';
import type { IngestContext } from '../../src/lib/ingest/normalise';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Documents under data/raw/ (README.md describes them and is not one). */
export function rawDocuments(rawDir: string): string[] {
	return readdirSync(rawDir)
		.filter((f) => f !== 'README.md' && !f.startsWith('.') && statSync(join(rawDir, f)).isFile())
		.sort()
		.map((f) => join(rawDir, f));
}

export interface FileResult extends IngestResult {
	path: string;
	bytes: number;
	sha256: string;
}

export function ingestFiles(paths: string[], ctx: IngestContext, displayName = basename): FileResult[] {
	const taken = new Set<string>();
	const out: FileResult[] = [];
	for (const path of paths) {
		let bytes: Uint8Array;
		try {
			bytes = readFileSync(path);
		} catch (e) {
			out.push({
				path,
				bytes: 0,
				sha256: '0'.repeat(64),
				rows: null,
				report: {
					file: displayName(path),
					layout: null,
					district_id: null,
					year: null,
					doc_type: null,
					counts: {},
					issues: [
						{
							line: 0,
							line_end: 0,
							severity: 'error',
							code: 'unreadable_file',
							message: `Filen ${path} kunde inte läsas (${(e as NodeJS.ErrnoException).code ?? String(e)}).`
						}
					]
				}
			});
			continue;
		}
		const hash = sha256(bytes);
		const result = ingestDocument({ file: displayName(path), bytes, sha256: hash }, { ...ctx, takenPlanIds: taken });
		if (result.rows) taken.add(result.rows.plans[0].plan_id);
		out.push({ ...result, path, bytes: bytes.length, sha256: hash });
	}
	return out;
}
