// Shared test helpers: load a seed the way the pipeline does, check line
// coverage, and compare with reviewed golden files.
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { decodeBytes, splitLines } from '$lib/ingest/read';
import { redactLines } from '$lib/ingest/redact';
import type { ParsedDocument, SourceDocument } from '../src/lib/ingest/types';

export const ROOT = join(import.meta.dirname, '..');

/** Reads `data/raw/<name>` as the pipeline does: bytes -> NFC text -> lines -> redacted lines. */
export function loadSeed(name: string): SourceDocument {
	return loadBytes(name, readFileSync(join(ROOT, 'data/raw', name)));
}

export function loadBytes(file: string, bytes: Uint8Array): SourceDocument {
	const { text } = decodeBytes(bytes);
	return { file, lines: redactLines(splitLines(text)).lines };
}

export function loadText(file: string, text: string): SourceDocument {
	return { file, lines: redactLines(splitLines(text)).lines };
}

/** Non-empty lines that no record, plan line, stated count or issue accounts for. */
export function uncoveredLines(doc: SourceDocument, parsed: ParsedDocument): number[] {
	const covered = new Uint8Array(doc.lines.length + 2);
	const mark = (a: number, b: number) => {
		for (let i = Math.max(1, a); i <= Math.min(b, doc.lines.length); i++) covered[i] = 1;
	};
	for (const r of parsed.plan_lines) mark(r.line_start, r.line_end);
	for (const rows of [parsed.problems, parsed.causes, parsed.measures, parsed.followups, parsed.situation_changes])
		for (const r of rows) mark(r.line_start, r.line_end);
	for (const q of parsed.quoted_values) mark(q.line, q.line);
	for (const s of parsed.stated_counts) mark(s.line, s.line);
	for (const i of parsed.issues) mark(i.line, i.line_end);
	const out: number[] = [];
	doc.lines.forEach((l, i) => {
		if (l.trim() !== '' && !covered[i + 1]) out.push(i + 1);
	});
	return out;
}

/**
 * Compares `value` with the reviewed golden file tests/golden/<layout>/<name>.json.
 * A mismatch writes <name>-changed.json beside it for review. A missing golden
 * file is written locally, but fails in CI.
 */
export function expectGolden(layout: string, name: string, value: unknown): void {
	const path = join(ROOT, 'tests/golden', layout, `${name}.json`);
	const changed = path.replace(/\.json$/, '-changed.json');
	const actual = JSON.stringify(value, null, '\t') + '\n';
	if (!existsSync(path)) {
		if (process.env.CI) throw new Error(`golden file missing: ${path}`);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, actual);
		return;
	}
	const expected = readFileSync(path, 'utf8');
	if (expected !== actual) writeFileSync(changed, actual);
	else if (existsSync(changed)) rmSync(changed);
	expect(actual, `golden ${path} differs; see ${changed}`).toBe(expected);
}
