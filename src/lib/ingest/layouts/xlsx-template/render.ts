// A workbook as text lines: what the source viewer shows for an imported
// .xlsx and what the `xlsx-template` layout parses. How a line maps to a
// sheet and a cell is written into the text itself, so a line number is all
// a record or an issue needs:
//
//   Blad 2: Unga i riskzon                 <- one heading line per sheet
//   Sammanfogade celler: A4:A6, B4:B5      <- only when the sheet has merged cells
//   Rad 1:<TAB>Prioriterat …<TAB>Orsak…    <- one line per non-empty row; after
//                                             "Rad <n>:" come the cells from
//                                             column A on, separated by tabs
//
// So line "Rad 7:\tx\ty\tz" under "Blad 2: Unga i riskzon" is row 7 of that
// sheet and its third cell is C7. A tab or line break inside a cell becomes a
// space. Formulas are never evaluated; the value Excel cached is shown and
// the cell is noted.
import { columnLetter, type XlsxSheet } from '../../read';
import type { ParsedIssue } from '../../types';

export const SHEET_HEADING = /^Blad (\d+): (.*?)( \(dolt\))?$/;
export const MERGE_LINE = /^Sammanfogade celler: (.*)$/;
export const ROW_LINE = /^Rad (\d+):(\t.*)?$/;

export interface RenderedWorkbook {
	lines: string[];
	/** Notes the rendering itself makes (formula cells), with their line numbers. */
	notes: ParsedIssue[];
}

const mergeRef = (m: XlsxSheet['merges'][number]) => `${columnLetter(m.c1)}${m.r1}:${columnLetter(m.c2)}${m.r2}`;

export function renderWorkbook(sheets: XlsxSheet[]): RenderedWorkbook {
	const lines: string[] = [];
	const notes: ParsedIssue[] = [];
	sheets.forEach((sheet, i) => {
		if (i > 0) lines.push('');
		lines.push(`Blad ${i + 1}: ${sheet.name.replace(/\s+/g, ' ')}${sheet.hidden ? ' (dolt)' : ''}`);
		if (sheet.merges.length) lines.push(`Sammanfogade celler: ${sheet.merges.map(mergeRef).join(', ')}`);
		const rowNums = [...sheet.rows.keys()].sort((a, b) => a - b);
		for (const r of rowNums) {
			const row = sheet.rows.get(r)!;
			const width = Math.max(...row.keys()) + 1;
			const cells: string[] = [];
			for (let c = 0; c < width; c++) cells.push((row.get(c)?.text ?? '').replace(/[\t\r\n]+/g, ' ').trim());
			lines.push(`Rad ${r}:\t${cells.join('\t')}`.replace(/\s+$/, ''));
			for (const [c, cell] of row)
				if (cell.formula !== null) {
					const fn = /^\s*=?\s*([A-Za-zÅÄÖåäö_.]+)\s*\(/.exec(cell.formula)?.[1]?.toUpperCase();
					notes.push({
						line: lines.length,
						line_end: lines.length,
						severity: 'warning',
						code: 'formula_cell',
						message: `Blad "${sheet.name}", cell ${columnLetter(c)}${r} innehåller en formel${fn ? ` (${fn})` : ''}. Formler körs aldrig här; bara värdet som Excel sparade i cellen lästes${cell.text ? '' : ' (inget värde fanns)'}.`
					});
				}
		}
	});
	return { lines, notes };
}

export interface SheetRow {
	/** 1-based line in the rendered text. */
	line: number;
	/** Row number in the sheet. */
	row: number;
	/** Cells from column A on (raw text, redacted). */
	cells: string[];
}

export interface SheetBlock {
	name: string;
	hidden: boolean;
	headingLine: number;
	mergeLine: number | null;
	merges: { r1: number; c1: number; r2: number; c2: number }[];
	rows: SheetRow[];
	/** Lines in the sheet's block that are not headings, merges or rows (should be none). */
	stray: number[];
}

function parseMergeRefs(list: string): SheetBlock['merges'] {
	const out: SheetBlock['merges'] = [];
	for (const ref of list.split(/,\s*/)) {
		const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref.trim());
		if (!m) continue;
		const col = (s: string) => [...s].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
		out.push({ r1: Number(m[2]), c1: col(m[1]), r2: Number(m[4]), c2: col(m[3]) });
	}
	return out;
}

/** The rendered text back into sheets (the parser's view; lines may be redacted). */
export function readSheetBlocks(lines: string[]): { blocks: SheetBlock[]; before: number[] } {
	const blocks: SheetBlock[] = [];
	const before: number[] = [];
	let cur: SheetBlock | null = null;
	lines.forEach((text, i) => {
		const n = i + 1;
		if (text.trim() === '') return;
		const h = SHEET_HEADING.exec(text);
		if (h) {
			cur = { name: h[2], hidden: !!h[3], headingLine: n, mergeLine: null, merges: [], rows: [], stray: [] };
			blocks.push(cur);
			return;
		}
		if (!cur) {
			before.push(n);
			return;
		}
		const m = MERGE_LINE.exec(text);
		if (m && cur.rows.length === 0 && cur.mergeLine === null) {
			cur.mergeLine = n;
			cur.merges = parseMergeRefs(m[1]);
			return;
		}
		const r = ROW_LINE.exec(text);
		if (r) cur.rows.push({ line: n, row: Number(r[1]), cells: (r[2] ?? '').slice(1).split('\t') });
		else cur.stray.push(n);
	});
	return { blocks, before };
}
