// ingestDocument on hostile and broken input: each gets a clear issue naming
// file and line, and never a crash.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../../src/lib/ingest/ingest';
import { loadReference } from '../../../pipelines/lib/context';
import { ROOT } from '../../helpers';

const ref = loadReference(join(ROOT, 'data'));
const SHA = 'a'.repeat(64);
const ingest = (file: string, bytes: Uint8Array) => ingestDocument({ file, bytes, sha256: SHA }, ref.ctx);
const enc = (s: string) => new TextEncoder().encode(s);
const seed = (name: string) => new Uint8Array(readFileSync(join(ROOT, 'data/raw', name)));

describe('ingestDocument', () => {
	it('ingestDocument(empty file) reports empty_file as an error naming the file', () => {
		const r = ingestDocument({ file: 'tom.txt', bytes: new Uint8Array(), sha256: SHA }, ref.ctx);
		expect(r.rows).toBeNull();
		expect(r.report.issues).toHaveLength(1);
		expect(r.report.issues[0]).toMatchObject({ severity: 'error', code: 'empty_file' });
		expect(r.report.issues[0].message).toContain('tom.txt');
	});

	it('ingestDocument(binary file) reports binary_file and reads nothing', () => {
		const bytes = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
		const r = ingest('bild.png', bytes);
		expect(r.rows).toBeNull();
		expect(r.report.issues[0]).toMatchObject({ severity: 'error', code: 'binary_file' });
		expect(r.report.issues[0].message).toContain('bild.png');
	});

	it('ingestDocument(Windows-1252 bytes) decodes å/ä/ö and says it did', () => {
		const utf8 = readFileSync(join(ROOT, 'data/raw/skarpnack-atgardsplan-2024.txt'), 'utf8');
		const cp1252 = Uint8Array.from(
			[...utf8].map((ch) => {
				const map: Record<string, number> = {
					å: 0xe5,
					ä: 0xe4,
					ö: 0xf6,
					Å: 0xc5,
					Ä: 0xc4,
					Ö: 0xd6,
					é: 0xe9,
					'–': 0x96,
					'”': 0x94
				};
				const code = ch.charCodeAt(0);
				return code < 0x80 ? code : (map[ch] ?? 0x3f);
			})
		);
		const r = ingest('skarpnack-1252.txt', cp1252);
		const utf = ingest('skarpnack.txt', seed('skarpnack-atgardsplan-2024.txt'));
		expect(r.report.issues.some((i) => i.code === 'encoding_windows_1252')).toBe(true);
		expect(r.report.layout).toBe('tsv-rows');
		expect(r.report.district_id).toBe('skarpnack');
		expect(r.report.counts.measures).toBe(utf.report.counts.measures);
		expect(r.rows!.measures.map((m) => m.title)).toContain('Föräldrastödare');
	});

	it('ingestDocument(file cut off mid-row) keeps the rows before the cut and names the cut line', () => {
		const text = readFileSync(join(ROOT, 'data/raw/skarpnack-atgardsplan-2024.txt'), 'utf8');
		// Cut inside line 40, in its third cell ("Samarbete med polisen, Kro|nofogdemyndighet").
		const cut = text.slice(0, text.indexOf('Samarbete med polisen, Kro') + 'Samarbete med polisen, Kro'.length);
		const r = ingest('avklippt.txt', enc(cut));
		expect(r.rows).not.toBeNull();
		// Unga i riskzon has 10 measures (lines 19-29), Otrygga platser 6 on lines 33-38 before the cut,
		// and the cut row on line 40 is read as far as it goes: 17 (tsv-rows golden).
		expect(r.report.counts.measures).toBe(17);
		const issue = r.report.issues.find((i) => i.code === 'truncated_row');
		expect(issue).toMatchObject({ line: 40, severity: 'warning' });
		expect(issue!.message).toContain('avklippt');
	});

	it('ingestDocument(plan with HTML and script in cells) keeps no markup in any text field', () => {
		const text =
			'Prioriterat samverkansområde\tOrsak\tÅtgärd\tNär\tVem\tUppföljning\n' +
			'Unga i riskzon för destruktivt beteende\t<i>Beskriv orsaken</i>\t<i>Koppla åtgärd</i>\t<i>Ange tid</i>\t<i>Ange vem</i>\t<i>Beskriv</i>\n' +
			'Problem<script>alert(1)</script>\t<b>Orsak</b> med <img src=x onerror=alert(2)>\t<p>Trygghetsvandring</p><script>fetch("//evil")</script>\tLinjearbete\tPolisen\t<p>Pågår enligt plan</p>\n';
		const r = ingest('html.txt', enc(text));
		expect(r.rows).not.toBeNull();
		const all = JSON.stringify([r.rows!.measures, r.rows!.causes, r.rows!.problems, r.rows!.followups]);
		expect(all).not.toMatch(/<script|<img|onerror|<p>|<b>/i);
		expect(r.rows!.measures[0].title).toContain('Trygghetsvandring');
	});

	it('ingestDocument(20 MB file) finishes with rows or issues, never a crash', () => {
		const row =
			'Kriminella miljöer och livsstilar\tRekrytering av unga\tSIG\tLinjearbete\tEnh prevention\tPågår enligt plan\n';
		const header = 'Prioriterat samverkansområde\tOrsak\tÅtgärd\tNär\tVem\tUppföljning\n';
		const big = header + row.repeat(Math.ceil((20 * 1024 * 1024) / row.length));
		const r = ingest('stor.txt', enc(big));
		expect(r.rows).not.toBeNull();
		expect(r.report.counts.measures).toBeGreaterThan(100_000);
		// A crash test, not a speed test (npm run bench times a 19 MB plan): 35-130 s on a loaded 2-core machine.
	}, 300_000);

	it('ingestDocument(unknown layout) falls back to the generic reader with a warning', () => {
		const text =
			'# Medborgarlöfte 2025\n\nLokalpolisområde Exempel lovar:\n\n- Fler trygghetsvandringar i centrum\n- Närvaro vid skolor\n';
		const r = ingest('medborgarlofte.md', enc(text));
		expect(r.report.layout).toBe('generic');
		expect(r.report.issues.some((i) => i.severity === 'warning' && i.code === 'generic_layout')).toBe(true);
		expect(r.report.counts.measures).toBe(2);
	});

	it('ingestDocument(same plan with a new row inserted) keeps the ids of every record that did not change', () => {
		const text = readFileSync(join(ROOT, 'data/raw/skarpnack-atgardsplan-2024.txt'), 'utf8');
		const lines = text.split('\n');
		// Line 19 is the first data row of Unga i riskzon; insert a new measure before it.
		lines.splice(18, 0, 'Nytt problem\tNy orsak\tNy åtgärd\tLinjearbete\tEnheten\tPågår');
		const before = ingest('skarpnack.txt', enc(text)).rows!;
		const after = ingest('skarpnack.txt', enc(lines.join('\n'))).rows!;
		const ids = (rows: typeof before) => new Set(rows.measures.map((m) => m.measure_id));
		const a = ids(before);
		const b = ids(after);
		expect(b.size).toBe(a.size + 1);
		for (const id of a) expect(b.has(id), id).toBe(true);
		expect(new Set(after.causes.map((c) => c.cause_id))).toEqual(
			new Set([
				...before.causes.map((c) => c.cause_id),
				...after.causes.filter((c) => c.text === 'Ny orsak').map((c) => c.cause_id)
			])
		);
	});
});
