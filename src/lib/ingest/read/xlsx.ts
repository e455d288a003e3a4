// .xlsx -> sheets of cells. Reads the workbook's sheet list, shared strings,
// each worksheet's cells (shared, inline and formula-result strings, numbers,
// booleans) and merged ranges. A number is shown through its cell's number
// format (number-format.ts: dates, percentages, fractions; the 1904 date
// system too). Formulas are never evaluated: only the value Excel cached is
// read, and the cell is flagged so the report can say so. Only rows with a
// value count toward the row limit: LibreOffice writes thousands of empty
// <row> elements that carry only a height.
import { formatCell, formatCode } from './number-format';
import { officeMainPart, relationships, relsOf, resolveTarget } from './office-package';
import { xmlTokens } from './xml-lite';
import { ZipError, ZipPackage } from './zip';

export interface XlsxCell {
	text: string;
	/** The formula as written, when the cell has one (its cached value is `text`). */
	formula: string | null;
}

export interface MergeRange {
	/** 1-based rows, 0-based columns, inclusive. */
	r1: number;
	c1: number;
	r2: number;
	c2: number;
}

export interface XlsxSheet {
	name: string;
	/** row number (1-based) -> column index (0-based) -> cell */
	rows: Map<number, Map<number, XlsxCell>>;
	merges: MergeRange[];
	hidden: boolean;
}

export interface XlsxLimits {
	maxRowsPerSheet: number;
	maxSheets: number;
}

export const XLSX_LIMITS: XlsxLimits = { maxRowsPerSheet: 20_000, maxSheets: 200 };

export class XlsxError extends Error {
	constructor(
		public code: 'not_xlsx' | 'too_many_rows' | 'too_many_sheets' | 'xlsx_corrupt',
		public detail: string,
		public sheet: string | null = null
	) {
		super(detail);
	}
}

/** `C7` -> { col: 2, row: 7 }; null for anything else. */
export function parseRef(ref: string): { col: number; row: number } | null {
	const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.trim().toUpperCase());
	if (!m) return null;
	let col = 0;
	for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
	return { col: col - 1, row: Number(m[2]) };
}

/** 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(i: number): string {
	let s = '';
	for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
	return s;
}

/** Text of a string item (`<si>` or `<is>`): its `<t>` runs, without phonetic guides (`<rPh>`). */
function readStringItems(xml: string, item: string): string[] {
	const out: string[] = [];
	let cur: string[] | null = null;
	let inT = false;
	let inPhonetic = false;
	for (const t of xmlTokens(xml)) {
		if (t.kind === 'open') {
			if (t.name === item && !t.selfClosing) cur = [];
			else if (t.name === item) out.push('');
			else if (t.name === 'rPh') inPhonetic = !t.selfClosing;
			else if (t.name === 't' && !t.selfClosing) inT = true;
		} else if (t.kind === 'close') {
			if (t.name === item && cur) {
				out.push(cur.join(''));
				cur = null;
			} else if (t.name === 'rPh') inPhonetic = false;
			else if (t.name === 't') inT = false;
		} else if (inT && !inPhonetic && cur) cur.push(t.text);
	}
	return out;
}

export function readXlsx(bytes: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): XlsxSheet[] {
	const pkg = new ZipPackage(bytes);
	const main = officeMainPart(pkg);
	if (!main || main.kind !== 'xlsx')
		throw new XlsxError('not_xlsx', main?.kind === 'docx' ? 'filen är ett Word-dokument' : 'arbetsboken saknas');
	const wbPath = main.path;
	const wbXml = pkg.text(wbPath) ?? '';
	const wbRels = new Map(relationships(pkg, relsOf(wbPath)).map((r) => [r.id, r.target]));
	const sheetsMeta: { name: string; path: string; hidden: boolean }[] = [];
	for (const t of xmlTokens(wbXml))
		if (t.kind === 'open' && t.name === 'sheet') {
			const target = wbRels.get(t.attrs.id ?? '');
			if (target)
				sheetsMeta.push({
					name: t.attrs.name ?? `Blad${sheetsMeta.length + 1}`,
					path: resolveTarget(wbPath, target),
					hidden: t.attrs.state === 'hidden' || t.attrs.state === 'veryHidden'
				});
		}
	if (sheetsMeta.length > limits.maxSheets)
		throw new XlsxError('too_many_sheets', `arbetsboken har ${sheetsMeta.length} blad; gränsen är ${limits.maxSheets}`);
	const sstTarget = [...wbRels.values()].find((t) => /sharedStrings\.xml$/i.test(t));
	const sstXml = sstTarget ? pkg.text(resolveTarget(wbPath, sstTarget)) : null;
	const shared = sstXml ? readStringItems(sstXml, 'si') : [];
	const stylesTarget = [...wbRels.values()].find((t) => /styles\.xml$/i.test(t));
	const stylesXml = stylesTarget ? pkg.text(resolveTarget(wbPath, stylesTarget)) : null;
	const fmt: CellFormats = { codes: stylesXml ? cellFormatCodes(stylesXml) : [], date1904: false };
	for (const t of xmlTokens(wbXml))
		if (t.kind === 'open' && t.name === 'workbookPr') {
			fmt.date1904 = t.attrs.date1904 === '1' || t.attrs.date1904 === 'true';
			break;
		}
	return sheetsMeta.map((m) => {
		const xml = pkg.text(m.path);
		if (xml === null) throw new XlsxError('xlsx_corrupt', `bladet ${m.name} saknas i arbetsboken`, m.name);
		return readSheet(m.name, m.hidden, xml, shared, fmt, limits);
	});
}

interface CellFormats {
	/** Number format code per cell style index (`s` attribute). */
	codes: string[];
	date1904: boolean;
}

/** styles.xml -> the number format code of each cell style (cellXfs), in order. */
function cellFormatCodes(xml: string): string[] {
	const custom = new Map<number, string>();
	const codes: string[] = [];
	let inXfs = false;
	for (const t of xmlTokens(xml)) {
		if (t.kind === 'open' && t.name === 'numFmt' && t.attrs.numFmtId)
			custom.set(Number(t.attrs.numFmtId), t.attrs.formatCode ?? 'General');
		else if (t.kind === 'open' && t.name === 'cellXfs') inXfs = !t.selfClosing;
		else if (t.kind === 'close' && t.name === 'cellXfs') inXfs = false;
		else if (t.kind === 'open' && t.name === 'xf' && inXfs)
			codes.push(formatCode(Number(t.attrs.numFmtId ?? 0), custom));
	}
	return codes;
}

function readSheet(
	name: string,
	hidden: boolean,
	xml: string,
	shared: string[],
	fmt: CellFormats,
	limits: XlsxLimits
): XlsxSheet {
	const sheet: XlsxSheet = { name, rows: new Map(), merges: [], hidden };
	let rowNum = 0;
	let row: Map<number, XlsxCell> | null = null;
	let col = -1;
	let cellType = '';
	let style = 0;
	let filled = 0;
	let value: string | null = null;
	let formula: string | null = null;
	let inline: string[] | null = null;
	let target: 'v' | 'f' | 't' | null = null;
	let inPhonetic = false;
	for (const t of xmlTokens(xml)) {
		if (t.kind === 'open') {
			switch (t.name) {
				case 'row': {
					rowNum = t.attrs.r ? Number(t.attrs.r) : rowNum + 1;
					row = sheet.rows.get(rowNum) ?? new Map();
					col = -1;
					if (!t.selfClosing) sheet.rows.set(rowNum, row);
					break;
				}
				case 'c': {
					const ref = t.attrs.r ? parseRef(t.attrs.r) : null;
					col = ref ? ref.col : col + 1;
					if (ref && ref.row !== rowNum) {
						rowNum = ref.row;
						row = sheet.rows.get(rowNum) ?? new Map();
						sheet.rows.set(rowNum, row);
					}
					cellType = t.attrs.t ?? 'n';
					style = Number(t.attrs.s ?? 0) || 0;
					value = null;
					formula = null;
					inline = null;
					break;
				}
				case 'v':
					if (!t.selfClosing) target = 'v';
					break;
				case 'f':
					if (!t.selfClosing) target = 'f';
					formula = formula ?? '';
					break;
				case 'is':
					inline = [];
					break;
				case 'rPh':
					inPhonetic = !t.selfClosing;
					break;
				case 't':
					if (inline && !t.selfClosing) target = 't';
					break;
				case 'mergeCell': {
					const [a, b] = (t.attrs.ref ?? '').split(':');
					const p = a ? parseRef(a) : null;
					const q = b ? parseRef(b) : p;
					if (p && q) sheet.merges.push({ r1: p.row, c1: p.col, r2: q.row, c2: q.col });
					break;
				}
			}
		} else if (t.kind === 'close') {
			if (t.name === 'v' || t.name === 'f' || t.name === 't') target = null;
			else if (t.name === 'rPh') inPhonetic = false;
			else if (t.name === 'c' && row) {
				const text = cellText(cellType, value, inline, shared, fmt.codes[style] ?? 'General', fmt.date1904);
				if (text !== '' || formula !== null) {
					if (row.size === 0 && ++filled > limits.maxRowsPerSheet)
						throw new XlsxError(
							'too_many_rows',
							`bladet "${name}" har fler än ${limits.maxRowsPerSheet.toLocaleString('sv-SE')} rader med innehåll; gränsen är ${limits.maxRowsPerSheet.toLocaleString('sv-SE')} rader per blad`,
							name
						);
					row.set(col, { text, formula });
				}
			}
		} else if (target && !inPhonetic) {
			if (target === 'v') value = (value ?? '') + t.text;
			else if (target === 'f') formula = (formula ?? '') + t.text;
			else if (inline) inline.push(t.text);
		}
	}
	for (const [n, r] of sheet.rows) if (r.size === 0) sheet.rows.delete(n);
	return sheet;
}

function cellText(
	type: string,
	value: string | null,
	inline: string[] | null,
	shared: string[],
	code: string,
	date1904: boolean
): string {
	switch (type) {
		case 's':
			return value === null ? '' : (shared[Number(value)] ?? '');
		case 'inlineStr':
			return inline ? inline.join('') : (value ?? '');
		case 'b':
			return value === '1' ? 'SANT' : value === '0' ? 'FALSKT' : '';
		case 'e':
			return value ?? '';
		case 'd':
			// An ISO 8601 date cell (strict OOXML, some writers): its date part, or the whole text when it has a time.
			return (value ?? '').replace(/T00:00(:00(\.0+)?)?Z?$/, '');
		case 'str':
			return value ?? '';
		default: {
			if (value === null) return '';
			const n = Number(value);
			// As Excel shows it in a Swedish locale, through the cell's number format.
			return Number.isFinite(n) && value.trim() !== '' ? formatCell(n, code, date1904) : value;
		}
	}
}

export { ZipError };
