// Minimal writers for test fixtures: .xlsx (shared strings, merged cells,
// formulas with cached values), .docx (paragraphs and tables) and PDF (one
// Courier text line per source line, WinAnsi-encoded so å, ä, ö survive).
// Only what the fixtures need; the app reads files from real Office too.
import { strToU8, zipSync, type Zippable } from 'fflate';

const xml = (s: string) =>
	s
		// eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters
		.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');

export function colName(i: number): string {
	let s = '';
	for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
	return s;
}

export type CellInput = string | number | null | { formula: string; value: string | number };

export interface SheetInput {
	name: string;
	/** rows[r][c]; row 1 is rows[0]. */
	rows: CellInput[][];
	/** Merged ranges such as "A3:A5". */
	merges?: string[];
	hidden?: boolean;
}

const CT_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export function writeXlsx(sheets: SheetInput[], level: 0 | 6 = 6): Uint8Array {
	const strings: string[] = [];
	const index = new Map<string, number>();
	const sst = (s: string) => {
		let i = index.get(s);
		if (i === undefined) {
			i = strings.length;
			strings.push(s);
			index.set(s, i);
		}
		return i;
	};
	const files: Zippable = {};
	sheets.forEach((sheet, si) => {
		const rows = sheet.rows
			.map((cells, ri) => {
				const r = ri + 1;
				const cs = cells
					.map((v, ci) => {
						const ref = `${colName(ci)}${r}`;
						if (v === null || v === '') return '';
						if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
						if (typeof v === 'object') {
							const cached = typeof v.value === 'number' ? `<v>${v.value}</v>` : `<v>${xml(String(v.value))}</v>`;
							return `<c r="${ref}"${typeof v.value === 'number' ? '' : ' t="str"'}><f>${xml(v.formula)}</f>${cached}</c>`;
						}
						return `<c r="${ref}" t="s"><v>${sst(v)}</v></c>`;
					})
					.join('');
				return cs ? `<row r="${r}">${cs}</row>` : '';
			})
			.join('');
		const merges = sheet.merges?.length
			? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
			: '';
		files[`xl/worksheets/sheet${si + 1}.xml`] = strToU8(
			`${CT_HEAD}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${rows}</sheetData>${merges}</worksheet>`
		);
	});
	files['xl/sharedStrings.xml'] = strToU8(
		`${CT_HEAD}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${xml(s)}</t></si>`).join('')}</sst>`
	);
	files['xl/workbook.xml'] = strToU8(
		`${CT_HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
			.map(
				(s, i) =>
					`<sheet name="${xml(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`
			)
			.join('')}</sheets></workbook>`
	);
	files['xl/_rels/workbook.xml.rels'] = strToU8(
		`${CT_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
			.map(
				(_, i) =>
					`<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
			)
			.join(
				''
			)}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
	);
	files['_rels/.rels'] = strToU8(
		`${CT_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
	);
	files['[Content_Types].xml'] = strToU8(
		`${CT_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
			.map(
				(_, i) =>
					`<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
			)
			.join(
				''
			)}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`
	);
	// A fixed timestamp keeps the bytes (and so the plan's sha256) the same on every run.
	return zipSync(files, { level, mtime: new Date('2025-01-01T00:00:00Z') });
}

export type DocxBlock = { paragraph: string; list?: boolean } | { table: string[][][] };

/** Paragraphs and tables; a table cell is a list of paragraphs. */
export function writeDocx(blocks: DocxBlock[]): Uint8Array {
	const run = (text: string) => `<w:r><w:t xml:space="preserve">${xml(text)}</w:t></w:r>`;
	const para = (text: string, list = false) =>
		`<w:p>${list ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' : ''}${text ? run(text) : ''}</w:p>`;
	const body = blocks
		.map((b) =>
			'paragraph' in b
				? para(b.paragraph, b.list)
				: `<w:tbl><w:tblPr><w:tblStyle w:val="Tabellrutnt"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>${b.table
						.map(
							(row) =>
								`<w:tr>${row.map((cell) => `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>${(cell.length ? cell : ['']).map((p) => para(p)).join('')}</w:tc>`).join('')}</w:tr>`
						)
						.join('')}</w:tbl>`
		)
		.join('');
	const files: Zippable = {
		'[Content_Types].xml': strToU8(
			`${CT_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
		),
		'_rels/.rels': strToU8(
			`${CT_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
		),
		'word/document.xml': strToU8(
			`${CT_HEAD}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>`
		)
	};
	return zipSync(files, { level: 6, mtime: new Date('2025-01-01T00:00:00Z') });
}

// Windows-1252 bytes 0x80-0x9f; the rest of Latin-1 maps to itself.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function cp1252Byte(ch: string): number | null {
	const code = ch.codePointAt(0)!;
	if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
	const hi = CP1252_HIGH.indexOf(ch);
	return hi >= 0 ? 0x80 + hi : null;
}

/** Text as Windows-1252 bytes; a character the code page lacks becomes `fallback`. */
export function toWindows1252(s: string, fallback = '?'): Uint8Array {
	const out = new Uint8Array(s.length);
	const fb = cp1252Byte(fallback) ?? 0x3f;
	let n = 0;
	for (const ch of s) out[n++] = cp1252Byte(ch) ?? fb;
	return out.subarray(0, n);
}

/**
 * A PDF with each line as its own text line (Courier 7 pt, landscape A4,
 * 62 lines a page). Empty lines are vertical gaps, as in a printed page.
 */
export function writePdf(lines: string[], fallback = '?'): Uint8Array {
	const PER_PAGE = 62;
	const pages: string[][] = [];
	for (let i = 0; i < lines.length; i += PER_PAGE) pages.push(lines.slice(i, i + PER_PAGE));
	const pdfString = (s: string) =>
		Array.from(toWindows1252(s, fallback), (b) =>
			b === 0x28 || b === 0x29 || b === 0x5c
				? '\\' + String.fromCharCode(b)
				: b < 0x20 || b > 0x7e
					? '\\' + b.toString(8).padStart(3, '0')
					: String.fromCharCode(b)
		).join('');
	const objects: string[] = [];
	// 1 catalog, 2 pages, 3 font, then per page: page object + content stream.
	objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
	objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>';
	const kids: string[] = [];
	pages.forEach((page, p) => {
		const pageObj = 4 + p * 2;
		kids.push(`${pageObj} 0 R`);
		const body = page.map((l) => (l === '' ? 'T*' : `(${pdfString(l)}) Tj T*`)).join('\n');
		const stream = `BT\n/F1 7 Tf\n8.5 TL\n28 565 Td\n${body}\nET`;
		objects[pageObj] =
			`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageObj + 1} 0 R >>`;
		objects[pageObj + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
	});
	objects[2] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages.length} >>`;
	let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
	const offsets: number[] = [];
	for (let i = 1; i < objects.length; i++) {
		offsets[i] = out.length;
		out += `${i} 0 obj\n${objects[i]}\nendobj\n`;
	}
	const xref = out.length;
	out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
	for (let i = 1; i < objects.length; i++) out += `${String(offsets[i]).padStart(10, '0')} 00000 n \n`;
	out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	// Every character above is a single byte (latin1), so offsets are byte offsets.
	return Uint8Array.from(out, (c) => c.charCodeAt(0));
}
