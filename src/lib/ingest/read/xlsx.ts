// .xlsx -> sheets of cells. Reads the workbook's sheet list, shared strings,
// each worksheet's cells (shared, inline and formula-result strings, numbers,
// booleans) and merged ranges. Styles are ignored, so a date formatted cell
// comes out as its serial number. Formulas are never evaluated: only the
// value Excel cached is read, and the cell is flagged so the report can say so.
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

function resolveTarget(base: string, target: string): string {
	if (target.startsWith('/')) return target.slice(1);
	const parts = base.split('/').slice(0, -1);
	for (const seg of target.split('/')) {
		if (seg === '..') parts.pop();
		else if (seg !== '.') parts.push(seg);
	}
	return parts.join('/');
}

function relationships(pkg: ZipPackage, relsPath: string): Map<string, string> {
	const out = new Map<string, string>();
	const xml = pkg.text(relsPath);
	if (!xml) return out;
	for (const t of xmlTokens(xml))
		if (t.kind === 'open' && t.name === 'Relationship' && t.attrs.Id && t.attrs.Target)
			out.set(t.attrs.Id, t.attrs.Target);
	return out;
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
	const rootRels = relationships(pkg, '_rels/.rels');
	const wbTarget = [...rootRels.values()].find((t) => /workbook\.xml$/.test(t)) ?? 'xl/workbook.xml';
	const wbPath = resolveTarget('', wbTarget);
	const wbXml = pkg.text(wbPath);
	if (wbXml === null)
		throw new XlsxError('not_xlsx', pkg.has('word/document.xml') ? 'filen är ett Word-dokument' : 'arbetsboken saknas');
	const wbRels = relationships(pkg, wbPath.replace(/([^/]+)$/, '_rels/$1.rels'));
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
	return sheetsMeta.map((m) => {
		const xml = pkg.text(m.path);
		if (xml === null) throw new XlsxError('xlsx_corrupt', `bladet ${m.name} saknas i arbetsboken`, m.name);
		return readSheet(m.name, m.hidden, xml, shared, limits);
	});
}

function readSheet(name: string, hidden: boolean, xml: string, shared: string[], limits: XlsxLimits): XlsxSheet {
	const sheet: XlsxSheet = { name, rows: new Map(), merges: [], hidden };
	let rowNum = 0;
	let row: Map<number, XlsxCell> | null = null;
	let col = -1;
	let cellType = '';
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
					if (sheet.rows.size >= limits.maxRowsPerSheet)
						throw new XlsxError(
							'too_many_rows',
							`bladet "${name}" har fler än ${limits.maxRowsPerSheet.toLocaleString('sv-SE')} rader; gränsen är ${limits.maxRowsPerSheet.toLocaleString('sv-SE')} rader per blad`,
							name
						);
					row = new Map();
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
				const text = cellText(cellType, value, inline, shared);
				if (text !== '' || formula !== null) row.set(col, { text, formula });
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

function cellText(type: string, value: string | null, inline: string[] | null, shared: string[]): string {
	switch (type) {
		case 's':
			return value === null ? '' : (shared[Number(value)] ?? '');
		case 'inlineStr':
			return inline ? inline.join('') : (value ?? '');
		case 'b':
			return value === '1' ? 'SANT' : value === '0' ? 'FALSKT' : '';
		case 'e':
			return value ?? '';
		case 'str':
			return value ?? '';
		default: {
			if (value === null) return '';
			const n = Number(value);
			// Swedish decimal comma, as Excel shows it in a Swedish locale.
			return Number.isFinite(n) ? String(n).replace('.', ',') : value;
		}
	}
}

export { ZipError };
