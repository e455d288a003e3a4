import { describe, expect, it } from 'vitest';
import { parseGeneric } from '$lib/ingest/layouts/generic';
import type { ParsedDocument, SourceDocument } from '$lib/ingest/types';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectGolden, loadSeed, loadText, ROOT, uncoveredLines } from '../../../helpers';

// Made-up documents in the shapes the fallback will meet. Line numbers in the
// comments are 1-based lines of these strings.

const MEDBORGARLOFTE = `Medborgarlöfte 2025 – Lokalpolisområde Skärholmen

Polisen och Skärholmens stadsdelsförvaltning lovar gemensamt att under 2025 arbeta för ökad trygghet i Vårberg och kring Skärholmens centrum.

Våra löften

- Polisen genomför minst 40 trygghetsskapande insatser i och kring Skärholmens centrum på kvällstid.
- Stadsdelsförvaltningen ordnar trygghetsvandringar i Vårberg tillsammans med boende, fastighetsägare
  och polisen två gånger per termin.
• Vi informerar boende om hur man anmäler brott och ordningsstörningar.

Så följer vi upp

Löftena följs upp varje kvartal i samverkansgruppen.
Resultatet publiceras på polisen.se.
`;

const UPPSALA = `# Åtgärdsplan för trygghet och brottsförebyggande arbete 2024–2026

Uppsala kommun och polisområde Uppsala

## 1. Unga i riskzon

### Skolan som trygg plats
- Utöka antalet skolkuratorer i Gottsunda.
- Införa SSPF i samtliga högstadieskolor.

### Fritid
* Förlängda öppettider på fritidsgårdar
under sommarlov och helger.

## 2. Otrygga platser

1) Trygghetsvandringar i Stenhagen två gånger per år.
2) Bättre belysning längs gång- och cykelvägar.
<li>Kameraövervakning vid <script>alert(1)</script>Gottsunda centrum</li>

## 3. Uppföljning

Planen följs upp av Brottsförebyggande rådet två gånger per år.
`;

const PROSE = `Uppföljning av trygghetsarbetet hösten 2024

Under hösten har samverkan mellan förvaltningen och polisen fortsatt. Fältassistenterna har varit
ute fyra kvällar i veckan och mött ungefär 300 unga.

Polisen bedömer att ordningsstörningarna i centrum har minskat något jämfört med våren.
`;

function check(doc: SourceDocument): ParsedDocument {
	const p = parseGeneric(doc);
	expect(uncoveredLines(doc, p)).toEqual([]);
	expect(p.issues[0]).toMatchObject({ line: 1, severity: 'warning', code: 'generic_layout' });
	return p;
}

describe('parseGeneric on made-up documents', () => {
	it('parseGeneric(medborgarlöfte page) reads the promises as measures under their heading', () => {
		const doc = loadText('medborgarlofte.txt', MEDBORGARLOFTE);
		const p = check(doc);
		expect(p.title).toBe('Medborgarlöfte 2025 – Lokalpolisområde Skärholmen'); // line 1
		expect(p.year).toBe(2025);
		expect(p.police_areas).toEqual(['Skärholmen']);
		expect(p.doc_type).toBe('medborgarlofte'); // a promise page is not an åtgärdsplan
		expect(p.layout).toBe('generic');
		// Lines 7, 8-9 and 10: three items ("-", "-" wrapped onto an indented line, "•").
		expect(p.measures).toHaveLength(3);
		expect(p.measures[1]).toMatchObject({
			area_label_raw: 'Våra löften', // line 5
			title: 'Stadsdelsförvaltningen ordnar trygghetsvandringar i Vårberg tillsammans med boende, fastighetsägare',
			description:
				'Stadsdelsförvaltningen ordnar trygghetsvandringar i Vårberg tillsammans med boende, fastighetsägare och polisen två gånger per termin.',
			line_start: 8,
			line_end: 9,
			responsible: null,
			timing_text: null,
			with_police: null,
			operative_goal: null
		});
		expect(p.measures[2]).toMatchObject({
			title: 'Vi informerar boende om hur man anmäler brott och ordningsstörningar.',
			line_start: 10
		});
		expect(p.problems).toEqual([
			{ key: 'p1', area_label_raw: 'Våra löften', label: 'Våra löften', line_start: 5, line_end: 5 }
		]);
		// Line 3 (intro) and lines 14-15 (prose under "Så följer vi upp", line 12, which has no items).
		expect(p.issues.filter((i) => i.code === 'unread_text').map((i) => [i.line, i.line_end])).toEqual([
			[3, 3],
			[14, 15]
		]);
		expect(p.issues).toContainEqual(expect.objectContaining({ line: 12, severity: 'info', code: 'heading' }));
	});

	it('parseGeneric(Uppsala-like markdown plan) nests sub-headings as problems under the area', () => {
		const doc = loadText('uppsala.md', UPPSALA);
		const p = check(doc);
		expect(p.title).toBe('Åtgärdsplan för trygghet och brottsförebyggande arbete 2024–2026');
		expect(p.year).toBe(2024);
		// Items: lines 8, 9 (Skolan), 12-13 (Fritid, wrapped), 17, 18, 19 (Otrygga platser) = 6.
		expect(p.measures.map((m) => [m.line_start, m.line_end, m.area_label_raw, m.problem_key])).toEqual([
			[8, 8, 'Unga i riskzon', 'p1'],
			[9, 9, 'Unga i riskzon', 'p1'],
			[12, 13, 'Unga i riskzon', 'p2'],
			[17, 17, 'Otrygga platser', 'p3'],
			[18, 18, 'Otrygga platser', 'p3'],
			[19, 19, 'Otrygga platser', 'p3']
		]);
		expect(p.problems.map((x) => [x.label, x.area_label_raw, x.line_start])).toEqual([
			['Skolan som trygg plats', 'Unga i riskzon', 7],
			['Fritid', 'Unga i riskzon', 11],
			['Otrygga platser', 'Otrygga platser', 15]
		]);
		expect(p.measures[2].description).toBe('Förlängda öppettider på fritidsgårdar under sommarlov och helger.');
		expect(p.measures[3].title).toBe('Trygghetsvandringar i Stenhagen två gånger per år.');
		expect(p.measures[5].title).toBe('Kameraövervakning vid Gottsunda centrum');
		expect(JSON.stringify(p)).not.toMatch(/<script|alert\(1\)|<li>/);
		// Line 3 stands alone without final punctuation, so by the rule it is a heading (with no items);
		// "## 1. Unga i riskzon" (line 5) heads only sub-headings, "## 3. Uppföljning" (line 21) only prose.
		expect(p.issues.filter((i) => i.code === 'heading').map((i) => i.line)).toEqual([3, 5, 21]);
		expect(p.issues.filter((i) => i.code === 'unread_text').map((i) => [i.line, i.line_end])).toEqual([[23, 23]]);
	});

	it('parseGeneric(prose page) reads no measures and names every paragraph', () => {
		const doc = loadText('uppfoljning.txt', PROSE);
		const p = check(doc);
		expect(p.title).toBe('Uppföljning av trygghetsarbetet hösten 2024');
		expect(p.year).toBe(2024);
		expect(p.measures).toEqual([]);
		expect(p.problems).toEqual([]);
		expect(p.issues.map((i) => [i.code, i.line, i.line_end])).toEqual([
			['generic_layout', 1, 1],
			['unread_text', 3, 6]
		]);
	});

	it('parseGeneric(numbered headings and items) tells "1. Inledning" from a numbered list', () => {
		const doc = loadText(
			'numbered.txt',
			[
				'Plan',
				'',
				'1. Inledning',
				'',
				'Text om planen.',
				'',
				'2. Åtgärder',
				'',
				'1. Fler vandringar',
				'2. Bättre ljus',
				'',
				'2.1 Skolan',
				'',
				'- Mer personal'
			].join('\n')
		);
		const p = check(doc);
		expect(p.measures.map((m) => [m.title, m.area_label_raw, m.line_start])).toEqual([
			['Fler vandringar', 'Åtgärder', 9],
			['Bättre ljus', 'Åtgärder', 10],
			['Mer personal', 'Åtgärder', 14]
		]);
		expect(p.problems.map((x) => x.label)).toEqual(['Åtgärder', 'Skolan']);
		expect(p.year).toBeNull();
	});

	it("parseGeneric(another layout's seed) reads nothing wrongly as a crash and covers every line", () => {
		for (const f of [
			'skarpnack-atgardsplan-2024.txt',
			'farsta-atgardsplan-2024.txt',
			'skarholmen-gemensam-atgardsplan.txt'
		])
			check(loadSeed(f));
	});
});

describe('parseGeneric on hostile input', () => {
	it('parseGeneric(empty) returns only the layout warning', () => {
		const p = parseGeneric({ file: 'empty.txt', lines: [] });
		expect(p.issues.map((i) => i.code)).toEqual(['generic_layout']);
		expect(p.title).toBe('');
		expect(p.year).toBeNull();
	});

	it('parseGeneric(one 20 MB line) warns and does not hang', () => {
		const doc = { file: 'huge.txt', lines: ['- ' + 'ab<c '.repeat(4_000_000)] };
		const t = Date.now();
		const p = check(doc);
		expect(Date.now() - t).toBeLessThan(5000);
		expect(p.issues).toContainEqual(expect.objectContaining({ line: 1, code: 'long_line', severity: 'warning' }));
		expect(p.measures).toHaveLength(1);
		expect(p.measures[0].title.length).toBeLessThanOrEqual(20000);
	});

	it('parseGeneric(binary garbage) warns that the file looks binary and keeps control characters out', () => {
		let junk = '';
		for (let k = 0; k < 3000; k++) junk += String.fromCharCode((k * 7919) % 256);
		const doc = { file: 'junk.bin', lines: junk.split('\n') };
		const p = check(doc);
		expect(p.issues).toContainEqual(expect.objectContaining({ code: 'binary_text', severity: 'warning' }));
		// eslint-disable-next-line no-control-regex
		expect(JSON.stringify([p.title, p.measures, p.problems])).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
	});

	it('parseGeneric(HTML and script tags only) reads nothing from the markup', () => {
		const doc = loadText(
			'page.html',
			[
				'<html><head>',
				'<script>',
				'var x = "- inte en åtgärd";',
				'alert(1)',
				'</script>',
				'<style>p { color: red }</style>',
				'</head><body></body></html>'
			].join('\n')
		);
		const p = check(doc);
		expect(p.measures).toEqual([]);
		expect(p.problems).toEqual([]);
		expect(p.title).toBe('');
		expect(p.issues.filter((i) => i.code === 'unread_text').map((i) => [i.line, i.line_end])).toEqual([[1, 7]]);
	});

	it('parseGeneric(non-string lines) does not throw', () => {
		const p = parseGeneric({ file: 'x', lines: [undefined, 3, null] as unknown as string[] });
		expect(p.measures).toEqual([]);
		expect(p.issues.some((i) => i.severity === 'error')).toBe(false);
	});
});

describe('parseGeneric golden file', () => {
	// tests/fixtures/generic/handlingsplan-exempelby-2025.txt, written by hand (no seed's shape).
	// Checked by reading tests/golden/generic/handlingsplan-exempelby-2025.json against it:
	// title and year from line 1; headings "1. Otrygga platser" (5) and "2. Unga i riskzon" (11)
	// become areas; bullets 8 and 9 and numbered items 13 and 14-15 (a wrapped item) become
	// measures; lines 3, 7 ("Åtgärder:") and 17 are named as unread text, never dropped.
	it('parseGeneric(handlingsplan-exempelby-2025.txt) matches its reviewed golden file', () => {
		const name = 'handlingsplan-exempelby-2025';
		const doc = loadText(`${name}.txt`, readFileSync(join(ROOT, 'tests/fixtures/generic', `${name}.txt`), 'utf8'));
		const parsed = parseGeneric(doc);
		expect(uncoveredLines(doc, parsed)).toEqual([]);
		expectGolden('generic', name, parsed);
	});
});
