// Every ingest issue code a reader can emit, and every code in the built
// dataset, has a Swedish name (Källor shows the name, not the code).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ISSUE_CODE_LABELS, issueCodeLabel } from '$lib/labels';
import { ROOT } from '../helpers';
import { sql } from '../dataset';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => {
		const p = join(dir, n);
		return statSync(p).isDirectory() ? files(p) : n.endsWith('.ts') ? [p] : [];
	});
}

/** Codes as the readers write them: `code: 'x'`, `issue(line, 'error', 'x', …)`, error classes' code unions. */
function codesInSource(): Set<string> {
	const codes = new Set<string>();
	for (const f of files(join(ROOT, 'src/lib/ingest'))) {
		const s = readFileSync(f, 'utf8');
		// A severity then a code, but not inside a list of words (redact's 'info', 'information', …).
		for (const m of s.matchAll(/(?<!'\s*,\s*)'(?:error|warning|info)'\s*,\s*'([a-z0-9_]+)'/g)) codes.add(m[1]);
		for (const m of s.matchAll(/\bcode:\s*'([a-z0-9_]+)'/g)) codes.add(m[1]);
		for (const m of s.matchAll(/public code: ([^,]+),/g))
			for (const c of m[1].matchAll(/'([a-z0-9_]+)'/g)) codes.add(c[1]);
	}
	return codes;
}

describe('ISSUE_CODE_LABELS', () => {
	it('names every issue code the readers in src/lib/ingest can emit', () => {
		const codes = codesInSource();
		expect(codes.size).toBeGreaterThan(50);
		expect([...codes].filter((c) => !(c in ISSUE_CODE_LABELS))).toEqual([]);
	});

	it('names every issue code in the built dataset', async () => {
		const rows = await sql<{ code: string }>('SELECT DISTINCT code FROM ingest_issues');
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.map((r) => r.code).filter((c) => !(c in ISSUE_CODE_LABELS))).toEqual([]);
	});

	it('issueCodeLabel gives the Swedish name, and an unknown code as "Övrigt (code)"', () => {
		expect(issueCodeLabel('personal_data_removed')).toBe('Personuppgift borttagen');
		expect(issueCodeLabel('x_y')).toBe('Övrigt (x_y)');
	});
});
