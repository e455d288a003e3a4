import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLagesbildList, parseLagesbildList } from '$lib/ingest/layouts/lagesbild-list';
import { expectGolden, loadSeed, loadText, ROOT, uncoveredLines } from '../../../helpers';

const SEED = 'enskede-arsta-vantor-lagesbild-2022.txt';
const doc = loadSeed(SEED);
const parsed = parseLagesbildList(doc);
const byArea = (label: string) => {
	const s = parsed.situation_changes.find((x) => x.area_label_raw === label);
	if (!s) throw new Error(`no situation change for ${label}`);
	return s;
};
const warnings = (p = parsed) => p.issues.filter((i) => i.severity === 'warning');

describe('parseLagesbildList on the Enskede-Årsta-Vantör seed', () => {
	it('parseLagesbildList(doc) reads title, year and district', () => {
		expect(doc.lines.length).toBe(145);
		expect(parsed.layout).toBe('lagesbild-list');
		expect(parsed.doc_type).toBe('lagesbild');
		expect(parsed.title).toBe('Lägesbild december 2022');
		expect(parsed.year).toBe(2022);
		// Line 64 "EnskedeÅrsta-Vantör" (a hyphen lost) names the district.
		expect(parsed.district_name).toBe('Enskede-Årsta-Vantör');
		expect(parsed.police_areas).toEqual([]);
		expect(parsed.plan_lines).toEqual([
			{ line_start: 2, line_end: 2 },
			{ line_start: 64, line_end: 64 }
		]);
		expect(parsed.measures).toEqual([]);
	});

	it('parseLagesbildList(doc) keeps the counts read by hand', () => {
		// List, lines 6-25: ten city-wide areas (5, 8, 9 and 10 have the number on its own line).
		// Lines 28-60: 16 local entries, of which 1., 2., 3., 4. (lines 28, 34, 46, 56) head
		// sub-entries, leaving 12 (1.1-1.2, 2.1-2.4, 3.1-3.4, 4.1-4.2). 10 + 12 = 22 areas.
		// Comments, lines 68-122: 68, 69, 70, 71 (one line each, no judgment), 72-73, 74 (no
		// judgment), 75, 76-77, 78-80, 81-82 | 84-85, 86-89, 93-94, 95-96, 97-98, 99-100,
		// 102-104, 105-106, 108-110, 112-115, 117-118, 119-122 = 22 comments.
		// Positiv: 72, 78, 81, 86, 93, 97, 102, 112, 119 = 9; Oförändrat: 75, 76, 84, 95, 99,
		// 105, 108, 117 = 8; none: 68, 69, 70, 71, 74 = 5; Negativ: 0.
		const s = parsed.situation_changes;
		expect(s.length).toBe(22);
		expect(s.filter((x) => x.change === 'positiv').length).toBe(9);
		expect(s.filter((x) => x.change === 'oforandrad').length).toBe(8);
		expect(s.filter((x) => x.change === 'okand').length).toBe(5);
		expect(s.filter((x) => x.change === 'negativ').length).toBe(0);
		expect(s.map((x) => x.line_start)).toEqual([
			68, 69, 70, 71, 72, 74, 75, 76, 78, 81, 84, 86, 93, 95, 97, 99, 102, 105, 108, 112, 117, 119
		]);
		expect(s.map((x) => x.line_end)).toEqual([
			68, 69, 70, 71, 73, 74, 75, 77, 80, 82, 85, 89, 94, 96, 98, 100, 104, 106, 110, 115, 118, 122
		]);
		expect(parsed.issues.some((i) => i.code === 'comment_count')).toBe(false);
	});

	it('parseLagesbildList(doc) matches comments to areas in list order', () => {
		expect(parsed.situation_changes.map((x) => x.area_label_raw)).toEqual([
			'Riktat arbete mot avgränsade platser och utsatta områden',
			'Unga i risk för kriminalitet',
			'Avhopparverksamhet för kriminella',
			'Särskilt utsatta och sårbara brottsoffer',
			'Otillåten påverkan',
			'Skolan som brottsplats',
			'Arbete mot våldsbejakande extremism',
			'Otillåtna bosättningar',
			'Ordningsvakter',
			'Kameraövervakning',
			'Samverkan Östberga',
			'Platssamverkan i Rågsved',
			'Samverkan på avgränsade platser',
			'Trygghetsinventering',
			'Helgsamverkan Farsta (Vantör)',
			'Helgsamverkan Globen (Enskede-Årsta)',
			'Lokala samverkanforum barn och unga 0-20 år',
			'Sociala insatsgrupper – Ungdom (under 18 år)',
			'Sociala insatsgrupper – Unga vuxna',
			'Ungdomsutsättningar',
			'Unga brottsutsatta',
			'Bedrägerier mot äldre'
		]);
		// The content agrees with the order: Östberga (line 84), trygghetsinventeringar (95),
		// Farsta (97), bedrägerier (119).
		expect(byArea('Samverkan Östberga').comment).toContain('Samverkan Östebrga fungerar bra');
		expect(byArea('Trygghetsinventering').comment).toContain('Plan för trygghetsinventeringar');
		expect(byArea('Helgsamverkan Farsta (Vantör)').comment).toContain('Samverkan i Farsta');
		expect(byArea('Bedrägerier mot äldre').comment).toContain('"försök inte lura mig" är uppnått.');
	});

	it('parseLagesbildList(doc) squashes a wrapped judged comment (lines 78-80)', () => {
		expect(byArea('Ordningsvakter')).toEqual({
			area_label_raw: 'Ordningsvakter',
			change: 'positiv',
			comment:
				'Positiv förändring. Samverkan mellan polis, stadsdelsförvaltning och mobila ordningsvakter har alltjämt förbättrats under året. Kontinuerlig kontakt på såväl operativ som strategisk nivå har löpt på bra. Lägesbilden har delats och berikats för båda parter.',
			line_start: 78,
			line_end: 80
		});
		expect(byArea('Otillåtna bosättningar')).toMatchObject({ change: 'oforandrad', line_start: 76, line_end: 77 });
	});

	it('parseLagesbildList(doc) ends the comment of lines 72-73 where line 126 repeats it', () => {
		expect(byArea('Otillåten påverkan')).toMatchObject({
			change: 'positiv',
			line_start: 72,
			line_end: 73,
			comment:
				'Positiv förändring. Förvaltningen har tagit fram rutiner och genomfört en utbildning för chefer och tjänstepersoner. Arbetet sker inom ramen för ordinarie linjearbete i respektive verksamhet. Stadens förvaltningar ska årligen genomgå digital utbildning'
		});
		expect(byArea('Skolan som brottsplats')).toMatchObject({
			change: 'okand',
			comment: 'se lokalt samverkansforum 0-20',
			line_start: 74,
			line_end: 74
		});
		const stray = parsed.issues.filter((i) => i.code === 'stray_repeat');
		expect(stray.map((i) => [i.line, i.severity])).toEqual([[126, 'warning']]);
		expect(stray[0].message).toContain('rad 73');
		expect(stray[0].message).toContain('Stadens förvaltningar ska årligen genomgå digital utbildning');
	});

	it('parseLagesbildList(doc) reads list numbers that stand apart from their labels', () => {
		const split = parsed.issues.filter((i) => i.code === 'split_list_entry');
		expect(split.map((i) => [i.line, i.line_end])).toEqual([
			[11, 12],
			[17, 18],
			[20, 22],
			[24, 25]
		]);
		expect(split[2].message).toContain('"Ordningsvakter"');
	});

	it('parseLagesbildList(doc) warns for each comment without judgment and names list, headings and instructions', () => {
		expect(parsed.issues.filter((i) => i.code === 'no_judgment').map((i) => i.line)).toEqual([68, 69, 70, 71, 74]);
		expect(warnings().length).toBe(4 + 1 + 5); // split entries, stray repeat, no judgment
		const info = parsed.issues.filter((i) => i.severity === 'info').map((i) => [i.code, i.line, i.line_end]);
		expect(info).toEqual([
			['heading', 4, 4],
			['heading', 27, 27],
			['heading', 66, 66],
			['area_list', 6, 25],
			['area_list', 28, 60],
			['template_text', 130, 143]
		]);
		expect(parsed.issues.find((i) => i.code === 'area_list' && i.line === 28)?.message).toContain('1., 2., 3., 4.');
	});

	it('parseLagesbildList(doc) accounts for every non-empty line', () => {
		expect(uncoveredLines(doc, parsed)).toEqual([]);
	});

	it('parseLagesbildList(doc) matches the reviewed golden file', () => {
		expectGolden('lagesbild-list', 'enskede-arsta-vantor-lagesbild-2022', parsed);
	});
});

describe('detectLagesbildList', () => {
	it('detectLagesbildList(lines) is sure of the seed and ~0 for the other seeds', () => {
		const files = readdirSync(join(ROOT, 'data/raw')).filter((f) => f.endsWith('.txt'));
		for (const f of files) {
			const score = detectLagesbildList(loadSeed(f).lines);
			if (f === SEED) expect(score, f).toBeGreaterThanOrEqual(0.9);
			else expect(score, f).toBeLessThan(0.1);
		}
		expect(detectLagesbildList([])).toBe(0);
	});
});

const SMALL = [
	'Lägesbild november 2023',
	'',
	'1 Otrygga platser',
	'2 Unga i risk',
	'Farsta',
	'Kommentarer',
	'Negativ förändring. Fler anmälningar.',
	'Ej förändrat.',
	'',
	'Instruktioner',
	'Fyll i tabellen.'
];

describe('parseLagesbildList on broken and hostile input', () => {
	it('parseLagesbildList(empty) returns no changes and one error', () => {
		const p = parseLagesbildList({ file: 'tom.txt', lines: [] });
		expect(p.situation_changes).toEqual([]);
		expect(p.issues.map((i) => [i.severity, i.code])).toEqual([['error', 'empty']]);
	});

	it('parseLagesbildList(small report) reads negative and "Ej förändrat" judgments and the district', () => {
		const d = loadText('liten.txt', SMALL.join('\n'));
		const p = parseLagesbildList(d);
		expect(p.district_name).toBe('Farsta');
		expect(p.year).toBe(2023);
		expect(p.situation_changes.map((s) => [s.area_label_raw, s.change, s.comment, s.line_start])).toEqual([
			['Otrygga platser', 'negativ', 'Negativ förändring. Fler anmälningar.', 7],
			['Unga i risk', 'oforandrad', 'Ej förändrat.', 8]
		]);
		expect(warnings(p)).toEqual([]);
		expect(uncoveredLines(d, p)).toEqual([]);
	});

	it('parseLagesbildList(text naming no district) leaves district_name null', () => {
		const d = loadText('utan.txt', SMALL.filter((l) => l !== 'Farsta').join('\n'));
		expect(parseLagesbildList(d).district_name).toBeNull();
	});

	it('parseLagesbildList(seed cut off at half) warns with both counts', () => {
		const text = readFileSync(join(ROOT, 'data/raw', SEED), 'utf8');
		const d = loadText('halv.txt', text.slice(0, Math.floor(text.length / 2)));
		const p = parseLagesbildList(d);
		const n = p.situation_changes.length;
		expect(n).toBeGreaterThan(0);
		expect(n).toBeLessThan(22);
		const count = p.issues.find((i) => i.code === 'comment_count');
		expect(count?.severity).toBe('warning');
		expect(count?.message).toContain(`22 områden`);
		expect(count?.message).toContain(`${n} kommentarer`);
		expect(p.issues.filter((i) => i.code === 'missing_comment').length).toBe(22 - n);
		expect(uncoveredLines(d, p)).toEqual([]);
	});

	it('parseLagesbildList(more comments than areas) names the extra comment', () => {
		const lines = [...SMALL];
		lines.splice(8, 0, 'Positiv förändring. En kommentar för mycket.');
		const d = loadText('extra.txt', lines.join('\n'));
		const p = parseLagesbildList(d);
		expect(p.situation_changes.length).toBe(2);
		expect(p.issues.find((i) => i.code === 'comment_count')?.message).toContain(
			'2 områden som ska ha en kommentar men 3 kommentarer'
		);
		expect(p.issues.find((i) => i.code === 'extra_comment')?.line).toBe(9);
		expect(uncoveredLines(d, p)).toEqual([]);
	});

	it('parseLagesbildList(comments with script tags) keeps no markup', () => {
		const lines = [...SMALL];
		lines[6] = 'Negativ förändring. <script>alert(1)</script>Fler <b>anmälningar</b>.';
		lines[2] = '1 <i>Otrygga platser</i>';
		const p = parseLagesbildList(loadText('html.txt', lines.join('\n')));
		expect(p.situation_changes[0]).toMatchObject({
			area_label_raw: 'Otrygga platser',
			change: 'negativ',
			comment: 'Negativ förändring. Fler anmälningar.'
		});
		for (const s of p.situation_changes) expect(`${s.area_label_raw} ${s.comment}`).not.toMatch(/<|alert/);
	});

	it('parseLagesbildList(list number without label, no Kommentarer heading) still reads the rest', () => {
		const d = loadText(
			'trasig.txt',
			[
				'Lägesbild 2024',
				'1 Otrygga platser',
				'2',
				'3 Unga i risk',
				'Oförändrat. Inget nytt.',
				'Kommentar utan bedömning'
			].join('\n')
		);
		const p = parseLagesbildList(d);
		expect(p.issues.find((i) => i.code === 'number_without_label')?.line).toBe(3);
		expect(p.situation_changes.map((s) => [s.area_label_raw, s.change, s.line_start])).toEqual([
			['Otrygga platser', 'oforandrad', 5],
			['Unga i risk', 'okand', 6]
		]);
		expect(uncoveredLines(d, p)).toEqual([]);
	});
});
