// Table and chart downloads. Pure builders (rows -> bytes) plus one browser
// helper that saves a Blob. Text cells that start with = + - @ (or a tab /
// carriage return) are neutralised so a spreadsheet never runs them.
//
// Numbers leave as the screen shows them: a share (kind 'share', a percentage
// 0–100 as the views compute it) is a whole percent in CSV and a number with a
// % format in .xlsx; a decimal (kind 'decimal') has the screen's digits in CSV
// and a matching number format in .xlsx. Every export can carry a header
// (ExportMeta): in CSV a block of lines above the table, in .xlsx a sheet
// "Om tabellen".
import { strToU8, zipSync } from 'fflate';

export interface ExportColumn {
	key: string;
	label: string;
	kind?: 'text' | 'number' | 'share' | 'decimal';
	/** Digits after the decimal comma for kind 'decimal' (as on screen; default 1). */
	digits?: number;
}
export type ExportRow = Record<string, unknown>;

/** What every export says about itself: title, what the numbers mean, filters, source, date. */
export interface ExportMeta {
	title: string;
	definition: string;
	/** The filters in words ("Stadsdel: Skarpnäck; År: 2024"), or "Inga filter". */
	filters: string;
	source: string;
	/** The export date, YYYY-MM-DD (exportDate()). */
	date: string;
}

const META_ROWS: [keyof ExportMeta, string][] = [
	['title', 'Titel'],
	['definition', 'Definition'],
	['filters', 'Urval'],
	['source', 'Källa'],
	['date', 'Exportdatum']
];

/** Today in Stockholm as YYYY-MM-DD (sv-SE writes ISO dates). */
export const exportDate = (now: Date = new Date()) =>
	new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);

/** The source line every Planbild export names. */
export const PLANBILD_SOURCE =
	'Planbild: stadsdelarnas åtgärdsplaner och lägesbilder som de är skrivna (data/raw), varje siffra med fil och rad.';

/** The value a CSV cell shows for a number column: rounded as on screen. */
function csvNumber(c: ExportColumn, v: number): string {
	if (c.kind === 'share') return String(Math.round(v));
	if (c.kind === 'decimal') return v.toFixed(c.digits ?? 1).replace('.', ',');
	return String(v).replace('.', ',');
}

const csvLabel = (c: ExportColumn) => (c.kind === 'share' ? `${c.label} (%)` : c.label);

/** Prefixes a formula-like text with an apostrophe (OWASP CSV injection advice). */
export function neutralise(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function cellText(v: unknown): string {
	if (v === null || v === undefined) return '';
	if (Array.isArray(v)) return v.join(', ');
	return String(v);
}

/** CSV for Swedish Excel: UTF-8 with BOM, `;` separator, decimal comma; with meta, a header block first. */
export function toCsv(columns: ExportColumn[], rows: ExportRow[], meta?: ExportMeta): string {
	const esc = (s: string) => (/[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
	const line = (cells: string[]) => cells.map(esc).join(';');
	const body = rows.map((r) =>
		line(
			columns.map((c) => {
				const v = r[c.key];
				if (typeof v === 'number') return Number.isFinite(v) ? csvNumber(c, v) : '';
				return neutralise(cellText(v));
			})
		)
	);
	const head = meta ? [...META_ROWS.map(([k, l]) => line([l, neutralise(meta[k])])), ''] : [];
	return '\uFEFF' + [...head, line(columns.map((c) => neutralise(csvLabel(c)))), ...body].join('\r\n') + '\r\n';
}

const xml = (s: string) =>
	s
		// eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters
		.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');

function colName(i: number): string {
	let s = '';
	for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
	return s;
}

// Cell styles (xl/styles.xml cellXfs): 0 general, 1 percent (built-in format 9, "0%", shown
// the Swedish way by Swedish Excel), 2 one decimal, 3 two decimals.
const STYLE_OF = (c: ExportColumn) =>
	c.kind === 'share' ? 1 : c.kind === 'decimal' ? ((c.digits ?? 1) >= 2 ? 3 : 2) : 0;
const STYLES =
	'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
	'<numFmts count="2"><numFmt numFmtId="165" formatCode="0.0"/><numFmt numFmtId="166" formatCode="0.00"/></numFmts>' +
	'<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
	'<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
	'<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
	'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
	'<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
	'<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
	'<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
	'<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
	'</styleSheet>';

function sheetXml(table: unknown[][], styles: number[] = []): string {
	const cell = (ref: string, v: unknown, style: number) => {
		if (typeof v === 'number' && Number.isFinite(v))
			return `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${v}</v></c>`;
		const t = cellText(v);
		return t === '' ? '' : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xml(neutralise(t))}</t></is></c>`;
	};
	const rowsXml = table
		.map(
			(cells, ri) =>
				`<row r="${ri + 1}">${cells.map((v, ci) => cell(`${colName(ci)}${ri + 1}`, v, ri === 0 ? 0 : (styles[ci] ?? 0))).join('')}</row>`
		)
		.join('');
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rowsXml}</sheetData></worksheet>`;
}

/**
 * A minimal .xlsx: the table (inline strings, numbers as numbers; shares as
 * fractions with a % format) and, with meta, a sheet "Om tabellen".
 */
export function toXlsx(columns: ExportColumn[], rows: ExportRow[], sheetName = 'Data', meta?: ExportMeta): Uint8Array {
	const value = (c: ExportColumn, v: unknown) => (c.kind === 'share' && typeof v === 'number' ? v / 100 : v);
	const table = [columns.map((c) => c.label), ...rows.map((r) => columns.map((c) => value(c, r[c.key])))];
	const sheets = [{ name: sheetName.slice(0, 31), xml: sheetXml(table, columns.map(STYLE_OF)) }];
	if (meta) sheets.push({ name: 'Om tabellen', xml: sheetXml(META_ROWS.map(([k, l]) => [l, meta[k]])) });
	const files: Record<string, Uint8Array> = {
		'[Content_Types].xml': strToU8(
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
				sheets
					.map(
						(_, i) =>
							`<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
					)
					.join('') +
				'</Types>'
		),
		'_rels/.rels': strToU8(
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
		),
		'xl/workbook.xml': strToU8(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((sh, i) => `<sheet name="${xml(sh.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`
		),
		'xl/_rels/workbook.xml.rels': strToU8(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`
		),
		'xl/styles.xml': strToU8(STYLES)
	};
	sheets.forEach((sh, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sh.xml)));
	return zipSync(files, { level: 6 });
}

/** Saves bytes as a download (browser only). */
export function download(name: string, data: BlobPart, type: string): void {
	const url = URL.createObjectURL(new Blob([data], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
