import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeXlsx, type SheetInput } from '../../../../pipelines/lib/office-write';
import { skarpnackWorkbook } from '../../../../pipelines/make-fixtures';
import { redactLines } from '$lib/ingest/redact';
import { parseTsvRows } from '$lib/ingest/layouts/tsv-rows';
import type { ParsedDocument } from '$lib/ingest/types';
import { readXlsx } from '$lib/ingest/read';
import { detectXlsxTemplate, parseXlsxTemplate } from '$lib/ingest/layouts/xlsx-template';
import { readSheetBlocks, renderWorkbook } from '$lib/ingest/layouts/xlsx-template';
import { expectGolden, loadSeed, ROOT, uncoveredLines } from '../../../helpers';

const FIXTURE = join(ROOT, 'tests/fixtures/import/skarpnack-atgardsplan-2024.xlsx');

/** An .xlsx as the import reads it: cells -> rendered lines -> redacted lines. */
function load(bytes: Uint8Array) {
	const { lines, notes } = renderWorkbook(readXlsx(bytes));
	const doc = { file: 'test.xlsx', lines: redactLines(lines).lines };
	return { doc, notes, parsed: parseXlsxTemplate(doc) };
}
const fromSheets = (sheets: SheetInput[]) => load(writeXlsx(sheets));

const { doc, parsed } = load(new Uint8Array(readFileSync(FIXTURE)));

/** Measures as the analyst sees them: area, title, problem, causes, timing, responsible, follow-ups. */
const view = (d: ParsedDocument) =>
	d.measures.map((m) => ({
		area: m.area_label_raw,
		title: m.title,
		problem: d.problems.find((p) => p.key === m.problem_key)?.label ?? null,
		causes: m.cause_keys.map((k) => d.causes.find((c) => c.key === k)?.text),
		goal: m.operative_goal,
		when: m.timing_text,
		who: m.responsible,
		followups: d.followups.filter((f) => f.measure_key === m.key).map((f) => `${f.period}: ${f.text}`)
	}));

const HEADER = ['Prioriterat samverkansområde', 'Orsak', 'Åtgärd', 'Operativa mål', 'När', 'Vem', 'Uppföljning'];
const AREA_ROW = [
	'Unga i riskzon för destruktivt beteende',
	'Beskriv orsaken till problemet.',
	'Koppla åtgärd mot respektive orsak.'
];

describe('parseXlsxTemplate on the Skarpnäck template (tests/fixtures/import, from data/raw/skarpnack-atgardsplan-2024.txt)', () => {
	it('parseXlsxTemplate reads the same plan as the published tab-separated reading of the same document', () => {
		const published = parseTsvRows(loadSeed('skarpnack-atgardsplan-2024.txt'));
		// Five area sheets: 10 + 7 + 6 + 12 + 4 measures (the seed's data rows, one measure each).
		expect(parsed.measures.length).toBe(39);
		expect(parsed.problems.length).toBe(16);
		expect(parsed.causes.length).toBe(32);
		expect(parsed.followups.length).toBe(39);
		expect(view(parsed)).toEqual(view(published));
		expect(parsed.title).toBe(published.title);
		expect(parsed.year).toBe(2024);
		expect(parsed.district_name).toBe('Skarpnäck');
		expect(parsed.police_areas).toEqual(['Globen']);
	});

	it('parseXlsxTemplate carries merged problem and cause cells over their rows', () => {
		// Sheet "Unga i riskzon": A3:A8 merged (Ungdomar i offentlig miljö over rows 3-8), lines 15-20.
		const m = parsed.measures.find((x) => x.title === 'Riktade insatser genom SIG')!;
		expect(m.line_start).toBe(16);
		expect(doc.lines[15]).toMatch(/^Rad 4:\t\tUtveckling av kriminell identitet/);
		const problem = parsed.problems.find((p) => p.key === m.problem_key)!;
		expect(problem).toMatchObject({ label: 'Ungdomar i offentlig miljö', line_start: 15, line_end: 20 });
		// B9:B11 merged: SSPF, SSPF individ and Socialsekreterare hos polis answer one cause.
		const sspf = ['SSPF', 'SSPF individ', 'Socialsekreterare hos polis'].map(
			(t) => parsed.measures.find((x) => x.title === t)!.cause_keys
		);
		expect(sspf[0]).toEqual(sspf[1]);
		expect(sspf[1]).toEqual(sspf[2]);
		expect(parsed.causes.find((c) => c.key === sspf[0][0])).toMatchObject({
			text: 'Unga är mer utsatta i skolan än på annan plats',
			line_start: 21,
			line_end: 23
		});
	});

	it('parseXlsxTemplate reads the analysis sheet as stated counts, and names every line', () => {
		expect(parsed.stated_counts.map((s) => [s.area_label_raw, s.problems, s.causes, s.measures])).toEqual([
			['Unga i riskzon för destruktivt beteende', 2, 7, 10],
			['Otrygga och brottsutsatta platser', 3, 7, 7],
			['Systemhotade brottslighet', 3, 6, 6],
			['Särskilt utsatta och sårbara brottsoffer', 4, 8, 12],
			['Kriminella miljöer och livsstilar', 4, 4, 4],
			['[Eget prioriterat område]', 0, 0, 0]
		]);
		expect(uncoveredLines(doc, parsed)).toEqual([]);
		expect(parsed.issues.filter((i) => i.severity !== 'info')).toEqual([]);
		expect(parsed.issues.find((i) => i.code === 'hidden_sheet')?.message).toContain('Bladet "Listor" är dolt');
	});

	it('parseXlsxTemplate gives the reviewed golden reading', () => {
		expectGolden('xlsx-template', 'skarpnack-atgardsplan-2024', parsed);
	});

	it('detectXlsxTemplate knows the rendered workbook and no seed', () => {
		expect(detectXlsxTemplate(doc.lines)).toBeGreaterThan(0.9);
		for (const seed of [
			'skarpnack-atgardsplan-2024.txt',
			'farsta-atgardsplan-2024.txt',
			'enskede-arsta-vantor-atgardsplan-2025.txt'
		])
			expect(detectXlsxTemplate(loadSeed(seed).lines)).toBe(0);
	});

	it('renderWorkbook writes the sheet, row and merged cells into the text, so a line names its cell', () => {
		const { blocks } = readSheetBlocks(doc.lines);
		expect(blocks.map((b) => b.name)).toEqual([
			'Framsida',
			'Unga i riskzon',
			'Otrygga platser',
			'Systemhotande brottslighet',
			'Särskilt utsatta brottsoffer',
			'Kriminella miljöer',
			'Listor',
			'Analys'
		]);
		expect(blocks[1].merges[0]).toEqual({ r1: 3, c1: 0, r2: 8, c2: 0 });
		expect(skarpnackWorkbook()[1].merges).toEqual(['A3:A8', 'A9:A12', 'B9:B11']);
	});
});

describe('parseXlsxTemplate on hostile and broken workbooks', () => {
	it('parseXlsxTemplate reads a sheet without Operativa mål and one with it', () => {
		const { parsed: p } = fromSheets([
			{
				name: 'Med mål',
				rows: [
					HEADER,
					AREA_ROW,
					['Skolk', 'Otrygg skolväg', 'Skolvärdar', 'Färre skolk', '2025', 'Skolan', 'VB: Målet är uppnått.']
				]
			},
			{
				name: 'Utan mål',
				rows: [
					HEADER.filter((h) => h !== 'Operativa mål'),
					['Otrygga och brottsutsatta platser', 'Beskriv orsaken.'],
					['Centrum', 'Mörkt', 'Belysning', '2025', 'Trafikkontoret', '']
				]
			}
		]);
		expect(p.measures.map((m) => [m.area_label_raw, m.title, m.operative_goal, m.timing_text])).toEqual([
			['Unga i riskzon för destruktivt beteende', 'Skolvärdar', 'Färre skolk', '2025'],
			['Otrygga och brottsutsatta platser', 'Belysning', null, '2025']
		]);
		expect(p.followups).toEqual([expect.objectContaining({ period: 'VB', text: 'Målet är uppnått.' })]);
	});

	it('parseXlsxTemplate strips <script> and HTML from cells and names each cell in a warning', () => {
		const { parsed: p, notes } = fromSheets([
			{
				name: 'Unga',
				rows: [
					HEADER,
					AREA_ROW,
					[
						'<script>alert(1)</script>Skolk',
						'&lt;script&gt;alert(2)&lt;/script&gt;Orsak',
						'<b>Skolvärdar</b>',
						'',
						'2025',
						{ formula: 'HYPERLINK("http://x.example","Klicka")', value: 'Klicka' },
						'=1+1'
					]
				]
			}
		]);
		const texts = [
			...p.problems.map((x) => x.label),
			...p.causes.map((x) => x.text),
			...p.measures.flatMap((m) => [m.title, m.description, m.responsible ?? ''])
		];
		for (const t of texts) expect(t).not.toMatch(/<|script|alert/i);
		expect(p.measures[0].title).toBe('Skolvärdar');
		const codes = p.issues.filter((i) => i.severity === 'warning').map((i) => i.message);
		expect(codes).toContain(
			'Blad "Unga", cell A3 innehåller HTML- eller skripttaggar; taggarna togs bort och bara texten lästes.'
		);
		expect(codes).toContain(
			'Blad "Unga", cell G3 börjar som en formel ("=…"); den lästes som vanlig text och körs aldrig.'
		);
		expect(notes.map((n) => n.message)).toEqual([
			'Blad "Unga", cell F3 innehåller en formel (HYPERLINK). Formler körs aldrig här; bara värdet som Excel sparade i cellen lästes.'
		]);
	});

	it('parseXlsxTemplate never throws: no sheets, no template columns, too few and too many cells', () => {
		expect(parseXlsxTemplate({ file: 'x', lines: [] }).issues[0].code).toBe('no_sheets');
		const { parsed: none } = fromSheets([{ name: 'Blad1', rows: [['Hej'], ['Då']] }]);
		expect(none.issues.map((i) => i.code)).toContain('no_area_sheet');
		expect(none.measures).toEqual([]);
		const { doc: d, parsed: odd } = fromSheets([
			{
				name: 'Unga',
				rows: [
					HEADER,
					AREA_ROW,
					['Skolk'],
					['Skolk', 'Otrygg väg', 'Läxhjälp', '', '2025', 'Skolan', '', 'anteckning utanför tabellen']
				]
			}
		]);
		expect(odd.issues.find((i) => i.code === 'no_measure')?.message).toContain('Blad "Unga", cell C3 (Åtgärd) är tom');
		expect(odd.measures.map((m) => m.title)).toEqual(['Läxhjälp']);
		expect(uncoveredLines(d, odd)).toEqual([]);
		// Half a rendered workbook (a text cut mid-line) still parses.
		const cut = doc.lines.slice(0, 20);
		cut[19] = cut[19].slice(0, 30);
		const half = parseXlsxTemplate({ file: 'x', lines: cut });
		expect(half.measures.length).toBeGreaterThan(0);
		expect(uncoveredLines({ file: 'x', lines: cut }, half)).toEqual([]);
	});
});
