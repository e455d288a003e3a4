// Files made by other writers (tests/fixtures/import/other-writers/, see its
// README.md): LibreOffice Calc and Writer (.xlsx, .docx and their PDF
// prints), exceljs, docx and pdfkit, and Excel's text exports. Every file
// holds the plan in content.mjs; the expected values below are written by
// hand from that content, not taken from the parser.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadReference } from '../../../pipelines/lib/context';
import { ingestFile, type ImportContext } from '$lib/ingest/ingest-file';
import { readXlsx, type PdfJsLike } from '$lib/ingest/read';
import { ROOT } from '../../helpers';

const DIR = join(ROOT, 'tests/fixtures/import/other-writers');
const ref = loadReference(join(ROOT, 'data'));
const ctx = (): ImportContext => ({
	...ref.ctx,
	takenPlanIds: new Set(),
	indicatorIds: new Set(ref.indicators.map((i) => i.indicator_id))
});
const loadPdf = async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJsLike;
const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const read = (name: string) => ingestFile({ file: name, bytes: bytes(name) }, ctx(), { loadPdf });

// The plan, by hand: measure title -> area, När, operative goal, final status, follow-up periods.
const PLAN: Record<string, [string, string, string | null, string, string[]]> = {
	Nattvandring: ['unga-i-riskzon', '2026-09-01', 'Vuxna ute varje fredag och lördag', 'uppnadd', ['T1', 'VB']],
	'Fritidsgård öppen sena kvällar': ['unga-i-riskzon', '2026-06-30', '25 %', 'delvis_uppnadd', ['VB']],
	'Föräldrastöd i grupp': ['unga-i-riskzon', 'Linjearbete', null, 'ej_uppnadd', ['T1', 'VB']],
	'Trygghetsvandring med boende': ['otrygga-platser', '2026-03-15', 'Minst 20 deltagare', 'uppnadd', ['VB']],
	'Ny belysning i gångtunneln': ['otrygga-platser', '2026', null, 'saknas', []]
};

const FILES: [file: string, layout: string, goalOverride?: string][] = [
	['libreoffice-mall.xlsx', 'xlsx-template'],
	['exceljs-mall.xlsx', 'xlsx-template'],
	['libreoffice-plan.docx', 'tsv-rows'],
	['docx-plan.docx', 'tsv-rows'],
	// LibreOffice prints the 0% format without a space, and the PDF keeps what was printed.
	['libreoffice-mall.pdf', 'xlsx-template', '25%'],
	['libreoffice-plan.pdf', 'xlsx-template'],
	['pdfkit-mall.pdf', 'xlsx-template']
];

describe('files from other writers read like the plan they hold', () => {
	it.each(FILES)('%s', async (file, layout, goalOverride) => {
		const r = await read(file);
		expect(r.kind).toBe('plan');
		expect(r.report.layout).toBe(layout);
		expect(r.report.district_id).toBe('hagersten-alvsjo');
		expect(r.report.year).toBe(2026);
		const rows = r.rows!;
		const perArea = (area: string) => rows.measures!.filter((m) => m.area_id === area).length;
		expect([perArea('unga-i-riskzon'), perArea('otrygga-platser')]).toEqual([3, 2]);
		expect(rows.measures!.length).toBe(5);
		expect(rows.followups!.length).toBe(6);
		expect(rows.problems!.length).toBe(2);
		expect(rows.causes!.length).toBe(3);
		const status = new Map(rows.measure_status!.map((s) => [s.measure_id, s.status]));
		for (const m of rows.measures!) {
			const want = PLAN[m.title];
			expect(want, m.title).toBeDefined();
			const [area, when, goal, st, periods] = want;
			expect([m.area_id, m.timing_text, m.operative_goal, status.get(m.measure_id)]).toEqual([
				area,
				when,
				m.title === 'Fritidsgård öppen sena kvällar' && goalOverride ? goalOverride : goal,
				st
			]);
			expect(rows.followups!.filter((f) => f.measure_id === m.measure_id).map((f) => f.period)).toEqual(periods);
		}
		if (file.endsWith('.pdf')) expect(r.report.issues.some((i) => i.code === 'pdf_read_as')).toBe(true);
	});

	it("Excel's text exports of one sheet: semicolon CSV (Windows-1252) and Unicode text (UTF-16 LE)", async () => {
		for (const [file, code] of [
			['mall-semikolon.csv', 'encoding_windows_1252'],
			['mall-unicode-text.txt', 'encoding_utf_16']
		]) {
			const r = await read(file);
			expect(r.kind, file).toBe('plan');
			expect(r.report.layout).toBe('xlsx-template');
			expect(r.report.issues.some((i) => i.code === code)).toBe(true);
			const titles = r.rows!.measures!.map((m) => m.title);
			expect(titles).toEqual(['Nattvandring', 'Fritidsgård öppen sena kvällar', 'Föräldrastöd i grupp']);
			expect(r.rows!.measures!.map((m) => m.timing_text)).toEqual(['2026-09-01', '2026-06-30', 'Linjearbete']);
			expect(r.rows!.followups!.length).toBe(5); // T1+VB, VB, T1+VB
			expect(r.rows!.plans![0].encoding).toBe(code === 'encoding_utf_16' ? 'utf-16le' : 'windows-1252');
		}
	});

	it('a UTF-16 BE indicator CSV without BOM gives its two values', async () => {
		const r = await read('indikatorer-utf16be.csv');
		expect(r.kind).toBe('indicators');
		expect(r.rows!.indicator_values!.map((v) => [v.year, v.value])).toEqual([
			[2024, 61],
			[2023, 58.5]
		]);
		expect(r.report.issues.some((i) => i.code === 'encoding_utf_16' && /UTF-16 BE/.test(i.message))).toBe(true);
	});

	it('number formats from LibreOffice and exceljs read as Excel shows them; 25 000 empty rows are no limit', () => {
		for (const file of ['libreoffice-mall.xlsx', 'exceljs-mall.xlsx']) {
			const sheets = readXlsx(bytes(file));
			const fmt = sheets.find((s) => s.name === 'Nyckeltal')!;
			expect(
				[...fmt.rows.values()].map((r) => r.get(1)?.text),
				file
			).toEqual(['40 %', '1/3', '2025-12-10']);
			// Four rows with text in Analys; LibreOffice wrote 25 000 more with only a height.
			expect(sheets.find((s) => s.name === 'Analys')!.rows.size).toBe(4);
		}
		const xml = readFileSync(join(DIR, 'libreoffice-mall.xlsx'));
		expect(xml.length).toBeGreaterThan(50_000);
	});

	it('a print that lost its table columns (Farsta .docx printed by LibreOffice) is reported as not read, nothing stored', async () => {
		const r = await read('libreoffice-farsta.pdf');
		expect(r.kind).toBe('failed');
		expect(r.rows).toBeNull();
		const issue = r.report.issues.find((i) => i.code === 'nothing_read')!;
		expect(issue.severity).toBe('error');
		expect(issue.message).toMatch(
			/Layouten som prövades var generic; filen gav \d+ rader text, varav \d+ med innehåll/
		);
	});

	it("that print holds only the first column of Farsta's tables: the measures' other cells are not in the file", async () => {
		// Why it cannot be read as the .docx is: checked by hand against data/raw/farsta-atgardsplan-2024.txt.
		const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
		const doc = await pdfjs.getDocument({ data: bytes('libreoffice-farsta.pdf') }).promise;
		const items: { str: string; x: number }[] = [];
		for (let p = 1; p <= doc.numPages; p++)
			for (const it of (await (await doc.getPage(p)).getTextContent()).items)
				if ('str' in it) items.push({ str: it.str, x: Math.round(it.transform[4]) });
		const text = items.map((i) => i.str).join('\n');
		// 8 pages, 120 text items, every one at the left margin: no second column was printed.
		expect(doc.numPages).toBe(8);
		expect(items.length).toBe(120);
		expect(new Set(items.map((i) => i.x))).toEqual(new Set([72]));
		// The 28 measure titles are there (seed lines 21 and 53 as samples) ...
		expect(text).toContain('Allvarssamtal');
		expect(text).toContain('Trygghetsvandring');
		// ... but not their Orsak (line 21), Åtgärd (line 53) or stated judgment (lines 48, 49, 67) cells.
		expect(text).not.toContain('identifiera ungdomar i riskzon');
		expect(text).not.toContain('Minst en trygghetsvandring');
		expect(text).not.toContain('anses vara uppnådda');
		// 6 194 characters of text against 44 817 in the seed.
		expect(text.replace(/\n/g, '').length).toBe(6194);
	});
});
