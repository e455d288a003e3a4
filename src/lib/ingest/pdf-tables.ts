// A PDF whose pages hold tables, read two more ways besides its plain lines:
//  - as a workbook (the city's Excel template printed to PDF): each run of
//    pages under the same centred page header is a sheet named by it (else
//    "Sida n"), each table row a sheet row, rendered as an .xlsx is and read
//    by the xlsx-template layout;
//  - as a Word document (a Word plan printed to PDF): paragraphs as lines,
//    each table row one line of tab-separated cells, as readDocx gives them.
// ingest-file.ts reads every rendering and keeps the one that gives the most
// records; the note says which pages were read how.
import { documentEdges, pageTable, type PageTable, type PdfPageItems, type XlsxCell, type XlsxSheet } from './read';
import type { ParsedIssue } from './types';

const FOOTER = /^(sida|page|s\.)\s*\d+(\s*(av|of|\/)\s*\d+)?$/i;

export interface PdfTables {
	/** Per page: its table, or null when no columns repeat down the page. */
	tables: (PageTable | null)[];
	/** Per page: a centred line at the top (a printed sheet's name), or null. */
	headers: (string | null)[];
	/** Per page: its plain text lines (for pages without a table). */
	plain: string[][];
}

function pageHeader(p: PdfPageItems): { text: string; y: number } | null {
	const withText = p.items.filter((i) => i.str.trim() !== '');
	if (!withText.length || !p.width) return null;
	const top = Math.max(...withText.map((i) => i.transform[5]));
	const line = withText.filter((i) => Math.abs(i.transform[5] - top) < 2);
	const text = line.map((i) => i.str.trim()).join(' ');
	const left = Math.min(...line.map((i) => i.transform[4]));
	const right = Math.max(...line.map((i) => i.transform[4] + i.width));
	const centred = Math.abs((left + right) / 2 - p.width / 2) < p.width * 0.05 && right - left < p.width * 0.5;
	return centred && text.length <= 60 ? { text, y: top } : null;
}

export function pdfTables(pages: PdfPageItems[]): PdfTables {
	const plain = pages.map((p) => p.lines);
	const top = pages.map(pageHeader);
	const bodies = pages.map((p, i) => {
		const header = top[i];
		return p.items.filter((it) => !FOOTER.test(it.str.trim()) && !(header && Math.abs(it.transform[5] - header.y) < 2));
	});
	const edges = documentEdges(bodies);
	const tables = bodies.map((items) => pageTable(items, edges));
	return { tables, headers: top.map((h) => h?.text ?? null), plain };
}

const hasTable = (t: PdfTables) => t.tables.some((x) => x && x.rows.length >= 2);
export { hasTable as pdfHasTables };

/** The pages as a workbook: one sheet per run of pages under the same header. */
export function pdfAsWorkbook(t: PdfTables): XlsxSheet[] {
	const sheets: XlsxSheet[] = [];
	t.tables.forEach((table, i) => {
		const name = t.headers[i] ?? `Sida ${i + 1}`;
		let sheet = sheets[sheets.length - 1];
		if (!sheet || sheet.name !== name || !t.headers[i]) {
			sheet = { name, rows: new Map(), merges: [], hidden: false };
			sheets.push(sheet);
		}
		const rows: string[][] = table
			? [...table.before.filter((l) => l !== t.headers[i]).map((l) => [l]), ...table.rows]
			: t.plain[i]
					.filter((l) => l.trim() !== '' && !FOOTER.test(l.trim()) && l.trim() !== t.headers[i])
					.map((l) => [l.trim()]);
		for (const cells of rows) {
			const row = new Map<number, XlsxCell>();
			cells.forEach((c, k) => c && row.set(k, { text: c, formula: null }));
			if (row.size) sheet.rows.set(sheet.rows.size + 1, row);
		}
	});
	return sheets.filter((s) => s.rows.size);
}

/** The pages as Word-like lines: paragraphs, and each table row as tab-separated cells. */
export function pdfAsDocLines(t: PdfTables): string[] {
	const out: string[] = [];
	t.tables.forEach((table, i) => {
		if (!table) out.push(...t.plain[i].filter((l) => !FOOTER.test(l.trim())).map((l) => l.trim()));
		else {
			out.push(...table.before.filter((l) => l !== t.headers[i]));
			for (const r of table.rows) out.push(r.join('\t').replace(/\t+$/, ''));
		}
		out.push('');
	});
	return out;
}

const ranges = (nums: number[]) => {
	const out: string[] = [];
	for (let i = 0; i < nums.length; i++) {
		let j = i;
		while (j + 1 < nums.length && nums[j + 1] === nums[j] + 1) j++;
		out.push(j > i ? `${nums[i]}–${nums[j]}` : String(nums[i]));
		i = j;
	}
	return out.join(', ');
};

/** Says which pages were read as tables and which as running text, and how. */
export function pdfReadNote(file: string, t: PdfTables, how: 'rader' | 'mall' | 'dokument'): ParsedIssue {
	const tablePages = t.tables.flatMap((x, i) => (x && x.rows.length >= 2 ? [i + 1] : []));
	const textPages = t.tables.flatMap((x, i) => (x && x.rows.length >= 2 ? [] : [i + 1]));
	const cols = [...new Set(t.tables.flatMap((x) => (x && x.rows.length >= 2 ? [x.columns.length] : [])))];
	const message =
		how === 'rader'
			? `PDF-filen ${file} lästes rad för rad (textrader i sidornas ordning). ${tablePages.length ? `Sida ${ranges(tablePages)} ser ut att ha tabeller, men att läsa dem som tabeller gav färre poster.` : 'Inga tabeller hittades på sidorna.'}`
			: `PDF-filen ${file} lästes som ${how === 'mall' ? 'en utskrift av Excel-mallen (varje sidhuvud ett blad)' : 'ett utskrivet dokument (tabellrader som celler)'}: sida ${ranges(tablePages)} som tabeller, byggda från textens lägen (${cols.join(' eller ')} kolumner)${textPages.length ? `; sida ${ranges(textPages)} som löptext` : ''}. Celler som satt ihop i PDF:en delades vid kolumngränserna; kontrollera resultatet mot originalet.`;
	return { line: 0, line_end: 0, severity: 'info', code: 'pdf_read_as', message };
}
