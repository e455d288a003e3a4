// The corrections' CSV files: a round trip keeps every field, and hostile
// files (wrong ids, formulas, 50 000 rows, UTF-16, Windows-1252) get a
// message that names the line, while the good rows around them still count.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { correctionsToCsv, CSV_COLUMNS, readCorrectionFile, CORRECTION_KINDS } from '$lib/corrections';
import { applyCorrectionsDir } from '../../../pipelines/lib/apply-corrections';
import { sampleCorrections, seedDataset } from './fixtures';

const enc = (s: string) => new TextEncoder().encode(s);
const d = seedDataset();
const samples = sampleCorrections(d);
const statusCsv = correctionsToCsv('status', samples);
const [header, good] = statusCsv.replace('\uFEFF', '').split('\r\n');
const cols = header.split(';');
const cell = (row: string, col: string) => row.split(';')[cols.indexOf(col)];
const withCell = (row: string, col: string, v: string) => {
	const cells = row.split(';');
	cells[cols.indexOf(col)] = v;
	return cells.join(';');
};

describe('correction files', () => {
	it('round-trips every kind through its CSV', () => {
		for (const kind of CORRECTION_KINDS) {
			const csv = correctionsToCsv(kind, samples);
			expect(csv.startsWith('\uFEFF' + CSV_COLUMNS[kind].join(';'))).toBe(true);
			const back = readCorrectionFile(kind, enc(csv));
			expect(back.problems).toEqual([]);
			expect(back.corrections.map((c) => c.correction)).toEqual(samples.filter((c) => c.kind === kind));
		}
	});

	it('neutralises a reason that starts like a formula, and reads it back as written', () => {
		const hostile = { ...samples[1], reason: '=HYPERLINK("http://x","klicka")' } as (typeof samples)[number];
		const csv = correctionsToCsv('status', [hostile]);
		expect(csv).toContain(`'=HYPERLINK`);
		expect(readCorrectionFile('status', enc(csv)).corrections[0].correction.reason).toBe(hostile.reason);
	});

	it('refuses a raw formula cell and names its line', () => {
		const bad = withCell(good, 'reason', '=cmd|" /C calc"!A0');
		const r = readCorrectionFile(
			'status',
			enc([header, withCell(withCell(good, 'measure_id', 'x-1'), 'correction_id', ''), bad].join('\n'))
		);
		expect(r.problems).toHaveLength(1);
		expect(r.problems[0].line).toBe(3);
		expect(r.problems[0].message).toMatch(/formeltecken/);
	});

	it('names the line of a malformed id and of an id that does not belong to the row', () => {
		const malformed = withCell(good, 'measure_id', 'Åtgärd 1; DROP');
		const foreign = withCell(good, 'correction_id', 'status-000000000000');
		const r = readCorrectionFile('status', enc([header, malformed, foreign, good].join('\n')));
		expect(r.corrections).toHaveLength(1);
		expect(r.problems.map((p) => p.line)).toEqual([2, 3]);
		expect(r.problems[1].message).toContain('status-000000000000');
	});

	it('reads 10 000 rows of a 50 000-row file and names the first line it skipped', () => {
		const rows = Array.from({ length: 50_000 }, (_, i) =>
			withCell(withCell(good, 'measure_id', `m-${i}`), 'correction_id', '')
		);
		const r = readCorrectionFile('status', enc([header, ...rows].join('\n')));
		expect(r.corrections).toHaveLength(10_000);
		expect(r.problems).toHaveLength(1);
		expect(r.problems[0].line).toBe(10_002);
		expect(r.problems[0].message).toContain('10 002');
	});

	it('names UTF-16 files and Windows-1252 lines', () => {
		const text = [header, good].join('\r\n');
		const utf16 = new Uint8Array([
			0xff,
			0xfe,
			...Array.from(text).flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])
		]);
		const r16 = readCorrectionFile('status', utf16);
		expect(r16.corrections).toEqual([]);
		expect(r16.problems).toEqual([{ line: 1, message: expect.stringMatching(/UTF-16/) }]);

		// Line 3 saved by a Windows program: "Bedömd på mötet" with å/ö as single bytes.
		const latin = withCell(withCell(good, 'measure_id', 'm-latin'), 'correction_id', '');
		const bytes = enc([header, good, latin.replace(cell(latin, 'reason'), 'REASON')].join('\n') + '\n');
		const at = bytes.lastIndexOf('R'.charCodeAt(0)) - 5;
		const win1252 = new Uint8Array([
			...bytes.subarray(0, at),
			0x42,
			0x65,
			0x64,
			0xf6,
			0x6d,
			0x64,
			...bytes.subarray(at + 6)
		]);
		const rw = readCorrectionFile('status', win1252);
		expect(rw.corrections).toHaveLength(1);
		expect(rw.problems).toHaveLength(1);
		expect(rw.problems[0]).toMatchObject({ line: 3, message: expect.stringMatching(/Windows-1252/) });
	});
});

describe('build-time corrections (pipelines/lib/apply-corrections.ts)', () => {
	it('reports a correction to a record a later parser change removed, naming file and line', () => {
		const dir = mkdtempSync(join(tmpdir(), 'planbild-corr-'));
		writeFileSync(join(dir, 'status.csv'), correctionsToCsv('status', samples));
		writeFileSync(join(dir, 'merge.csv'), correctionsToCsv('merge', samples));
		// The parser now reads the status correction's measure differently: its id is gone.
		const later = seedDataset();
		const target = samples[1] as { measure_id: string };
		later.measures = later.measures.filter((m) => m.measure_id !== target.measure_id);
		later.measure_status = later.measure_status.filter((m) => m.measure_id !== target.measure_id);
		const reports = applyCorrectionsDir(later, dir);
		expect(reports).toEqual([
			expect.objectContaining({ file: 'corrections/status.csv', line: 2, code: 'correction_record_missing' })
		]);
		expect(reports[0].message).toContain(target.measure_id);
		expect(later.ingest_issues.filter((i) => i.code === 'correction_record_missing')).toEqual([
			expect.objectContaining({ source_file: 'corrections/status.csv', line: 2, severity: 'error' })
		]);
		expect(later.corrections.map((c) => [c.kind, c.applied])).toEqual([
			['merge', true],
			['status', false]
		]);
	});

	it('names a file that is no kind of correction', () => {
		const dir = mkdtempSync(join(tmpdir(), 'planbild-corr-'));
		writeFileSync(join(dir, 'statuses.csv'), statusCsv);
		const reports = applyCorrectionsDir(seedDataset(), dir);
		expect(reports).toEqual([
			expect.objectContaining({ file: 'corrections/statuses.csv', code: 'correction_file_unknown' })
		]);
	});
});
