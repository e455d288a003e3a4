// Table and chart downloads. Pure builders (rows -> bytes) plus one browser
// helper that saves a Blob. Text cells that start with = + - @ (or a tab /
// carriage return) are neutralised so a spreadsheet never runs them.
import { strToU8, zipSync } from 'fflate';

export interface ExportColumn {
	key: string;
	label: string;
	kind?: 'text' | 'number';
}
export type ExportRow = Record<string, unknown>;

/** Prefixes a formula-like text with an apostrophe (OWASP CSV injection advice). */
export function neutralise(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function cellText(v: unknown): string {
	if (v === null || v === undefined) return '';
	if (Array.isArray(v)) return v.join(', ');
	return String(v);
}

/** CSV for Swedish Excel: UTF-8 with BOM, `;` separator, decimal comma. */
export function toCsv(columns: ExportColumn[], rows: ExportRow[]): string {
	const esc = (s: string) => (/[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
	const line = (cells: string[]) => cells.map(esc).join(';');
	const body = rows.map((r) =>
		line(
			columns.map((c) => {
				const v = r[c.key];
				if (typeof v === 'number') return String(v).replace('.', ',');
				return neutralise(cellText(v));
			})
		)
	);
	return '\uFEFF' + [line(columns.map((c) => neutralise(c.label))), ...body].join('\r\n') + '\r\n';
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

/** A minimal .xlsx (one sheet, inline strings, numbers as numbers). */
export function toXlsx(columns: ExportColumn[], rows: ExportRow[], sheetName = 'Data'): Uint8Array {
	const cell = (ref: string, v: unknown) => {
		if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}"><v>${v}</v></c>`;
		const t = cellText(v);
		return t === '' ? '' : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xml(neutralise(t))}</t></is></c>`;
	};
	const sheetRows = [columns.map((c) => c.label), ...rows.map((r) => columns.map((c) => r[c.key]))]
		.map((cells, ri) => `<row r="${ri + 1}">${cells.map((v, ci) => cell(`${colName(ci)}${ri + 1}`, v)).join('')}</row>`)
		.join('');
	const files: Record<string, Uint8Array> = {
		'[Content_Types].xml': strToU8(
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
		),
		'_rels/.rels': strToU8(
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
		),
		'xl/workbook.xml': strToU8(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${xml(sheetName.slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets></workbook>`
		),
		'xl/_rels/workbook.xml.rels': strToU8(
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
		),
		'xl/worksheets/sheet1.xml': strToU8(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`
		)
	};
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
