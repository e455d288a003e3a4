// npm run fixtures — writes tests/fixtures/import/: the files the browser
// import is tested with, made from the seed documents in data/raw/ so that
// they are realistic and reproducible (same bytes on every run):
//
//   skarpnack-atgardsplan-2024.xlsx   the city's Excel template filled with Skarpnäck's plan
//   farsta-atgardsplan-2024.docx      Farsta's plan as a Word document
//   enskede-arsta-vantor-atgardsplan-2025.pdf   Enskede-Årsta-Vantör's plan as a PDF (text, WinAnsi)
//   indikatorer-farsta.csv            an indicator table: `;`, decimal comma, Windows-1252
//   hostile files                     see HOSTILE below
//
// Large files (50 MB, 100 000 rows) are made by the browser test at run time.
import { deflateSync, strToU8, zipSync } from 'fflate';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { parseTsvRows } from '../src/lib/ingest/layouts/tsv-rows';
import { stripHtml } from '../src/lib/ingest/normalise';
import {
	colName,
	toWindows1252,
	writeDocx,
	writePdf,
	writeXlsx,
	type CellInput,
	type DocxBlock,
	type SheetInput
} from './lib/office-write';

const ROOT = join(import.meta.dirname, '..');
const RAW = join(ROOT, 'data/raw');
export const FIXTURES = join(ROOT, 'tests/fixtures/import');

const seedLines = (name: string) => readFileSync(join(RAW, name), 'utf8').split(/\r\n|\n/);

// The template's instruction for the Operativa mål column, as Enskede-Årsta-Vantör's
// PDF prints it (data/raw/enskede-arsta-vantor-atgardsplan-2025.txt lines 234-235).
const GOAL_INSTRUCTION = 'Koppla operativa mål till varje åtgärd.';

const SHEET_NAMES: [RegExp, string][] = [
	[/^Unga/, 'Unga i riskzon'],
	[/^Otrygga/, 'Otrygga platser'],
	[/^Systemhot/, 'Systemhotande brottslighet'],
	[/^Särskilt/, 'Särskilt utsatta brottsoffer'],
	[/^Kriminella/, 'Kriminella miljöer']
];
const sheetName = (area: string) => SHEET_NAMES.find(([re]) => re.test(area))?.[1] ?? area.slice(0, 31);

/**
 * Skarpnäck's tab-separated template export back into the workbook it came
 * from: a front sheet (title, parties, diary numbers), one sheet per area
 * (header, area row with the template's instructions, data rows), problem and
 * cause cells merged over the rows that the text export left empty ("same as
 * above"), an Operativa mål column on every other sheet (Skarpnäck has no
 * goals, so its cells stay empty), a hidden list sheet and the analysis sheet
 * with the counts the plan's own rows give.
 */
export function skarpnackWorkbook(): SheetInput[] {
	const lines = seedLines('skarpnack-atgardsplan-2024.txt');
	const isHeader = (l: string) => l.startsWith('Prioriterat samverkansområde\t');
	const first = lines.findIndex(isHeader);
	const front: SheetInput = {
		name: 'Framsida',
		rows: lines
			.slice(0, first)
			.filter((l) => l.trim() !== '')
			.map((l) => [l.trim()])
	};
	const sheets: SheetInput[] = [front];
	const areas: { header: string[]; area: string[]; data: string[][] }[] = [];
	for (let i = first; i < lines.length; i++) {
		if (lines[i].trim() === '') continue;
		if (isHeader(lines[i])) {
			const area = lines[++i].split('\t');
			areas.push({ header: lines[i - 1].split('\t'), area, data: [] });
		} else areas[areas.length - 1].data.push(lines[i].split('\t'));
	}
	areas.forEach((a, k) => {
		const withGoal = k % 2 === 0;
		const insert = <T>(cells: T[], value: T) => (withGoal ? [...cells.slice(0, 3), value, ...cells.slice(3)] : cells);
		const header = insert(a.header, 'Operativa mål');
		const areaRow = insert(
			a.area.map((c) => stripHtml(c)),
			GOAL_INSTRUCTION
		);
		const data = a.data.map((cells) => insert(cells, ''));
		const merges: string[] = [];
		// Row numbers: 1 header, 2 area row, data from 3.
		const mergeRuns = (col: number, continues: (r: number) => boolean) => {
			for (let r = 0; r < data.length; r++) {
				let end = r;
				while (end + 1 < data.length && continues(end + 1)) end++;
				if (end > r && (data[r][col] ?? '') !== '') merges.push(`${colName(col)}${r + 3}:${colName(col)}${end + 3}`);
				r = end;
			}
		};
		const empty = (r: number, c: number) => (data[r][c] ?? '').trim() === '';
		mergeRuns(0, (r) => empty(r, 0));
		mergeRuns(1, (r) => empty(r, 0) && empty(r, 1));
		sheets.push({ name: sheetName(a.area[0]), rows: [header, areaRow, ...data], merges });
	});
	sheets.push({
		name: 'Listor',
		hidden: true,
		rows: areas.map((a) => [a.area[0]])
	});
	// The analysis sheet: counts per area from the plan's own rows (the published tsv-rows reading).
	const parsed = parseTsvRows({ file: 'skarpnack-atgardsplan-2024.txt', lines });
	const count = (rows: { area_label_raw: string }[], area: string) =>
		rows.filter((r) => r.area_label_raw === area).length;
	sheets.push({
		name: 'Analys',
		rows: [
			['Sammanställning över prioriterade områden'],
			['Prioriterat område', 'Antal problem', 'Antal identifierade orsaker', 'Antal åtgärder'],
			...areas.map((a): CellInput[] => [
				a.area[0],
				count(parsed.problems, a.area[0]),
				count(parsed.causes, a.area[0]),
				count(parsed.measures, a.area[0])
			]),
			['[Eget prioriterat område]', 0, 0, 0]
		]
	});
	return sheets;
}

/**
 * Farsta's Word export back into a Word document: tab rows become tables (a
 * cell's HTML paragraphs its paragraphs), markdown rule rows (`---`) and the
 * blank lines between rows disappear, other lines are paragraphs. One row the
 * export broke is put back: lines 132-136 are a Vem cell wrapped over five
 * lines and line 138 its Uppföljning (data/raw/README.md: "a Vem cell wraps
 * over several lines"); in Word they are one row of the Vem/Uppföljning table.
 */
export function farstaDocument(): DocxBlock[] {
	const lines = seedLines('farsta-atgardsplan-2024.txt');
	if (!lines[131].startsWith('Farsta sdf, Enhetschef') || !lines[137].startsWith('Målet är ännu inte uppnått'))
		throw new Error(
			'farsta-atgardsplan-2024.txt has changed; update the wrapped row (lines 132-138) in make-fixtures.ts'
		);
	const blocks: DocxBlock[] = [];
	let table: string[][][] | null = null;
	const cellParagraphs = (cell: string) =>
		stripHtml(cell)
			.split('\n')
			.map((p) => p.trim())
			.filter(Boolean);
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (i === 131 && table) {
			table.push([lines.slice(131, 136).map((l) => l.trim()), [lines[137].trim()]]);
			i = 137;
			continue;
		}
		if (/^[-\s]+$/.test(line) && line.includes('---')) continue;
		if (line.includes('\t')) {
			if (!table) {
				table = [];
				blocks.push({ table });
			}
			table.push(line.split('\t').map(cellParagraphs));
			continue;
		}
		// Blank lines between rows stay inside the table (Word has none there).
		if (table && line.trim() === '') continue;
		table = null;
		// Markdown emphasis from the export is styling in Word, not text.
		blocks.push({ paragraph: line.replace(/\*\*|\*/g, '') });
	}
	return blocks;
}

/**
 * Indicator values for Farsta and the decimal-valued series from the published table, in Swedish CSV.
 * The header keeps the older column names (area_type, area_id, area_name): files
 * written before the rename still import, and this one proves it.
 */
export function indicatorCsv(): Uint8Array {
	const rows = csvParse(readFileSync(join(ROOT, 'data/indicators/indicator_values.csv'), 'utf8')).filter(
		(r) => r.place_id === 'farsta' || (r.value ?? '').includes('.')
	);
	const cols = ['indicator_id', 'place_type', 'place_id', 'place_name', 'year', 'grp', 'value', 'source_ref', 'quote'];
	const header = cols.map((c) => c.replace(/^place_/, 'area_'));
	const esc = (s: string) => (/[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
	const text = [
		header.join(';'),
		...rows.map((r) => cols.map((c) => esc(c === 'value' ? (r.value ?? '').replace('.', ',') : (r[c] ?? ''))).join(';'))
	].join('\r\n');
	return toWindows1252(text + '\r\n');
}

/** The header of an encrypted Office file: an OLE compound file whose directory names EncryptionInfo. */
export function encryptedOffice(): Uint8Array {
	const SECTOR = 512;
	const out = new Uint8Array(SECTOR * 4);
	const view = new DataView(out.buffer);
	out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
	view.setUint16(24, 0x003e, true); // minor version
	view.setUint16(26, 0x0003, true); // major version 3 (512-byte sectors)
	view.setUint16(28, 0xfffe, true); // little endian
	view.setUint16(30, 9, true); // sector shift
	view.setUint16(32, 6, true); // mini sector shift
	view.setUint32(44, 1, true); // one FAT sector
	view.setUint32(48, 1, true); // directory starts at sector 1
	view.setUint32(56, 4096, true); // mini stream cutoff
	view.setUint32(60, 0xfffffffe, true);
	view.setUint32(68, 0xfffffffe, true);
	view.setUint32(76, 0, true); // FAT at sector 0
	for (let i = 1; i < 109; i++) view.setUint32(76 + i * 4, 0xffffffff, true);
	// Sector 0 (file offset 512): the FAT.
	const fat = SECTOR;
	view.setUint32(fat, 0xfffffffd, true);
	view.setUint32(fat + 4, 0xfffffffe, true);
	view.setUint32(fat + 8, 0xfffffffe, true);
	for (let i = 3; i < 128; i++) view.setUint32(fat + i * 4, 0xffffffff, true);
	// Sector 1 (offset 1024): directory entries of 128 bytes.
	const entry = (i: number, name: string, type: number) => {
		const o = SECTOR * 2 + i * 128;
		for (let k = 0; k < name.length; k++) view.setUint16(o + k * 2, name.charCodeAt(k), true);
		view.setUint16(o + 64, (name.length + 1) * 2, true);
		out[o + 66] = type;
		view.setUint32(o + 68, 0xffffffff, true);
		view.setUint32(o + 72, 0xffffffff, true);
		view.setUint32(o + 76, 0xffffffff, true);
	};
	entry(0, 'Root Entry', 5);
	entry(1, 'EncryptionInfo', 2);
	entry(2, 'EncryptedPackage', 2);
	entry(3, '\u0006DataSpaces', 1);
	return out;
}

/** A zip whose one large part is zeros: tiny on disk, `mb` megabytes unpacked. */
function zipBomb(mb: number, lieAboutSize: boolean): Uint8Array {
	const zeros = new Uint8Array(mb * 1024 * 1024);
	const deflated = deflateSync(zeros, { level: 9 });
	const name = strToU8('xl/worksheets/sheet1.xml');
	const head = zipSync(
		{
			'[Content_Types].xml': strToU8('<Types/>'),
			'xl/workbook.xml': strToU8(
				'<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>'
			),
			'xl/_rels/workbook.xml.rels': strToU8(
				'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
			)
		},
		{ level: 6, mtime: new Date('2025-01-01T00:00:00Z') }
	);
	// Re-build by hand so the bomb entry can carry whatever size it claims.
	const declared = lieAboutSize ? 10_000 : zeros.length;
	const cdStart = (() => {
		for (let i = head.length - 22; i >= 0; i--)
			if (head[i] === 0x50 && head[i + 1] === 0x4b && head[i + 2] === 0x05 && head[i + 3] === 0x06)
				return new DataView(head.buffer, head.byteOffset).getUint32(i + 16, true);
		throw new Error('no EOCD');
	})();
	const eocdAt = head.length - 22;
	const locals = head.subarray(0, cdStart);
	const centrals = head.subarray(cdStart, eocdAt);
	const local = new Uint8Array(30 + name.length);
	const lv = new DataView(local.buffer);
	lv.setUint32(0, 0x04034b50, true);
	lv.setUint16(4, 20, true);
	lv.setUint16(8, 8, true);
	lv.setUint32(18, deflated.length, true);
	lv.setUint32(22, declared, true);
	lv.setUint16(26, name.length, true);
	local.set(name, 30);
	const central = new Uint8Array(46 + name.length);
	const cv = new DataView(central.buffer);
	cv.setUint32(0, 0x02014b50, true);
	cv.setUint16(4, 20, true);
	cv.setUint16(6, 20, true);
	cv.setUint16(10, 8, true);
	cv.setUint32(20, deflated.length, true);
	cv.setUint32(24, declared, true);
	cv.setUint16(28, name.length, true);
	cv.setUint32(42, locals.length, true);
	central.set(name, 46);
	const cdOffset = locals.length + local.length + deflated.length;
	const eocd = new Uint8Array(22);
	const ev = new DataView(eocd.buffer);
	ev.setUint32(0, 0x06054b50, true);
	ev.setUint16(8, 4, true);
	ev.setUint16(10, 4, true);
	ev.setUint32(12, centrals.length + central.length, true);
	ev.setUint32(16, cdOffset, true);
	const parts = [locals, local, deflated, centrals, central, eocd];
	const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
	let o = 0;
	for (const p of parts) {
		out.set(p, o);
		o += p.length;
	}
	return out;
}

/** A filled-in template whose cells carry HTML, script and formula payloads. */
export function payloadWorkbook(): SheetInput[] {
	return [
		{ name: 'Framsida', rows: [['Åtgärdsplan 2025 - Skarpnäcks stadsdelsförvaltning och lokalpolisområde Globen']] },
		{
			name: 'Unga i riskzon',
			rows: [
				['Prioriterat samverkansområde', 'Orsak', 'Åtgärd', 'När', 'Vem', 'Uppföljning'],
				[
					'Unga i riskzon för destruktivt beteende',
					'Beskriv orsaken till problemet.',
					'Koppla åtgärd mot respektive orsak.'
				],
				[
					'<script>alert("xss")</script>Skolk',
					'<img src=x onerror=alert(1)>Otrygg skolväg',
					'Skolvärdar <b>på</b> morgonen',
					'Linjearbete',
					{ formula: 'HYPERLINK("http://angripare.example/","Klicka här")', value: 'Klicka här' },
					'=HYPERLINK("http://angripare.example/","Uppnått")'
				],
				['', '', '@SUM(1+1) Läxhjälp', '2025', 'Fritidsgården', '+46 kommentar']
			],
			merges: ['A3:A4', 'B3:B4']
		}
	];
}

export const HOSTILE = {
	'tom.xlsx': () => new Uint8Array(0),
	'bild-omdopt.xlsx': () => {
		// A PNG signature then pseudo-random bytes: a picture renamed to .xlsx.
		const out = new Uint8Array(4096);
		out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		let x = 12345;
		for (let i = 8; i < out.length; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
		return out;
	},
	'avklippt.xlsx': () => {
		const full = writeXlsx(skarpnackWorkbook());
		return full.subarray(0, Math.floor(full.length / 2));
	},
	'zipbomb.xlsx': () => zipBomb(50, false),
	'zipbomb-ljuger.xlsx': () => zipBomb(50, true),
	'losenord.xlsx': encryptedOffice,
	'skadlig-mall.xlsx': () => writeXlsx(payloadWorkbook())
} as const;

function main() {
	mkdirSync(FIXTURES, { recursive: true });
	const write = (name: string, bytes: Uint8Array) => {
		writeFileSync(join(FIXTURES, name), bytes);
		console.log(`${name.padEnd(45)} ${bytes.length.toLocaleString('sv-SE').padStart(10)} byte`);
	};
	write('skarpnack-atgardsplan-2024.xlsx', writeXlsx(skarpnackWorkbook()));
	write('farsta-atgardsplan-2024.docx', writeDocx(farstaDocument()));
	// U+F0D8 (a Wingdings arrow in the PDF's private-use area) has no WinAnsi code; it prints as a bullet.
	write(
		'enskede-arsta-vantor-atgardsplan-2025.pdf',
		writePdf(seedLines('enskede-arsta-vantor-atgardsplan-2025.txt'), '•')
	);
	write('indikatorer-farsta.csv', indicatorCsv());
	for (const [name, make] of Object.entries(HOSTILE)) write(name, make());
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
