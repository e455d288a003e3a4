// Word features the .docx reader must keep, on document.xml written by hand
// the way Word writes it; and the main part found from _rels/.rels.
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { decodeBytes, docxLines, readDocx, readXlsx, xmlTokens } from '$lib/ingest/read';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string) => `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const tc = (inner: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${inner}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]) => `<w:tbl><w:tblGrid/>${rows.join('')}</w:tbl>`;

describe('docxLines', () => {
	it('a cell spanning columns (gridSpan) keeps the later cells in their columns', () => {
		const xml = doc(
			tbl(tr(tc(p('A')), tc(p('B')), tc(p('C'))), tr(tc(p('AB'), '<w:gridSpan w:val="2"/>'), tc(p('C2'))))
		);
		expect(docxLines(xml)).toEqual(['A\tB\tC', 'AB\t\tC2']);
	});

	it('a vertically merged cell repeats its text on the rows it continues over', () => {
		const xml = doc(
			tbl(
				tr(tc(p('Problem'), '<w:vMerge w:val="restart"/>'), tc(p('Åtgärd 1'))),
				tr(tc('<w:p/>', '<w:vMerge/>'), tc(p('Åtgärd 2'))),
				tr(tc(p('Annat'), ''), tc(p('Åtgärd 3')))
			)
		);
		expect(docxLines(xml)).toEqual(['Problem\tÅtgärd 1', 'Problem\tÅtgärd 2', 'Annat\tÅtgärd 3']);
	});

	it('a table inside a cell gives its own rows after the outer row, not glued into the cell', () => {
		const inner = tbl(tr(tc(p('x1')), tc(p('y1'))), tr(tc(p('x2')), tc(p('y2'))));
		const xml = doc(tbl(tr(tc(p('Ytter') + inner + '<w:p/>'), tc(p('B')))) + p('Efter'));
		expect(docxLines(xml)).toEqual(['Ytter\tB', 'x1\ty1', 'x2\ty2', 'Efter']);
	});

	it('a text box is read once, and the text after it in its paragraph is kept', () => {
		const box = `<w:txbxContent>${p('I rutan')}</w:txbxContent>`;
		const xml = doc(
			`<w:p><w:r><w:t xml:space="preserve">Före </w:t></w:r><w:r><mc:AlternateContent xmlns:mc="m"><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>${box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>efter rutan</w:t></w:r></w:p>`
		);
		const lines = docxLines(xml);
		expect(lines.filter((l) => l.includes('I rutan'))).toHaveLength(1);
		expect(lines).toContain('Före efter rutan');
	});

	it('non-breaking hyphens are hyphens', () => {
		const xml = doc('<w:p><w:r><w:t>Hägersten</w:t><w:noBreakHyphen/><w:t>Älvsjö</w:t></w:r></w:p>');
		expect(docxLines(xml)).toEqual(['Hägersten-Älvsjö']);
	});

	it('a > inside an attribute value does not end the tag', () => {
		const xml = doc('<w:p><w:r><w:rPr><w:rStyle w:val="a>b"/></w:rPr><w:t>Text</w:t></w:r></w:p>');
		expect(docxLines(xml)).toEqual(['Text']);
		const tokens = [...xmlTokens('<a t="x>y" u=\'1>2\'>z</a>')];
		expect(tokens[0]).toEqual({ kind: 'open', name: 'a', attrs: { t: 'x>y', u: '1>2' }, selfClosing: false });
		expect(tokens[1]).toEqual({ kind: 'text', text: 'z' });
	});
});

describe('main part from _rels/.rels', () => {
	const rels = (target: string) =>
		`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;

	it('reads a Word document whose main part is not word/document.xml', () => {
		const bytes = zipSync({
			'_rels/.rels': strToU8(rels('/word/document2.xml')),
			'word/document2.xml': strToU8(doc(p('Rätt del'))),
			'word/document.xml': strToU8(doc(p('Fel del')))
		});
		expect(readDocx(bytes)).toEqual(['Rätt del']);
	});

	it('reads a workbook whose main part is named otherwise', () => {
		const bytes = zipSync({
			'_rels/.rels': strToU8(rels('xl/arbetsbok.xml')),
			'xl/arbetsbok.xml': strToU8(
				'<workbook xmlns:r="r"><sheets><sheet name="Ett" sheetId="1" r:id="rId1"/></sheets></workbook>'
			),
			'xl/_rels/arbetsbok.xml.rels': strToU8(
				'<Relationships><Relationship Id="rId1" Type="worksheet" Target="blad.xml"/></Relationships>'
			),
			'xl/blad.xml': strToU8(
				'<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Hej</t></is></c></row></sheetData></worksheet>'
			)
		});
		const [sheet] = readXlsx(bytes);
		expect(sheet.rows.get(1)?.get(0)?.text).toBe('Hej');
	});
});

describe('decodeBytes', () => {
	const text = 'Åtgärd;När\r\nNattvandring;2026-09-01\r\n';
	const le = new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer);
	const be = le.slice();
	for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
	const withBom = (bom: number[], b: Uint8Array) => new Uint8Array([...bom, ...b]);

	it.each([
		['UTF-16 LE with BOM', withBom([0xff, 0xfe], le), 'utf-16le'],
		['UTF-16 BE with BOM', withBom([0xfe, 0xff], be), 'utf-16be'],
		['UTF-16 LE without BOM', le, 'utf-16le'],
		['UTF-16 BE without BOM', be, 'utf-16be'],
		['UTF-8 with BOM', withBom([0xef, 0xbb, 0xbf], new TextEncoder().encode(text)), 'utf-8-bom'],
		['UTF-8', new TextEncoder().encode(text), 'utf-8'],
		['Windows-1252', new Uint8Array([...text].map((c) => c.charCodeAt(0))), 'windows-1252']
	])('%s', (_name, bytes, encoding) => {
		const d = decodeBytes(bytes as Uint8Array);
		expect(d.encoding).toBe(encoding);
		expect(d.text).toBe(text);
		expect(d.binary).toBe(false);
	});

	it('a binary file is still binary', () => {
		expect(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3])).binary).toBe(true);
	});
});
