// .docx -> text lines, in the shape the text layouts already read: one line
// per paragraph (a soft line break starts a new line, an empty paragraph is an
// empty line, a list item gets "- "), and one line per table row with its
// cells separated by tabs (a cell's paragraphs joined by spaces). That is the
// shape of Farsta's Word export (data/raw/farsta-atgardsplan-2024.txt), so the
// word-tables layout, tsv-rows or the generic reader take it from there.
import { xmlTokens } from './xml-lite';
import { ZipPackage } from './zip';

export class DocxError extends Error {
	constructor(
		public code: 'not_docx',
		public detail: string
	) {
		super(detail);
	}
}

interface Cell {
	parts: string[];
}

export function readDocx(bytes: Uint8Array): string[] {
	const pkg = new ZipPackage(bytes);
	const xml = pkg.text('word/document.xml');
	if (xml === null)
		throw new DocxError(
			'not_docx',
			pkg.has('xl/workbook.xml') ? 'filen är en Excel-arbetsbok' : 'dokumentets text (word/document.xml) saknas'
		);
	return docxLines(xml);
}

/** The body of word/document.xml as lines (exported for tests). */
export function docxLines(xml: string): string[] {
	const lines: string[] = [];
	// Table nesting: each level holds the current row's cells.
	const tables: { cells: Cell[] }[] = [];
	let para: string[] | null = null;
	let listItem = false;
	let inText = false;
	let inBody = false;

	const endParagraph = () => {
		if (!para) return;
		const text = (listItem ? '- ' : '') + para.join('');
		para = null;
		listItem = false;
		const table = tables[tables.length - 1];
		if (table) {
			const cell = table.cells[table.cells.length - 1];
			const flat = text.replace(/[\t\n]+/g, ' ').trim();
			if (cell && flat) cell.parts.push(flat);
		} else lines.push(...text.split('\n').map((l) => l.replace(/\s+$/, '')));
	};

	for (const t of xmlTokens(xml)) {
		if (t.kind === 'open') {
			switch (t.name) {
				case 'body':
					inBody = true;
					break;
				case 'p':
					if (!inBody) break;
					endParagraph();
					para = [];
					if (t.selfClosing) endParagraph();
					break;
				case 'numPr':
					listItem = true;
					break;
				case 't':
					inText = !t.selfClosing;
					break;
				case 'tab':
					// <w:tab/> inside a run is a tab character; inside <w:tabs> (paragraph properties) it is a tab stop.
					if (para && t.selfClosing && !('pos' in t.attrs)) para.push('\t');
					break;
				case 'br':
				case 'cr':
					if (para) para.push('\n');
					break;
				case 'tbl':
					// A table inside a cell gets its own level; its rows join the outer cell (see 'tr').
					endParagraph();
					tables.push({ cells: [] });
					break;
				case 'tr':
					if (tables.length) tables[tables.length - 1].cells = [];
					break;
				case 'tc':
					if (tables.length) tables[tables.length - 1].cells.push({ parts: [] });
					break;
			}
		} else if (t.kind === 'close') {
			switch (t.name) {
				case 't':
					inText = false;
					break;
				case 'p':
					endParagraph();
					break;
				case 'tr': {
					const table = tables[tables.length - 1];
					if (!table) break;
					const cells = table.cells.map((c) => c.parts.join(' '));
					table.cells = [];
					if (tables.length === 1) lines.push(cells.join('\t'));
					else {
						const outer = tables[tables.length - 2];
						const cell = outer.cells[outer.cells.length - 1];
						const flat = cells.filter(Boolean).join(' ');
						if (cell && flat) cell.parts.push(flat);
					}
					break;
				}
				case 'tbl':
					tables.pop();
					break;
				case 'body':
					endParagraph();
					inBody = false;
					break;
			}
		} else if (inText && para) para.push(t.text);
	}
	endParagraph();
	return lines;
}
