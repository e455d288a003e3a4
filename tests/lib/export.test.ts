import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { neutralise, toCsv, toXlsx } from '../../src/lib/export';

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
			'xl/workbook.xml',
			'xl/worksheets/sheet1.xml'
		]);
		const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
		expect(sheet).toContain('<c r="B2"><v>1.5</v></c>');
		expect(sheet).toContain(`<t xml:space="preserve">'=HYPERLINK(&quot;http://evil&quot;,&quot;klicka&quot;)</t>`);
		expect(sheet).not.toMatch(/<f>/);
		expect(strFromU8(files['xl/workbook.xml'])).toContain('name="Åtgärder"');
	});
});
