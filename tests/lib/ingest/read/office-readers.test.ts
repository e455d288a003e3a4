// The file readers the browser import uses: ZIP (with zip-bomb defence), .xlsx
// cells, .docx text, PDF text through pdf.js, and SHA-256.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, strToU8, zipSync } from 'fflate';
import { farstaDocument, HOSTILE } from '../../../../pipelines/make-fixtures';
import { writeDocx, writePdf, writeXlsx } from '../../../../pipelines/lib/office-write';
import { docxLines, readDocx } from '$lib/ingest/read';
import { extractPdfLines, pageLines, type PdfJsLike } from '$lib/ingest/read';
import { sha256Hex } from '$lib/ingest/normalise';
import { parseWordTables } from '$lib/ingest/layouts/word-tables';
import { columnLetter, parseRef, readXlsx, XlsxError } from '$lib/ingest/read';
import { listZip, readEntry, ZipError, ZipPackage } from '$lib/ingest/read';
import { loadSeed, ROOT } from '../../../helpers';

const FIX = join(ROOT, 'tests/fixtures/import');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIX, name)));
const pdfjs = async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJsLike;
const zipError = (fn: () => unknown) => {
	try {
		fn();
	} catch (e) {
		return e instanceof ZipError ? e.code : `other: ${(e as Error).message}`;
	}
	return 'no error';
};

describe('zip-read', () => {
	it('ZipPackage lists and inflates the entries of a small archive', () => {
		const bytes = zipSync({ 'a.txt': strToU8('hej å ä ö'), 'b/c.xml': strToU8('<x/>') });
		const pkg = new ZipPackage(bytes);
		expect([...pkg.entries.keys()].sort()).toEqual(['a.txt', 'b/c.xml']);
		expect(pkg.text('a.txt')).toBe('hej å ä ö');
		expect(pkg.text('saknas')).toBeNull();
	});

	it('listZip refuses a non-zip, a truncated zip and both zip bombs before inflating much', () => {
		expect(zipError(() => new ZipPackage(HOSTILE['bild-omdopt.xlsx']()))).toBe('not_zip');
		expect(zipError(() => new ZipPackage(HOSTILE['avklippt.xlsx']()))).toBe('truncated_zip');
		// 50 MB of zeros in 51 kB: the declared ratio (1024) is over the limit (200).
		expect(zipError(() => new ZipPackage(fixture('zipbomb.xlsx')))).toBe('zip_bomb');
		// The same bomb declaring 10 kB: it passes the directory check, and inflation stops at 10 kB.
		const liar = fixture('zipbomb-ljuger.xlsx');
		const pkg = new ZipPackage(liar);
		const entry = listZip(liar).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
		expect(entry.size).toBe(10_000);
		expect(zipError(() => pkg.bytesOf('xl/worksheets/sheet1.xml'))).toBe('zip_bomb');
	});

	it('readEntry refuses an encrypted entry and an unknown method', () => {
		const bytes = zipSync({ 'a.txt': strToU8('x'.repeat(100)) });
		const [e] = listZip(bytes);
		expect(zipError(() => readEntry(bytes, { ...e, encrypted: true }))).toBe('zip_encrypted');
		expect(zipError(() => readEntry(bytes, { ...e, method: 12 }))).toBe('zip_unsupported');
		expect(deflateSync(strToU8('x')).length).toBeGreaterThan(0);
	});
});

describe('xlsx-read', () => {
	it('parseRef and columnLetter convert between A1 references and indices', () => {
		expect(parseRef('C7')).toEqual({ col: 2, row: 7 });
		expect(parseRef('$AA$10')).toEqual({ col: 26, row: 10 });
		expect(parseRef('7C')).toBeNull();
		expect([0, 25, 26, 701].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ']);
	});

	it('readXlsx reads shared strings, numbers with a decimal comma, formulas with their cached value, merges and hidden sheets', () => {
		const bytes = writeXlsx([
			{
				name: 'Ett',
				rows: [
					['Å', 2.5, { formula: 'SUM(1,2)', value: 3 }],
					[null, 'Ö']
				],
				merges: ['A1:A2']
			},
			{ name: 'Dolt', rows: [['x']], hidden: true }
		]);
		const [one, two] = readXlsx(bytes);
		expect(one.name).toBe('Ett');
		expect(one.rows.get(1)!.get(0)).toEqual({ text: 'Å', formula: null });
		expect(one.rows.get(1)!.get(1)!.text).toBe('2,5');
		expect(one.rows.get(1)!.get(2)).toEqual({ text: '3', formula: 'SUM(1,2)' });
		expect(one.rows.get(2)!.get(1)!.text).toBe('Ö');
		expect(one.merges).toEqual([{ r1: 1, c1: 0, r2: 2, c2: 0 }]);
		expect(two.hidden).toBe(true);
	});

	it('readXlsx stops a sheet over the row limit with an error naming the sheet', () => {
		const rows = Array.from({ length: 30 }, (_, i) => [`rad ${i}`]);
		try {
			readXlsx(writeXlsx([{ name: 'Stort', rows }]), { maxRowsPerSheet: 20, maxSheets: 10 });
			throw new Error('no error');
		} catch (e) {
			expect(e).toBeInstanceOf(XlsxError);
			expect((e as XlsxError).code).toBe('too_many_rows');
			expect((e as XlsxError).sheet).toBe('Stort');
		}
	});
});

describe('docx-read', () => {
	it('docxLines writes paragraphs as lines and table rows as tab-separated cells', () => {
		const xml = writeDocx([
			{ paragraph: 'Åtgärdsplan 2025' },
			{ paragraph: '' },
			{
				table: [
					[['Åtgärd'], ['När']],
					[['Skolvärdar', 'på morgonen'], ['2025']]
				]
			},
			{ paragraph: 'Punkt', list: true }
		]);
		expect(readDocx(xml)).toEqual(['Åtgärdsplan 2025', '', 'Åtgärd\tNär', 'Skolvärdar på morgonen\t2025', '- Punkt']);
		expect(
			docxLines('<w:body><w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c &amp; d</w:t></w:r></w:p></w:body>')
		).toEqual(['a\tb', 'c & d']);
	});

	it('readDocx of the Farsta fixture gives what word-tables reads from the published text', () => {
		const published = parseWordTables(loadSeed('farsta-atgardsplan-2024.txt'));
		const imported = parseWordTables({ file: 'x.docx', lines: readDocx(writeDocx(farstaDocument())) });
		// 28 measures and 28 follow-ups in both (data/raw/farsta-atgardsplan-2024.txt, four areas).
		const view = (d: typeof published) =>
			d.measures.map((m) => [
				m.title,
				m.responsible,
				d.followups.filter((f) => f.measure_key === m.key).map((f) => f.text)
			]);
		expect(imported.measures.length).toBe(28);
		expect(view(imported)).toEqual(view(published));
	});
});

describe('pdf-text', () => {
	it('pageLines rebuilds lines, gaps and indentation from text positions', () => {
		const item = (str: string, x: number, y: number) => ({
			str,
			transform: [10, 0, 0, 10, x, y],
			width: str.length * 6,
			height: 10
		});
		expect(
			pageLines([
				item('Rubrik', 50, 700),
				item('mitt', 50, 688),
				item('höger', 80, 688),
				item('kolumn', 150, 688),
				item('Efter ett tomt', 50, 664),
				item('indrag', 74, 652)
			])
		).toEqual([
			'Rubrik',
			// One space for a word gap; a column gap keeps up to four.
			'mitt höger    kolumn',
			'',
			'Efter ett tomt',
			'    indrag'
		]);
	});

	it('extractPdfLines reads the Enskede-Årsta-Vantör PDF back to the seed text (whitespace aside)', async () => {
		const seed = loadSeed('enskede-arsta-vantor-atgardsplan-2025.txt').lines;
		const pages: number[] = [];
		const lines = await extractPdfLines(await pdfjs(), fixture('enskede-arsta-vantor-atgardsplan-2025.pdf'), (n) =>
			pages.push(n)
		);
		expect(pages.length).toBe(41);
		const norm = (ls: string[]) => ls.map((l) => l.replace(/\s+/g, ' ').replace('\uf0d8', '•').trim()).filter(Boolean);
		// Names are redacted in `seed`, not in `lines`; compare the lines that hold no marker.
		const a = norm(seed);
		const b = norm(lines);
		expect(b.length).toBe(a.length);
		const differing = a.filter((l, i) => l !== b[i] && !/\[(namn|e-post|telefon)\]/.test(l));
		expect(differing).toEqual([]);
	});

	it('extractPdfLines says a PDF without text or a broken PDF cannot be read', async () => {
		const blank = writePdf(['']);
		await expect(extractPdfLines(await pdfjs(), blank)).rejects.toMatchObject({ code: 'pdf_no_text' });
		await expect(extractPdfLines(await pdfjs(), strToU8('%PDF-1.4\nnonsens'))).rejects.toMatchObject({
			code: 'pdf_invalid'
		});
	});
});

describe('sha256Hex', () => {
	it('sha256Hex equals Node crypto for lengths around the block boundaries', () => {
		for (const n of [0, 1, 55, 56, 63, 64, 65, 1000]) {
			const b = Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 255);
			expect(sha256Hex(b)).toBe(createHash('sha256').update(b).digest('hex'));
		}
	});
});
