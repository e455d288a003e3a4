import { describe, expect, it } from 'vitest';
import { detectForumKeyvalue, parseForumKeyvalue } from '$lib/ingest/layouts/forum-keyvalue';
import { splitBullets } from '$lib/ingest/layouts/forum-keyvalue';
import type { ParsedDocument, SourceDocument } from '$lib/ingest/types';
import { expectGolden, loadSeed, uncoveredLines } from '../../../helpers';

const SEED = 'skarholmen-gemensam-atgardsplan.txt';
const doc = loadSeed(SEED);
const parsed = parseForumKeyvalue(doc);

function withLines(lines: string[]): SourceDocument {
	return { file: 'test.txt', lines };
}

function allText(p: ParsedDocument): string {
	return JSON.stringify([p.title, p.problems, p.measures, p.causes, p.followups]);
}

function measuresOn(line: number) {
	return parsed.measures.filter((m) => m.line_start === line);
}

describe('parseForumKeyvalue on the Skärholmen seed', () => {
	it('parseForumKeyvalue(doc) reads the plan fields from the cover and title lines', () => {
		expect(parsed.layout).toBe('forum-keyvalue');
		expect(parsed.doc_type).toBe('gemensam_atgardsplan');
		// Line 46 is the most specific title; line 3 only says "Gemensam åtgärdsplan".
		expect(parsed.title).toBe('Gemensam åtgärdsplan mellan Skärholmens stadsdelsförvaltning och polisen');
		expect(parsed.district_name).toBe('Skärholmen'); // line 7 "Skärholmens stadsdelsförvaltning"
		expect(parsed.police_areas).toEqual(['Skärholmen']); // line 5 "Lokalpolisområde Skärholmen"
		expect(parsed.year).toBeNull(); // no year anywhere in the document
		expect(parsed.plan_lines).toEqual([
			{ line_start: 3, line_end: 7 },
			{ line_start: 46, line_end: 46 }
		]);
	});

	it('parseForumKeyvalue(doc) finds the hand-counted number of measures per area', () => {
		// Counted by reading every activity cell and counting its "•" bullets:
		//   lines 50-65   council table (Aktivitet: Brottsförebyggande rådet Skärholmen)      1
		//   line 89       Otrygga centrummiljöer, prioriterade: 6 bullets
		//   line 90                              tänkbara: 8 bullets                          14
		//   line 119      Otrygga boende miljöer, prioriterade: 7
		//   lines 120-122                        tänkbara: 1 (tail "byggnation" on 122)       8
		//   lines 150-152 Narkotika, prioriterade: 4 (tail "skola och medier" on 152)
		//   line 153                   tänkbara: 4                                          8
		//   line 181      olovliga bosättningar, prioriterade: 3; line 182 tänkbara: 1         4
		//   line 219      Våldsbejakande extremism, prioriterade: 1; line 220 tänkbara: 2      3
		//   line 250      Organiserad brottslighet, prioriterade: 3; line 251 tänkbara: empty  3
		// Total 1 + 14 + 8 + 8 + 4 + 3 + 3 = 41.
		expect(parsed.measures).toHaveLength(41);
		const perArea: Record<string, number> = {};
		for (const m of parsed.measures) perArea[m.area_label_raw] = (perArea[m.area_label_raw] ?? 0) + 1;
		expect(perArea).toEqual({
			'Brottsförebyggande rådet Skärholmen': 1,
			'Otrygghet och ordningsstörningar': 22, // both sub-areas share the heading on line 67
			'Narkotika, ungdomar och unga vuxna': 8,
			'olovliga bosättningar/påträngande tiggeri': 4, // lower-case as on line 163
			'Våldsbejakande extremism': 3,
			'Organiserad brottslighet och kriminella nätverk': 3
		});
		// "Prioriterade aktiviteter första halvåret": 6 + 7 + 4 + 3 + 1 + 3 = 24;
		// "Tänkbara aktiviteter": 8 + 1 + 4 + 1 + 2 + 0 = 16.
		expect(parsed.measures.filter((m) => m.timing_text === 'första halvåret')).toHaveLength(24);
		expect(parsed.measures.filter((m) => m.timing_text === null)).toHaveLength(16);
		expect(measuresOn(89)).toHaveLength(6);
		expect(measuresOn(90)).toHaveLength(8);
		expect(measuresOn(119)).toHaveLength(7);
		expect(measuresOn(153)).toHaveLength(4);
		expect(measuresOn(251)).toHaveLength(0);
	});

	it('parseForumKeyvalue(doc) reads the two sub-areas under line 67 as problems, and nothing else', () => {
		// Line 67 "Prioriterat samverkansområde: Otrygghet och ordningsstörningar" heads two
		// sub-areas, each with its own Mål and forum: line 69 and line 101. The other areas state
		// no problem of their own (their heading is the area). No causes, no follow-ups: the
		// "Uppföljning" rows (e.g. line 99) say how follow-up will be done, they are not follow-ups.
		expect(parsed.problems).toEqual([
			{
				key: 'p1',
				area_label_raw: 'Otrygghet och ordningsstörningar',
				label: 'Otrygga centrummiljöer',
				line_start: 69,
				line_end: 69
			},
			{
				key: 'p2',
				area_label_raw: 'Otrygghet och ordningsstörningar',
				label: 'Otrygga boende miljöer och stölder i boendemiljön',
				line_start: 101,
				line_end: 101
			}
		]);
		expect(parsed.measures.filter((m) => m.problem_key === 'p1')).toHaveLength(14);
		expect(parsed.measures.filter((m) => m.problem_key === 'p2')).toHaveLength(8);
		expect(parsed.measures.filter((m) => m.problem_key === null)).toHaveLength(41 - 22);
		expect(parsed.causes).toEqual([]);
		expect(parsed.followups).toEqual([]);
		expect(parsed.situation_changes).toEqual([]);
	});

	it('parseForumKeyvalue(doc) spot-checks single bullets, tails, responsible and police', () => {
		const first = parsed.measures.find((m) => m.title.startsWith('Kontinuerliga möten'));
		expect(first).toMatchObject({
			title: 'Kontinuerliga möten mellan stadsdelsförvaltningen/polis och centrumägare',
			description: 'Kontinuerliga möten mellan stadsdelsförvaltningen/polis och centrumägare',
			line_start: 89,
			line_end: 89,
			responsible: 'Polisen', // line 88
			timing_text: 'första halvåret',
			operative_goal: null,
			with_police: true
		});
		// Lines 120-122: the bullet wraps, a blank line, then "<TAB>byggnation".
		const wrapped = parsed.measures.find((m) => m.title.startsWith('Skapa rutiner'));
		expect(wrapped).toMatchObject({
			title: 'Skapa rutiner/handlingsplan kring ökat trygghetstänkande i nybyggnation och befintlig byggnation',
			line_start: 120,
			line_end: 122,
			responsible: 'Stadsdelsförvaltningen', // line 118
			timing_text: null,
			problem_key: 'p2'
		});
		const ant = parsed.measures.find((m) => m.title.startsWith('Utskick av ANT'));
		expect(ant).toMatchObject({
			title: 'Utskick av ANT till vårdnadshavare och elever via skola och medier',
			line_start: 150,
			line_end: 152,
			timing_text: 'första halvåret'
		});
		// Quotes and digits inside bullets survive: lines 119 and 250.
		expect(parsed.measures.map((m) => m.title)).toContain('Kommunicera "Tyck till appen" till allmänheten');
		expect(parsed.measures.map((m) => m.title)).toContain('Sociala insatsgrupper 19-29 år');
		// Every forum (and the council) names "Polisens kontakt: Kommunpolis" (lines 56, 92, 123, ...).
		expect(parsed.measures.every((m) => m.with_police === true)).toBe(true);
		expect(parsed.measures.every((m) => m.cause_keys.length === 0)).toBe(true);
	});

	it('parseForumKeyvalue(doc) reads the council table before the first area as one warned measure', () => {
		expect(parsed.measures[0]).toMatchObject({
			title: 'Brottsförebyggande rådet Skärholmen', // line 50
			description: 'Minska brottsligheten och öka tryggheten', // line 51 Syfte
			timing_text: 'Pågående', // line 53 Tidplan
			responsible: 'Stadsdelsförvaltningen', // line 55 Aktivitetsansvarig
			line_start: 50,
			line_end: 65
		});
		expect(parsed.issues).toContainEqual(
			expect.objectContaining({ line: 50, severity: 'warning', code: 'table_before_area' })
		);
	});

	it('parseForumKeyvalue(doc) files the area goals, forum details and front matter as info issues', () => {
		const codeAt = (line: number) => parsed.issues.find((i) => i.line === line)?.code;
		expect(codeAt(11)).toBe('contact_block'); // lines 11-30
		expect(codeAt(32)).toBe('table_of_contents'); // lines 32-44
		expect(codeAt(48)).toBe('intro_text');
		expect(codeAt(67)).toBe('area_heading');
		expect(codeAt(230)).toBe('footnote');
		// Mål (71) through the "Samverkansforum:" parties line (85) is one block.
		expect(parsed.issues).toContainEqual(expect.objectContaining({ line: 71, line_end: 85, code: 'area_goals' }));
		// Våldsbejakande extremism: the "- ... ska ..." goal list (210-213) stays with the area text.
		expect(parsed.issues).toContainEqual(expect.objectContaining({ line: 194, line_end: 215, code: 'area_goals' }));
		// Forum rows around the activity rows: 87-88 (name, Ansvarig) and 92-99 (contacts ... Uppföljning).
		expect(parsed.issues).toContainEqual(expect.objectContaining({ line: 87, line_end: 88, code: 'forum_details' }));
		expect(parsed.issues).toContainEqual(expect.objectContaining({ line: 92, line_end: 99, code: 'forum_details' }));
		expect(parsed.issues.filter((i) => i.severity === 'error')).toEqual([]);
		expect(parsed.issues.filter((i) => i.severity === 'warning').map((i) => i.code)).toEqual(['table_before_area']);
	});

	it('parseForumKeyvalue(doc) covers every non-empty line', () => {
		expect(uncoveredLines(doc, parsed)).toEqual([]);
	});

	it('parseForumKeyvalue(doc) matches the reviewed golden file', () => {
		expectGolden('forum-keyvalue', 'skarholmen-gemensam-atgardsplan', parsed);
	});
});

describe('detectForumKeyvalue', () => {
	it('detectForumKeyvalue(lines) is sure of the Skärholmen seed and ~0 for the other seeds', () => {
		expect(detectForumKeyvalue(doc.lines)).toBeGreaterThan(0.9);
		for (const other of [
			'skarpnack-atgardsplan-2024.txt',
			'enskede-arsta-vantor-atgardsplan-2025.txt',
			'farsta-atgardsplan-2024.txt',
			'enskede-arsta-vantor-lagesbild-2022.txt'
		])
			expect(detectForumKeyvalue(loadSeed(other).lines), other).toBeLessThan(0.2);
		expect(detectForumKeyvalue([])).toBe(0);
	});
});

describe('splitBullets', () => {
	it('splitBullets(parts) splits inline bullets and joins a tail to the last one', () => {
		const b = splitBullets([
			{ line: 5, text: '<ul style="list-style-type: none"> • A b • C' },
			{ line: 7, text: 'd e' }
		]);
		expect(b).toEqual([
			{ text: ['A b'], line_start: 5, line_end: 5 },
			{ text: ['C', 'd e'], line_start: 5, line_end: 7 }
		]);
		expect(splitBullets([{ line: 1, text: '<ul><li>X</li><li>Y 19-29 år</li></ul>' }]).map((x) => x.text)).toEqual([
			['X'],
			['Y 19-29 år']
		]);
	});
});

describe('parseForumKeyvalue on broken input', () => {
	it('parseForumKeyvalue(empty) returns an empty plan with a warning', () => {
		const p = parseForumKeyvalue(withLines([]));
		expect(p.measures).toEqual([]);
		expect(p.issues.map((i) => i.code)).toEqual(['no_measures']);
	});

	it('parseForumKeyvalue(first half) keeps what is there and covers every line', () => {
		// 259 lines; the first 129 end inside the second forum's table (line 129 Kommunikation).
		const half = withLines(doc.lines.slice(0, 129));
		const p = parseForumKeyvalue(half);
		expect(p.measures).toHaveLength(1 + 14 + 8);
		expect(uncoveredLines(half, p)).toEqual([]);
	});

	it('parseForumKeyvalue(cut mid-row) keeps the truncated bullet and warns about a forum without activities', () => {
		const lines = doc.lines.slice(0, 150);
		lines[149] = lines[149].slice(0, lines[149].indexOf('Barn i riskzon') + 'Barn i ri'.length);
		const p = parseForumKeyvalue(withLines(lines));
		expect(p.measures.at(-1)).toMatchObject({ title: 'Barn i ri', line_start: 150 });
		const early = parseForumKeyvalue(withLines(doc.lines.slice(0, 149)));
		expect(early.issues).toContainEqual(
			expect.objectContaining({ line: 148, line_end: 149, severity: 'warning', code: 'forum_without_activities' })
		);
	});

	it('parseForumKeyvalue(script in cells) keeps no markup in any text field', () => {
		const lines = [...doc.lines];
		lines[88] = lines[88].replace('• Medborgarmöten', '• Medborgarmöten <script>alert(1)</script> <b>fet</b>');
		lines[87] = 'Ansvarig\t<script>alert(1)</script>Polisen';
		const p = parseForumKeyvalue(withLines(lines));
		expect(allText(p)).not.toMatch(/<script|alert\(1\)|<\/?b>/);
		expect(p.measures.find((m) => m.line_start === 89 && m.title.startsWith('Medborgarmöten'))?.title).toBe(
			'Medborgarmöten fet'
		);
		expect(p.measures.find((m) => m.line_start === 89)?.responsible).toBe('Polisen');
	});

	it('parseForumKeyvalue(rows with too many or too few cells) warns with the line and goes on', () => {
		const lines = [...doc.lines];
		lines[87] = 'Ansvarig\tPolisen\tStadsdelsförvaltningen'; // line 88: three cells
		lines[117] = 'Ansvarig'; // line 118: no value cell
		const p = parseForumKeyvalue(withLines(lines));
		expect(p.issues).toContainEqual(expect.objectContaining({ line: 88, severity: 'warning', code: 'extra_cells' }));
		expect(p.issues).toContainEqual(expect.objectContaining({ line: 118, severity: 'warning', code: 'missing_cell' }));
		expect(p.measures.find((m) => m.line_start === 89)?.responsible).toBe('Polisen Stadsdelsförvaltningen');
		expect(p.measures.find((m) => m.line_start === 119)?.responsible).toBeNull();
		expect(p.measures).toHaveLength(41);
		expect(uncoveredLines(withLines(lines), p)).toEqual([]);
	});

	it('parseForumKeyvalue(garbage and a huge line) never throws and covers the lines', () => {
		const garbage = withLines([
			'\u0000\u0001\ufffd',
			'<<<<<<' + '<script'.repeat(50000),
			'x'.repeat(2_000_000),
			'\t\t\t'
		]);
		const p = parseForumKeyvalue(garbage);
		expect(p.measures).toEqual([]);
		expect(p.issues.some((i) => i.code === 'long_line' && i.line === 2)).toBe(true);
		expect(uncoveredLines(garbage, p)).toEqual([]);
	});
});
