// ingestFile: every file of tests/fixtures/import (npm run fixtures) as the
// browser import reads it, good and hostile, with the messages a user sees.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toWindows1252 } from '../../../pipelines/lib/office-write';
import { loadReference } from '../../../pipelines/lib/context';
import { csvRows, readIndicatorTable, sniffDelimiter, swedishNumber } from '$lib/ingest/layouts/indicator-table';
import { ingestFile, type ImportContext } from '../../../src/lib/ingest/ingest-file';
import type { PdfJsLike } from '$lib/ingest/read';
import { ROOT } from '../../helpers';

const ref = loadReference(join(ROOT, 'data'));
const ctx: ImportContext = {
	...ref.ctx,
	takenPlanIds: new Set([
		'skarpnack-atgardsplan-2024',
		'farsta-atgardsplan-2024',
		'enskede-arsta-vantor-atgardsplan-2025'
	]),
	indicatorIds: new Set(ref.indicators.map((i) => i.indicator_id))
};
const loadPdf = async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJsLike;
const read = (file: string, bytes?: Uint8Array) =>
	ingestFile({ file, bytes: bytes ?? new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/import', file))) }, ctx, {
		loadPdf
	});
const errorOf = async (file: string, bytes?: Uint8Array) => {
	const r = await read(file, bytes);
	expect(r.kind).toBe('failed');
	expect(r.rows).toBeNull();
	const [issue] = r.report.issues;
	return { code: issue.code, message: issue.message };
};

describe('ingestFile on the plans', () => {
	it('ingestFile reads the Excel template with the xlsx-template layout, as a user import with its own plan id', async () => {
		const r = await read('skarpnack-atgardsplan-2024.xlsx');
		expect(r.kind).toBe('plan');
		expect(r.report.layout).toBe('xlsx-template');
		expect(r.report.counts).toMatchObject({
			plans: 1,
			problems: 16,
			causes: 32,
			measures: 39,
			followups: 39,
			stated_counts: 6
		});
		const plan = r.rows!.plans![0];
		expect(plan.plan_id).toBe(`skarpnack-atgardsplan-2024-${r.sha256.slice(0, 8)}`);
		expect(plan.provenance).toBe('user_import');
		expect(plan.source_file).toBe('skarpnack-atgardsplan-2024.xlsx');
		expect(r.report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
	});

	it('ingestFile reads the Word plan with word-tables and the PDF plan with pdf-columns, as published', async () => {
		const docx = await read('farsta-atgardsplan-2024.docx');
		expect([docx.report.layout, docx.report.counts.measures, docx.report.counts.followups]).toEqual([
			'word-tables',
			28,
			28
		]);
		// Farsta quotes 9 figures; imported, they are user_import values.
		expect(docx.rows!.indicator_values!.map((v) => v.provenance)).toEqual(Array(9).fill('user_import'));
		const pdf = await read('enskede-arsta-vantor-atgardsplan-2025.pdf');
		expect(pdf.report.layout).toBe('pdf-columns');
		// As the published reading of the seed: 19 problems, 43 causes, 39 measures, 61 follow-ups.
		expect(pdf.report.counts).toMatchObject({
			problems: 19,
			causes: 43,
			measures: 39,
			followups: 61,
			stated_counts: 6
		});
		expect(pdf.report.issues.filter((i) => i.code === 'personal_data_removed').length).toBe(18);
		expect(pdf.rows!.source_lines!.some((l) => l.text.includes('Sandra'))).toBe(false);
	});
});

describe('ingestFile on indicator tables', () => {
	it('ingestFile reads a Windows-1252 CSV with ; and decimal comma into user_import values with file:line', async () => {
		const r = await read('indikatorer-farsta.csv');
		expect(r.kind).toBe('indicators');
		expect(r.report.counts).toEqual({ indicator_values: 16 });
		expect(r.report.issues.map((i) => i.code)).toEqual(['encoding_windows_1252', 'column_header']);
		const v = r.rows!.indicator_values!.find((x) => x.indicator_id === 'tm_utsatt_misshandel')!;
		expect(v).toMatchObject({
			place_id: 'bromma',
			place_name: 'Bromma',
			year: 2011,
			value: 1.5,
			provenance: 'user_import'
		});
		expect(v.source_ref).toMatch(/^indikatorer-farsta\.csv:\d+$/);
	});

	it('readIndicatorTable takes Swedish column names and reports each bad row by line, filling nothing in', () => {
		const text =
			'indikator;områdestyp;område;år;värde\nlob_arenden;stadsdelsomrade;Farsta;2024;1 234,5\nx;kommun;Farsta;2024;3\nlob_arenden;stad;Stockholm;20x4;\nny_indikator;stad;Stockholm;2023;-2';
		const { values, issues } = readIndicatorTable('t.csv', csvRows(text), new Set(['lob_arenden']));
		expect(values.map((v) => [v.indicator_id, v.place_id, v.place_name, v.value, v.grp])).toEqual([
			['lob_arenden', 'farsta', 'Farsta', 1234.5, 'alla'],
			['ny_indikator', 'stockholm', 'Stockholm', -2, 'alla']
		]);
		expect(issues.map((i) => [i.line, i.severity, i.code])).toEqual([
			[1, 'info', 'column_header'],
			[1, 'info', 'default_group'],
			[3, 'error', 'invalid_indicator_row'],
			[4, 'error', 'invalid_indicator_row'],
			[5, 'warning', 'unknown_indicator']
		]);
		expect(issues[3].message).toBe('I t.csv, rad 4: värde saknas; året "20x4" är inte ett årtal. Raden lästes inte.');
	});

	it('readIndicatorTable takes the place_* column names and the older area_* names alike', () => {
		const rows = (head: string) =>
			readIndicatorTable(
				't.csv',
				csvRows(`${head}\nlob_arenden;stadsdelsomrade;farsta;Farsta;2024;7`),
				new Set(['lob_arenden'])
			).values;
		const now = rows('indicator_id;place_type;place_id;place_name;year;value');
		const before = rows('indicator_id;area_type;area_id;area_name;year;value');
		expect(now.map((v) => [v.place_type, v.place_id, v.place_name, v.year, v.value])).toEqual([
			['stadsdelsomrade', 'farsta', 'Farsta', 2024, 7]
		]);
		expect(before).toEqual(now);
	});

	it('swedishNumber and sniffDelimiter read Swedish conventions', () => {
		expect(['12,5', '1 234,5', '1.234,5', '12.5', '45 %', '-3', '', '..', 'abc'].map(swedishNumber)).toEqual([
			12.5,
			1234.5,
			1234.5,
			12.5,
			45,
			-3,
			null,
			null,
			null
		]);
		expect(sniffDelimiter('a;b;c')).toBe(';');
		expect(sniffDelimiter('a,b,c')).toBe(',');
		expect(sniffDelimiter('a\tb\tc')).toBe('\t');
	});
});

describe('ingestFile on bad input: a Swedish message naming the file, and no rows', () => {
	it('an empty file', async () => {
		expect(await errorOf('tom.xlsx')).toEqual({
			code: 'empty_file',
			message: 'Filen tom.xlsx är tom (0 byte). Inget kunde läsas.'
		});
	});
	it('a picture renamed .xlsx', async () => {
		const e = await errorOf('bild-omdopt.xlsx');
		expect(e.code).toBe('wrong_format');
		expect(e.message).toContain('Filen bild-omdopt.xlsx heter .xlsx men är inte en Excel-fil (.xlsx)');
	});
	it('a truncated .xlsx', async () => {
		expect((await errorOf('avklippt.xlsx')).code).toBe('truncated_zip');
	});
	it('zip bombs', async () => {
		expect((await errorOf('zipbomb.xlsx')).message).toContain('Filen zipbomb.xlsx läses inte av säkerhetsskäl');
		expect((await errorOf('zipbomb-ljuger.xlsx')).message).toContain('packas upp till mer än de 10 kB den uppger');
	});
	it('a password-protected (encrypted OLE) file', async () => {
		expect(await errorOf('losenord.xlsx')).toMatchObject({ code: 'password_protected' });
	});
	it('a file over the size limit is not read', async () => {
		const e = await errorOf('stor.xlsx', new Uint8Array(21 * 1024 * 1024));
		expect(e.message).toBe('Filen stor.xlsx är 21 MB; gränsen är 20 MB per fil. Den lästes inte.');
	});
	it('a binary file with a text name, and a zip that is neither Excel nor Word', async () => {
		expect((await errorOf('plan.txt', Uint8Array.from([0, 1, 2, 3, 0, 0, 9]))).code).toBe('binary_file');
		const { zipSync, strToU8 } = await import('fflate');
		expect((await errorOf('arkiv.xlsx', zipSync({ 'a.txt': strToU8('hej') }))).message).toContain(
			'varken en Excel-arbetsbok (.xlsx) eller ett Word-dokument (.docx)'
		);
	});
	it('a PDF renamed from something else, and a broken PDF', async () => {
		expect((await errorOf('plan.pdf', toWindows1252('Åtgärdsplan'))).code).toBe('wrong_format');
		expect((await errorOf('trasig.pdf', toWindows1252('%PDF-1.7\n1 0 obj <<'))).code).toBe('pdf_invalid');
	});
});
