import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectTsvRows, parseTsvRows } from '$lib/ingest/layouts/tsv-rows';
import { readStatus } from '$lib/ingest/normalise';
import type { ParsedDocument } from '$lib/ingest/types';
import { expectGolden, loadSeed, loadText, ROOT, uncoveredLines } from '../../../helpers';

const SEED = 'skarpnack-atgardsplan-2024.txt';
const doc = loadSeed(SEED);
const parsed = parseTsvRows(doc);

const measureAt = (line: number) => {
	const m = parsed.measures.find((x) => x.line_start === line);
	if (!m) throw new Error(`no measure on line ${line}`);
	return m;
};
const causeOf = (line: number) => parsed.causes.find((c) => c.key === measureAt(line).cause_keys[0]);
const problemOf = (line: number) => parsed.problems.find((p) => p.key === measureAt(line).problem_key);
const followupOf = (line: number) => parsed.followups.filter((f) => f.measure_key === measureAt(line).key);

/** Every text field of a parse result, for checks that no markup survives. */
function allText(p: ParsedDocument): string[] {
	return [
		p.title,
		...p.problems.map((x) => x.label),
		...p.problems.map((x) => x.area_label_raw),
		...p.causes.map((x) => x.text),
		...p.measures.flatMap((x) => [
			x.title,
			x.description,
			x.operative_goal ?? '',
			x.timing_text ?? '',
			x.responsible ?? ''
		]),
		...p.followups.map((x) => x.text)
	];
}

const HEADER = 'Prioriterat samverkansområde\tOrsak\tÅtgärd\tNär\tVem\tUppföljning';
const AREA_ROW =
	'Unga i riskzon\t<i>Beskriv orsaken</i>\t<i>Koppla åtgärd</i>\t<i>Ange tid</i>\t<i>Ange vem</i>\t<i>Beskriv vad</i>';

describe('parseTsvRows on the Skarpnäck seed', () => {
	it('parseTsvRows(doc) reads the plan heading from lines 3-15', () => {
		expect(doc.lines.length).toBe(72); // wc -l says 71: the last line has no newline
		expect(parsed.layout).toBe('tsv-rows');
		expect(parsed.doc_type).toBe('atgardsplan');
		expect(parsed.title).toBe(
			'Åtgärdsplan 2024 - samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm'
		);
		expect(parsed.year).toBe(2024);
		// Line 5: "Skarpnäcks stadsdelsförvaltning och lokalpolisområde Globen".
		expect(parsed.district_name).toBe('Skarpnäck');
		expect(parsed.police_areas).toEqual(['Globen']);
		expect(parsed.plan_lines.map((r) => [r.line_start, r.line_end])).toEqual([
			[3, 5],
			[7, 7],
			[9, 9],
			[11, 11],
			[13, 13],
			[15, 15]
		]);
	});

	it('parseTsvRows(doc) keeps the counts read by hand, per priority area', () => {
		// Counted from the file, one measure per data row (every row has an Åtgärd cell):
		// - Unga i riskzon (header 17, area row 18): rows 19-24 (6) + 26-29 (4) = 10 measures;
		//   problems "Ungdomar i offentlig miljö", "Skolan som brottsplats" = 2;
		//   causes 19, 20, 21, 22, 23=24 (same text) | 26 (carried to 27-28), 29 = 7.
		// - Otrygga och brottsutsatta platser (31/32): rows 33-38 (6) + 40 (1) = 7;
		//   problems Öppna drogsener, Avgränsade platser (34-36 and again 40), Systematisk samverkan = 3;
		//   causes 33 | 34, 35, 36, 40 | 37, 38 = 7.
		// - Systemhotade brottslighet (42/43): rows 44-49 = 6; problems Välfärdsbrottslighet,
		//   Otillåten påverkan, Desinformationskampanjer = 3; causes one per row = 6.
		// - Särskilt utsatta och sårbara brottsoffer (51/52): rows 53-60 (8) + 62-65 (4) = 12;
		//   problems Äldre, Personer med funktionsnedsättning, Utsatta våld i nära relation,
		//   Förtroende för myndigheter = 4; causes Äldre 53, 54=56, 55 | 57, 58 | 59=60, 62
		//   (carried to 63-64) | 65 = 8.
		// - Kriminella miljöer och livsstilar (67/68): rows 69-72 = 4; 4 problems; 4 causes.
		// Every data row has a non-empty Uppföljning cell without dates or labels: one follow-up each.
		const areas = [
			['Unga i riskzon för destruktivt beteende', 10, 2, 7],
			['Otrygga och brottsutsatta platser', 7, 3, 7],
			['Systemhotade brottslighet', 6, 3, 6],
			['Särskilt utsatta och sårbara brottsoffer', 12, 4, 8],
			['Kriminella miljöer och livsstilar', 4, 4, 4]
		] as const;
		for (const [area, measures, problems, causes] of areas) {
			const ms = parsed.measures.filter((m) => m.area_label_raw === area);
			expect(ms.length, area).toBe(measures);
			expect(parsed.problems.filter((p) => p.area_label_raw === area).length, area).toBe(problems);
			expect(parsed.causes.filter((c) => c.area_label_raw === area).length, area).toBe(causes);
			const keys = new Set(ms.map((m) => m.key));
			expect(parsed.followups.filter((f) => keys.has(f.measure_key)).length, area).toBe(measures);
		}
		expect(parsed.measures.length).toBe(39);
		expect(parsed.problems.length).toBe(16);
		expect(parsed.causes.length).toBe(32);
		expect(parsed.followups.length).toBe(39);
		expect(parsed.followups.every((f) => f.period === 'arsuppfoljning')).toBe(true);
		expect(parsed.issues.filter((i) => i.severity !== 'info')).toEqual([]);
	});

	it('parseTsvRows(doc) reads the first data row (line 19) cell by cell', () => {
		const m = measureAt(19);
		expect(m).toMatchObject({
			line_start: 19,
			line_end: 19,
			area_label_raw: 'Unga i riskzon för destruktivt beteende',
			title: 'Ungdomsutsättning Områdesbaserad platssamverkan i Skarpnäckslyftet',
			description: 'Ungdomsutsättning Områdesbaserad platssamverkan i Skarpnäckslyftet',
			operative_goal: null,
			timing_text: 'Linjearbete',
			responsible: 'Enh prevention och trygghet tillsammans med polis',
			with_police: null
		});
		expect(problemOf(19)?.label).toBe('Ungdomar i offentlig miljö');
		expect(causeOf(19)?.text).toMatch(/^Enligt Stockholmsenkäten \(2022\) har det skett en ökning/);
	});

	it('parseTsvRows(doc) carries the problem of line 19 down to lines 20-24 and keeps one cause for 23-24', () => {
		for (const line of [20, 21, 22, 23, 24]) expect(problemOf(line)?.label).toBe('Ungdomar i offentlig miljö');
		expect(parsed.problems.find((p) => p.label === 'Ungdomar i offentlig miljö')).toMatchObject({
			line_start: 19,
			line_end: 24
		});
		expect(causeOf(23)).toBe(causeOf(24));
		expect(causeOf(23)).toMatchObject({ line_start: 23, line_end: 24 });
	});

	it('parseTsvRows(doc) reads an empty Orsak under an empty problem cell as "same cause" (lines 27-28, 63-64)', () => {
		expect(measureAt(27).title).toBe('SSPF individ');
		expect(causeOf(27)?.text).toBe('Unga är mer utsatta i skolan än på annan plats');
		expect(causeOf(28)).toBe(causeOf(26));
		expect(causeOf(26)).toMatchObject({ line_start: 26, line_end: 28 });
		expect(measureAt(28).responsible).toBeNull(); // line 28: Vem cell is empty
		expect(measureAt(28).timing_text).toBe('Påbörjas 2024 efter genomförda säkerhetsprövningar');
		// Line 61 is blank; line 62 still belongs to the problem of line 59.
		expect(problemOf(62)?.label).toBe('Utsatta våld i nära relation');
		expect(causeOf(63)?.text).toBe('Särskild utsatthet till följd av bevitnat våld under uppväxten');
		expect(causeOf(64)).toBe(causeOf(62));
		expect(measureAt(64).title).toBe('Barnhälsoteam med familjebehandlare');
	});

	it('parseTsvRows(doc) links a repeated problem label (line 40) and a repeated cause (line 56) to the first record', () => {
		expect(problemOf(40)).toBe(problemOf(34));
		expect(problemOf(34)).toMatchObject({ line_start: 34, line_end: 36 });
		expect(causeOf(40)).toMatchObject({ text: 'Illegala bosättningar', line_start: 40, line_end: 40 });
		expect(problemOf(56)?.label).toBe('Äldre'); // empty problem cell under line 55
		expect(causeOf(56)).toBe(causeOf(54));
		expect(causeOf(54)).toMatchObject({ text: 'Utsatthet för brott i hemmet', line_start: 54, line_end: 54 });
	});

	it('parseTsvRows(doc) keeps the twin measures of lines 53 and 55 apart', () => {
		expect(measureAt(53).title).toBe(measureAt(55).title);
		expect(measureAt(53).key).not.toBe(measureAt(55).key);
		expect(causeOf(53)).not.toBe(causeOf(55));
	});

	it('parseTsvRows(doc) reads empty När and Vem as null (line 44) and the last line without newline (line 72)', () => {
		expect(measureAt(44)).toMatchObject({ title: 'FUT', timing_text: null, responsible: null });
		expect(measureAt(72)).toMatchObject({
			title: 'Pågående bevakning och analys i stadsdelen',
			timing_text: 'linjeverksamhet',
			responsible: 'Linjeverksamhet'
		});
		expect(followupOf(72)[0].text).toMatch(/främja tidig upptäck och insatser\.$/);
	});

	it('parseTsvRows(doc) gives each follow-up its row and readStatus reads the seed wording', () => {
		const cases: [number, string, string, string | null][] = [
			[20, 'paborjad', 'inferred', 'Pågår'], // "Pågår löpande enligt plan"
			[29, 'delvis_uppnadd', 'inferred', 'Har genomförts i mindre skala'],
			// Activity carried out is under way; the goal is not judged.
			[54, 'paborjad', 'inferred', 'har genomförts'],
			[62, 'paborjad', 'inferred', 'genomfördes'],
			[59, 'paborjad', 'inferred', 'fortsätter'],
			[44, 'ej_bedomd', 'none', null] // "Mer omfattande redovisning finns i verksamhetsberättelsen 3.6"
		];
		for (const [line, status, basis, phrase] of cases) {
			const f = followupOf(line);
			expect(f.length, `line ${line}`).toBe(1);
			expect(f[0]).toMatchObject({ period: 'arsuppfoljning', line_start: line, line_end: line });
			const r = readStatus(f[0].text);
			expect([r.status, r.status_basis, r.status_phrase], `line ${line}`).toEqual([status, basis, phrase]);
		}
		expect(followupOf(44)[0].text).toBe('Mer omfattande redovisning finns i verksamhetsberättelsen 3.6');
	});

	it('parseTsvRows(doc) names the header and area rows as info, and no <i> survives', () => {
		const info = parsed.issues.filter((i) => i.severity === 'info');
		expect(info.filter((i) => i.code === 'column_header').map((i) => i.line)).toEqual([17, 31, 42, 51, 67]);
		expect(info.filter((i) => i.code === 'template_text').map((i) => i.line)).toEqual([18, 32, 43, 52, 68]);
		expect(allText(parsed).some((t) => /<\/?i>|Beskriv orsaken till problemet/.test(t))).toBe(false);
	});

	it('parseTsvRows(doc) accounts for every non-empty line', () => {
		expect(uncoveredLines(doc, parsed)).toEqual([]);
	});

	it('parseTsvRows(doc) matches the reviewed golden file', () => {
		expectGolden('tsv-rows', 'skarpnack-atgardsplan-2024', parsed);
	});
});

describe('detectTsvRows', () => {
	it('detectTsvRows(lines) is sure of the Skarpnäck seed and ~0 for the other seeds', () => {
		const files = readdirSync(join(ROOT, 'data/raw')).filter((f) => f.endsWith('.txt'));
		for (const f of files) {
			const score = detectTsvRows(loadSeed(f).lines);
			if (f === SEED) expect(score, f).toBeGreaterThanOrEqual(0.9);
			else expect(score, f).toBeLessThan(0.1); // Farsta has the same first header but a split table
		}
	});

	it('detectTsvRows(lines) accepts another district export with the columns in another order', () => {
		const lines = ['Farsta stadsdelsförvaltning', 'Orsak\tPrioriterat samverkansområde\tÅtgärd\tVem\tNär\tUppföljning'];
		expect(detectTsvRows(lines)).toBeGreaterThanOrEqual(0.9);
		expect(detectTsvRows([])).toBe(0);
	});
});

describe('parseTsvRows on broken and hostile input', () => {
	it('parseTsvRows(empty) returns an empty plan with one error', () => {
		const p = parseTsvRows({ file: 'tom.txt', lines: [] });
		expect(p.measures).toEqual([]);
		expect(p.issues.map((i) => [i.severity, i.code])).toEqual([['error', 'empty']]);
	});

	it('parseTsvRows(text without a header row) reports an error instead of guessing', () => {
		const d = loadText('x.txt', 'Åtgärdsplan 2024\n\nbara text\tmed en tabb');
		const p = parseTsvRows(d);
		expect(p.measures).toEqual([]);
		expect(p.issues.some((i) => i.code === 'no_header' && i.severity === 'error')).toBe(true);
		expect(uncoveredLines(d, p)).toEqual([]);
	});

	it('parseTsvRows(seed cut off at half) keeps the rows before the cut', () => {
		const text = readFileSync(join(ROOT, 'data/raw', SEED), 'utf8');
		const d = loadText('halv.txt', text.slice(0, Math.floor(text.length / 2)));
		const p = parseTsvRows(d);
		// The half cut falls inside line 43 (the Systemhotade area row): rows 19-40 are whole.
		expect(d.lines.length).toBe(43);
		expect(p.measures.length).toBe(17);
		expect(p.issues.find((i) => i.line === 43)?.code).toBe('template_text');
		expect(uncoveredLines(d, p)).toEqual([]);
	});

	it('parseTsvRows(seed cut off mid-row) names the cut line', () => {
		const text = readFileSync(join(ROOT, 'data/raw', SEED), 'utf8');
		// Cut inside the Orsak cell of line 46 ("Kommunen kan komma att köpa in tjänster ...").
		const d = loadText('avklippt.txt', text.slice(0, text.indexOf('Kommunen kan komma att') + 20));
		const p = parseTsvRows(d);
		expect(d.lines.length).toBe(46);
		expect(p.measures.at(-1)?.line_start).toBe(45);
		const cut = p.issues.filter((i) => i.line === 46).map((i) => [i.severity, i.code]);
		expect(cut).toEqual([
			['warning', 'truncated_row'],
			['warning', 'no_measure']
		]);
		expect(p.issues.find((i) => i.code === 'truncated_row')?.message).toContain('2 celler men rubrikraden har 6');
		expect(p.causes.at(-1)).toMatchObject({ text: 'Kommunen kan komma a', line_start: 46 });
		expect(uncoveredLines(d, p)).toEqual([]);
	});

	it('parseTsvRows(row with too few / too many cells) reads from the left and names the line', () => {
		const d = loadText(
			'celler.txt',
			[
				HEADER,
				AREA_ROW,
				'Problem A\tOrsak A\tÅtgärd A',
				'Problem B\tOrsak B\tÅtgärd B\tLinjearbete\tEnh X\tUppföljning del 1\tdel 2\tdel 3'
			].join('\n')
		);
		const p = parseTsvRows(d);
		expect(p.measures.map((m) => [m.line_start, m.title, m.timing_text, m.responsible])).toEqual([
			[3, 'Åtgärd A', null, null],
			[4, 'Åtgärd B', 'Linjearbete', 'Enh X']
		]);
		expect(p.followups.map((f) => [f.line_start, f.text])).toEqual([[4, 'Uppföljning del 1 del 2 del 3']]);
		const counts = p.issues.filter((i) => i.code === 'cell_count' || i.code === 'truncated_row');
		expect(counts.map((i) => i.line)).toEqual([3, 4]);
		expect(counts[0].message).toContain('3 celler men rubrikraden har 6');
		expect(counts[1].message).toContain('8 celler men rubrikraden har 6');
		expect(uncoveredLines(d, p)).toEqual([]);
	});

	it('parseTsvRows(cells with script tags) keeps no markup in any text field', () => {
		const d = loadText(
			'html.txt',
			[
				HEADER,
				AREA_ROW,
				'<b>Problem</b>\tOrsak X <script>alert(1)</script>\t<p>Åtgärd Y</p><script>alert(1)</script>\tLinjearbete\t&lt;script&gt;alert(1)&lt;/script&gt;Enh\t<ul><li>Klart</li></ul>'
			].join('\n')
		);
		const p = parseTsvRows(d);
		expect(p.measures.length).toBe(1);
		expect(p.measures[0].title).toBe('Åtgärd Y');
		expect(p.measures[0].responsible).toBe('Enh');
		expect(p.problems[0].label).toBe('Problem');
		for (const t of allText(p)) {
			expect(t).not.toMatch(/<script|alert\(1\)|<\/?[a-z]+>/i);
		}
	});

	it('parseTsvRows(loose line, new problem without cause, missing area row) warns with the line', () => {
		const d = loadText(
			'konstig.txt',
			[
				'Åtgärdsplan 2025 Farstas stadsdelsförvaltning och lokalpolisområde Farsta',
				HEADER,
				'Problem A\t\tÅtgärd A\tLinjearbete\tEnh\t',
				'en lös rad utan tabbar',
				'\t\t\t\t\tbara uppföljning'
			].join('\n')
		);
		const p = parseTsvRows(d);
		expect(p.year).toBe(2025);
		expect(p.district_name).toBe('Farsta');
		expect(p.police_areas).toEqual(['Farsta']);
		const codes = p.issues.filter((i) => i.severity !== 'info').map((i) => [i.line, i.code]);
		expect(codes).toEqual([
			[3, 'missing_area'],
			[3, 'no_cause'],
			[4, 'no_cells'],
			[5, 'no_measure']
		]);
		expect(p.measures[0]).toMatchObject({ title: 'Åtgärd A', cause_keys: [], area_label_raw: '' });
		expect(p.followups).toEqual([]); // empty Uppföljning cell on line 3
		expect(uncoveredLines(d, p)).toEqual([]);
	});

	it('parseTsvRows(export with Beskrivning, Operativa mål and dated follow-ups) splits the entries', () => {
		const d = loadText(
			'annan.txt',
			[
				'Prioriterat samverkansområde\tOrsak\tÅtgärd\tBeskrivning\tOperativa mål\tNär\tVem\tUppföljning',
				'Otrygga platser\tBeskriv orsaken\tKoppla åtgärd\t\t\tAnge tid\tAnge vem\tBeskriv vad',
				'Centrum\tLangning\tTrygghetsvandring\tVandring i centrum\tTvå vandringar\t2025\tSdf\t250828: Pågår. 251120: En vandring gjord. VB: Åtgärden bedöms vara delvis uppnådd.'
			].join('\n')
		);
		const p = parseTsvRows(d);
		expect(p.measures[0]).toMatchObject({
			area_label_raw: 'Otrygga platser',
			title: 'Trygghetsvandring',
			description: 'Vandring i centrum',
			operative_goal: 'Två vandringar'
		});
		expect(p.followups.map((f) => [f.period, f.text])).toEqual([
			['2025-08-28', 'Pågår.'],
			['2025-11-20', 'En vandring gjord.'],
			['VB', 'Åtgärden bedöms vara delvis uppnådd.']
		]);
		expect(readStatus(p.followups[2].text).status).toBe('delvis_uppnadd');
	});
});
