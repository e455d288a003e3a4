import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportDate, neutralise, toCsv, toXlsx, type ExportMeta } from '../../src/lib/export';

const columns = [
	{ key: 'title', label: 'Åtgärd' },
	{ key: 'n', label: 'Antal', kind: 'number' as const }
];
const rows = [
	{ title: '=HYPERLINK("http://evil","klicka")', n: 1.5 },
	{ title: 'Trygghetsvandring; "kväll"', n: 1200 },
	{ title: '@SUM(A1)', n: null },
	{ title: '-2+3', n: -4 },
	{ title: '+46 8 000', n: 0 }
];

describe('export', () => {
	it('neutralise(text) prefixes formula-like cells with an apostrophe and leaves others alone', () => {
		expect(neutralise('=1+1')).toBe("'=1+1");
		expect(neutralise('+1')).toBe("'+1");
		expect(neutralise('-1')).toBe("'-1");
		expect(neutralise('@x')).toBe("'@x");
		expect(neutralise('Föräldrastöd')).toBe('Föräldrastöd');
	});

	it('toCsv(columns, rows) writes UTF-8 BOM, ; separators, decimal comma, quoted cells and neutralised formulas', () => {
		const csv = toCsv(columns, rows);
		expect(csv.startsWith('\uFEFFÅtgärd;Antal\r\n')).toBe(true);
		const lines = csv.slice(1).trimEnd().split('\r\n');
		expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil"",""klicka"")";1,5`);
		expect(lines[2]).toBe('"Trygghetsvandring; ""kväll""";1200');
		expect(lines[3]).toBe("'@SUM(A1);");
		expect(lines[4]).toBe("'-2+3;-4");
		expect(lines[5]).toBe("'+46 8 000;0");
	});

	it('toXlsx(columns, rows) writes a workbook whose cells hold numbers as numbers and neutralised text', () => {
		const files = unzipSync(toXlsx(columns, rows, 'Åtgärder'));
		expect(Object.keys(files).sort()).toEqual([
			'[Content_Types].xml',
			'_rels/.rels',
			'xl/_rels/workbook.xml.rels',
			'xl/styles.xml',
			'xl/workbook.xml',
			'xl/worksheets/sheet1.xml'
		]);
		const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
		expect(sheet).toContain('<c r="B2"><v>1.5</v></c>');
		expect(sheet).toContain(`<t xml:space="preserve">'=HYPERLINK(&quot;http://evil&quot;,&quot;klicka&quot;)</t>`);
		expect(sheet).not.toMatch(/<f>/);
		expect(strFromU8(files['xl/workbook.xml'])).toContain('name="Åtgärder"');
	});

	const meta: ExportMeta = {
		title: 'Jämför stadsdelar: Andel uppnådda',
		definition: 'Andel uppnådda av de åtgärder vars uppföljning uttryckligen bedömer målet.',
		filters: 'År: 2024',
		source: 'Planbild',
		date: '2026-12-03'
	};
	const shareColumns = [
		{ key: 'label', label: 'Stadsdel' },
		{ key: 'share', label: 'Andel uppnådda', kind: 'share' as const },
		{ key: 'per', label: 'Åtgärder per orsak', kind: 'decimal' as const, digits: 1 }
	];
	// 7 of 17 and 14 of 22 (Farsta 2024's stated uppnådd of its stated judgments).
	const shareRows = [
		{ label: 'A', share: (100 * 7) / 17, per: 7 / 17 },
		{ label: 'Farsta', share: (100 * 14) / 22, per: 1.5 },
		{ label: 'Skarpnäck', share: null, per: null }
	];

	it('toCsv(columns, rows, meta) rounds shares and decimals as on screen and starts with a header block', () => {
		const lines = toCsv(shareColumns, shareRows, meta).slice(1).trimEnd().split('\r\n');
		expect(lines.slice(0, 6)).toEqual([
			'Titel;Jämför stadsdelar: Andel uppnådda',
			'Definition;Andel uppnådda av de åtgärder vars uppföljning uttryckligen bedömer målet.',
			'Urval;År: 2024',
			'Källa;Planbild',
			'Exportdatum;2026-12-03',
			''
		]);
		expect(lines.slice(6)).toEqual([
			'Stadsdel;Andel uppnådda (%);Åtgärder per orsak',
			'A;41;0,4',
			'Farsta;64;1,5',
			'Skarpnäck;;'
		]);
	});

	it('toXlsx(columns, rows, name, meta) writes shares as fractions with a % format and a sheet "Om tabellen"', () => {
		const files = unzipSync(toXlsx(shareColumns, shareRows, 'Jämför', meta));
		const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
		expect(sheet).toContain(`<c r="B2" s="1"><v>${(100 * 7) / 17 / 100}</v></c>`);
		expect(sheet).toContain('<c r="C3" s="2"><v>1.5</v></c>');
		expect(strFromU8(files['xl/styles.xml'])).toContain('<xf numFmtId="9"');
		const about = strFromU8(files['xl/worksheets/sheet2.xml']);
		for (const text of ['Titel', 'Jämför stadsdelar: Andel uppnådda', 'Urval', 'År: 2024', 'Exportdatum', '2026-12-03'])
			expect(about).toContain(`>${text}</t>`);
		expect(strFromU8(files['xl/workbook.xml'])).toContain('name="Om tabellen"');
	});

	it('exportDate gives the Stockholm date as YYYY-MM-DD', () => {
		expect(exportDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
	});
});
