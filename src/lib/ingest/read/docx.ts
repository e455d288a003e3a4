// .docx -> text lines, in the shape the text layouts already read: one line
// per paragraph (a soft line break starts a new line, an empty paragraph is an
// empty line, a list item gets "- "), and one line per table row with its
// cells separated by tabs (a cell's paragraphs joined by spaces). That is the
// shape of Farsta's Word export (data/raw/farsta-atgardsplan-2024.txt), so the
// word-tables layout, tsv-rows or the generic reader take it from there.
//
// Word's table features keep the columns in place: a cell spanning several
// grid columns (gridSpan) is followed by empty cells for the columns it
// covers, a vertically merged cell's continuation (vMerge) repeats the text
// of the cell it continues, and a table inside a cell gives its own lines
// after the outer row. A text box is read once (the VML fallback copy Word
// also writes is skipped) as lines of its own, and the paragraph around it
// keeps its text after the box. A non-breaking hyphen is a hyphen.
import { officeMainPart } from './office-package';
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

export function readDocx(bytes: Uint8Array): string[] {
	const pkg = new ZipPackage(bytes);
	const main = officeMainPart(pkg);
	const xml = main?.kind === 'docx' ? pkg.text(main.path) : null;
	if (xml === null)
		throw new DocxError(
			'not_docx',
			main?.kind === 'xlsx' ? 'filen är en Excel-arbetsbok' : 'dokumentets text (word/document.xml) saknas'
		);
	return docxLines(xml);
}

interface Cell {
	parts: string[];
	span: number;
	/** 'restart' starts a vertical merge, 'continue' continues one, null is an ordinary cell. */
	vMerge: 'restart' | 'continue' | null;
}

interface Table {
	cells: Cell[];
	/** Text of the cell that started a vertical merge, per grid column. */
	mergeText: Map<number, string>;
	/** Lines of tables nested in this row's cells, written after the row. */
	nested: string[];
}

interface Para {
	parts: string[];
	listItem: boolean;
}

/** The body of word/document.xml as lines (exported for tests). */
export function docxLines(xml: string): string[] {
	const lines: string[] = [];
	const tables: Table[] = [];
	// Paragraphs nest when a text box sits inside a run of an outer paragraph.
	const paras: Para[] = [];
	let inText = false;
	let inBody = false;
	let skipDepth = 0; // inside mc:Fallback (a second copy of a text box or drawing)

	const out = (line: string) => {
		const table = tables[tables.length - 1];
		if (table) table.nested.push(line);
		else lines.push(line);
	};

	const endParagraph = () => {
		const para = paras.pop();
		if (!para) return;
		const text = (para.listItem ? '- ' : '') + para.parts.join('');
		const table = tables[tables.length - 1];
		if (table && paras.length === 0) {
			const cell = table.cells[table.cells.length - 1];
			const flat = text.replace(/[\t\n]+/g, ' ').trim();
			if (cell && flat) cell.parts.push(flat);
		} else if (paras.length > 0) {
			// A text box's paragraph: lines of its own, before the paragraph it sits in ends.
			const flat = text.replace(/\s+$/, '');
			if (table) {
				const cell = table.cells[table.cells.length - 1];
				if (cell && flat.trim()) cell.parts.push(flat.replace(/[\t\n]+/g, ' ').trim());
			} else lines.push(...flat.split('\n').map((l) => l.replace(/\s+$/, '')));
		} else lines.push(...text.split('\n').map((l) => l.replace(/\s+$/, '')));
	};
	const para = () => paras[paras.length - 1];

	for (const t of xmlTokens(xml)) {
		if (skipDepth > 0) {
			if (t.kind === 'open' && t.name === 'Fallback' && !t.selfClosing) skipDepth++;
			else if (t.kind === 'close' && t.name === 'Fallback') skipDepth--;
			continue;
		}
		if (t.kind === 'open') {
			switch (t.name) {
				case 'body':
					inBody = true;
					break;
				case 'Fallback':
					if (!t.selfClosing) skipDepth = 1;
					break;
				case 'p':
					if (!inBody) break;
					paras.push({ parts: [], listItem: false });
					if (t.selfClosing) endParagraph();
					break;
				case 'numPr':
					if (para()) para().listItem = true;
					break;
				case 't':
					inText = !t.selfClosing;
					break;
				case 'tab':
					// <w:tab/> inside a run is a tab character; inside <w:tabs> (paragraph properties) it is a tab stop.
					if (para() && t.selfClosing && !('pos' in t.attrs)) para().parts.push('\t');
					break;
				case 'noBreakHyphen':
					para()?.parts.push('-');
					break;
				case 'br':
				case 'cr':
					para()?.parts.push('\n');
					break;
				case 'tbl':
					tables.push({ cells: [], mergeText: new Map(), nested: [] });
					break;
				case 'tr':
					if (tables.length) tables[tables.length - 1].cells = [];
					break;
				case 'tc':
					if (tables.length) tables[tables.length - 1].cells.push({ parts: [], span: 1, vMerge: null });
					break;
				case 'gridSpan': {
					const cell = tables[tables.length - 1]?.cells.at(-1);
					const n = Number(t.attrs.val);
					if (cell && Number.isInteger(n) && n > 1) cell.span = Math.min(n, 64);
					break;
				}
				case 'vMerge': {
					const cell = tables[tables.length - 1]?.cells.at(-1);
					if (cell) cell.vMerge = t.attrs.val === 'restart' ? 'restart' : 'continue';
					break;
				}
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
					const cells: string[] = [];
					for (const c of table.cells) {
						const col = cells.length;
						let text = c.parts.join(' ');
						if (c.vMerge === 'restart') table.mergeText.set(col, text);
						else if (c.vMerge === 'continue') text = text || (table.mergeText.get(col) ?? '');
						else table.mergeText.delete(col);
						cells.push(text);
						for (let k = 1; k < c.span; k++) cells.push('');
					}
					table.cells = [];
					const row = cells.join('\t');
					tables.pop();
					out(row);
					for (const l of table.nested) out(l);
					table.nested = [];
					tables.push(table);
					break;
				}
				case 'tbl': {
					const table = tables.pop();
					if (table) for (const l of table.nested) out(l);
					break;
				}
				case 'body':
					while (paras.length) endParagraph();
					inBody = false;
					break;
			}
		} else if (inText && para()) para().parts.push(t.text);
	}
	while (paras.length) endParagraph();
	return lines;
}
