// Search over the real measures (the built dataset from data/raw/): the five queries of
// issue 16, fields, facets, and scale. Expected results were read from the seeds.
import { beforeAll, describe, expect, it } from 'vitest';
import {
	approximations,
	byMeasure,
	facetOptions,
	hitSnippet,
	indexMeasures,
	matchedFieldLabels,
	selectMeasures
} from '../../../src/lib/search/measures';
import type { SearchIndex } from '../../../src/lib/search/inverted';
import { parseQuery } from '../../../src/lib/search/query';
import { readSearchRows, type FollowupRow, type MeasureContextRow, type MeasureRow } from '$lib/views/atgarder/queries';
import { queryDataset } from '../../dataset';

let measures: MeasureRow[];
let followups: FollowupRow[];
let context: MeasureContextRow[];
let index: SearchIndex;
const titles = (ms: MeasureRow[]) => ms.map((m) => m.title);
const find = (q: string, facets = {}) => selectMeasures(measures, () => index, facets, q);

beforeAll(async () => {
	({ measures, followups, context } = await readSearchRows((sql) => queryDataset(sql)));
	index = indexMeasures(measures, byMeasure(followups), byMeasure(context));
});

describe('the five queries of issue 16, on the real measures', () => {
	it('"nattvandring" finds "Öka andelen nattvandrare" (skarholmen-gemensam-atgardsplan.txt line 90)', () => {
		const r = find('nattvandring');
		expect(titles(r.measures)).toEqual(['Öka andelen nattvandrare']);
		expect(r.terms[0].best).toBe('exact');
	});

	it('"skolan" finds the title hits first, then the four Skarpnäck measures under "Skolan som brottsplats"', () => {
		const r = find('skolan');
		// Titles that say "skola": Farsta's SSPF forum and Skärholmen's ANT mailing.
		expect(titles(r.measures.slice(0, 2)).sort()).toEqual([
			'Samverkansforum socialtjänst, skola, polis och fritid (SSPF)',
			'Utskick av ANT till vårdnadshavare och elever via skola och medier'
		]);
		// skarpnack-atgardsplan-2024.txt lines 26–29: the problem "Skolan som brottsplats" and its four measures.
		const next = r.measures.slice(2, 6);
		expect(titles(next).sort()).toEqual([
			'SSPF',
			'SSPF individ',
			'Socialsekreterare hos polis',
			'Tjejgrupp via fältverksamheten'
		]);
		for (const m of next) {
			expect(m.district_id).toBe('skarpnack');
			expect(matchedFieldLabels(r.matched.get(m.measure_id)!)).toContain('problemet');
		}
	});

	it('"hand" finds "En hjälpande hand" first and never "behandling" or "familjebehandlare"', () => {
		const r = find('hand');
		expect(r.measures[0].title).toBe('En hjälpande hand');
		const words = [...r.terms[0].words.keys()];
		expect(words).toContain('hand');
		expect(words.filter((w) => w.includes('behandl'))).toEqual([]);
		expect(titles(r.measures)).not.toContain('Barnhälsoteam med familjebehandlare');
		// The seeds do use the words: the filter above has something to reject.
		expect(index.byWord.has('behandlings') && index.byWord.has('familjebehandlare')).toBe(true);
	});

	it('"tryghetsvandring" (one letter short) finds the three Trygghetsvandring measures first, as a near word', () => {
		const r = find('tryghetsvandring');
		expect(titles(r.measures.slice(0, 3)).sort()).toEqual([
			'Trygghetsvandring',
			'Trygghetsvandringar',
			'Trygghetsvandringar'
		]);
		expect(r.terms[0].best).toBe('fuzzy');
		expect(approximations(r.terms)[0].read).toContain('trygghetsvandring');
	});

	it('"föräldrarstöd" (one letter too many) finds "Föräldrastödare" first', () => {
		const r = find('föräldrarstöd');
		expect(r.measures[0].title).toBe('Föräldrastödare');
		expect(r.terms[0].best).toBe('fuzzy');
	});
});

describe('search over the real measures', () => {
	it('the same result for the correct spelling ranks exact, and for every form', () => {
		expect(titles(find('trygghetsvandringar').measures)).toEqual(titles(find('Trygghetsvandring').measures));
		expect(titles(find('nattvandrare').measures)).toEqual(titles(find('nattvandringar').measures));
		expect(find('trygghetsvandringar').terms[0].best).toBe('exact');
	});

	it('a word that finds nothing gets "Menade du …?" with words of the dataset', () => {
		const r = find('tryggetsvandirng');
		expect(r.measures).toEqual([]);
		expect(r.suggestions).toEqual([{ word: 'tryggetsvandirng', near: ['trygghetsvandring'] }]);
		expect(find('trygghetsvandring').suggestions).toEqual([]);
	});

	it('hitSnippet shows the matched field that is not the title', () => {
		const r = find('skolan');
		const sspf = r.measures.find((m) => m.title === 'SSPF')!;
		const hit = hitSnippet(
			sspf,
			byMeasure(followups).get(sspf.measure_id),
			byMeasure(context).get(sspf.measure_id),
			r.terms,
			r.matched.get(sspf.measure_id)!
		)!;
		expect(hit.where).toBe('problemet');
		expect(hit.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Skolan']);
	});

	it('MEASURE_CONTEXT_SQL gives each measure its problem and causes with their lines', () => {
		const id = measures.find((m) => m.title === 'SSPF' && m.district_id === 'skarpnack')!.measure_id;
		const sspf = context.filter((c) => c.measure_id === id);
		expect(sspf.map((c) => [c.kind, c.text, c.line_start])).toEqual([
			['problem', 'Skolan som brottsplats', 26],
			['cause', 'Unga är mer utsatta i skolan än på annan plats', 26]
		]);
	});

	it('an empty or punctuation-only query is no search: every measure, in the SQL order', () => {
		for (const q of ['', '   ', '!?,.;–"']) {
			const r = find(q);
			expect(r.measures).toEqual(measures);
			expect(r.terms).toEqual([]);
		}
	});

	it('a query of 500 characters answers (at most 12 terms, every one required)', () => {
		const long = 'trygghet '.repeat(55).padEnd(500, '.');
		expect(parseQuery(long)).toHaveLength(1);
		expect(find(long).measures.length).toBeGreaterThan(0);
		const noise = Array.from({ length: 60 }, (_, i) => `ord${i}x`)
			.join(' ')
			.padEnd(500, 'y');
		expect(parseQuery(noise)).toHaveLength(12);
		expect(find(noise).measures).toEqual([]);
	});

	it('facets combine with the query', () => {
		const r = find('trygghetsvandringar', { district: ['farsta'] });
		expect(r.measures.every((m) => m.district_id === 'farsta')).toBe(true);
		expect(r.measures.length).toBeGreaterThan(0);
		expect(find('', { police: ['ja'] }).measures).toHaveLength(66);
		expect(find('', { year: ['ej-angivet'] }).measures).toHaveLength(41);
	});
});

describe('scale', () => {
	it('indexMeasures and selectMeasures handle 100× the dataset (15 000 measures)', () => {
		const big: MeasureRow[] = [];
		for (let i = 0; big.length < 15_000; i++) {
			const m = measures[i % measures.length];
			big.push({ ...m, measure_id: `${m.measure_id}-${i}` });
		}
		const bigIndex = indexMeasures(big, byMeasure(followups), byMeasure(context));
		expect(bigIndex.size).toBe(15_000);
		const r = selectMeasures(big, () => bigIndex, { police: ['ja'] }, 'trygghetsvandringar');
		expect(r.measures.length).toBeGreaterThan(0);
		expect(r.measures.every((m) => m.with_police)).toBe(true);
	});
});

describe('facetOptions', () => {
	it('facetOptions lists districts in Swedish order, newest year first and "Ej angivet" last', () => {
		const o = facetOptions(measures);
		expect(o.district.map((d) => d.label)).toEqual(['Enskede-Årsta-Vantör', 'Farsta', 'Skarpnäck', 'Skärholmen']);
		expect(o.year).toEqual([
			{ value: '2025', label: '2025' },
			{ value: '2024', label: '2024' },
			{ value: 'ej-angivet', label: 'Ej angivet' }
		]);
		expect(o.area[0].value).toBe('unga-i-riskzon');
		expect(o.status.map((s) => s.value)).toEqual([
			'uppnadd',
			'delvis_uppnadd',
			'paborjad',
			'ej_uppnadd',
			'tolkad',
			'ej_bedomd',
			'saknas'
		]);
	});
});
