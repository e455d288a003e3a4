// Edit distances, suggestions, highlighting and grouping: the small parts of the search.
import { describe, expect, it } from 'vitest';
import { editDistance, withinOneEdit } from '../../../src/lib/search/edit';
import { groupMeasures, parseGrouping } from '../../../src/lib/search/group';
import { highlight, snippet } from '../../../src/lib/search/highlight';
import type { MatchKind } from '../../../src/lib/search/query';
import { nearWords, replaceWord } from '../../../src/lib/search/suggest';
import type { MeasureRow } from '$lib/views/atgarder/queries';

describe('edit distance', () => {
	it.each([
		['tryghetsvandring', 'trygghetsvandring', true],
		['föräldrarstöd', 'föräldrastöd', true],
		['polsi', 'polis', true],
		['skolan', 'skolor', false],
		['hand', 'hand', true],
		['abc', 'abcde', false]
	])('withinOneEdit(%s, %s) = %s', (a, b, want) => {
		expect(withinOneEdit(a, b)).toBe(want);
		expect(withinOneEdit(b, a)).toBe(want);
	});

	it('editDistance counts swaps as one and stops above the bound', () => {
		expect(editDistance('nattvnadrare', 'nattvandrare', 2)).toBe(1);
		expect(editDistance('tryggetsvandirng', 'trygghetsvandring', 2)).toBe(2);
		expect(editDistance('kvinna', 'polisen', 2)).toBe(3);
	});
});

describe('suggestions', () => {
	const vocab = [
		{ word: 'trygghetsvandring', docs: [1, 2] },
		{ word: 'trygghetsvandringar', docs: [3] },
		{ word: 'polis', docs: [1, 2, 3, 4] },
		{ word: 'pojk', docs: [1] },
		{ word: '2024', docs: [1] }
	];
	it('nearWords: fewest edits, then most documents; short words one edit, two-letter words none', () => {
		expect(nearWords(vocab, 'tryggetsvandirng')).toEqual(['trygghetsvandring']);
		expect(nearWords(vocab, 'trygghetsvandrinar')).toEqual(['trygghetsvandringar', 'trygghetsvandring']);
		expect(nearWords(vocab, 'pols')).toEqual(['polis']);
		expect(nearWords(vocab, 'po')).toEqual([]);
		expect(nearWords(vocab, '2025')).toEqual([]);
	});

	it('replaceWord swaps the one word and keeps the rest as typed', () => {
		expect(replaceWord('Tryggetsvandirng i Farsta', 'tryggetsvandirng', 'trygghetsvandring')).toBe(
			'trygghetsvandring i Farsta'
		);
	});
});

describe('highlight', () => {
	const terms = [
		{
			words: new Map<string, MatchKind>([
				['föräldrastödare', 'prefix'],
				['trygghetsvandringar', 'exact']
			])
		}
	];

	it('marks the words the search found and keeps every character of the text', () => {
		const text = 'Föräldrastödare och trygghetsvandringar, trygghet.';
		const segs = highlight(text, terms);
		expect(segs.map((s) => s.text).join('')).toBe(text);
		expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['Föräldrastödare', 'trygghetsvandringar']);
		expect(highlight('Hej', [])).toEqual([{ text: 'Hej', mark: false }]);
	});

	it('snippet cuts a window around the first hit, or gives null without a hit', () => {
		const text = `${'lång inledning '.repeat(20)}här kommer trygghetsvandringar in ${'och en lång avslutning '.repeat(20)}`;
		const s = snippet(text, terms, 40)!;
		expect(s[0].text).toBe('… ');
		expect(s.at(-1)!.text).toBe(' …');
		expect(s.filter((x) => x.mark).map((x) => x.text)).toEqual(['trygghetsvandringar']);
		expect(snippet('Inget här.', terms)).toBeNull();
	});
});

describe('grouping', () => {
	const row = (id: string, district: string, area: string, order: number) =>
		({
			measure_id: id,
			district_id: district,
			district_name: district[0].toUpperCase() + district.slice(1),
			area_id: area,
			area_label: area,
			area_order: order
		}) as MeasureRow;
	const rows = [
		row('a', 'skarpnäck', 'unga', 1),
		row('b', 'farsta', 'platser', 2),
		row('c', 'skarpnäck', 'platser', 2),
		row('d', 'ärvinge', 'unga', 1),
		row('e', 'farsta', 'unga', 1)
	];

	it('groups by district: largest first, ties in Swedish order, the ranking kept inside', () => {
		const g = groupMeasures(rows, 'district');
		expect(g.map((x) => [x.label, x.measures.map((m) => m.measure_id)])).toEqual([
			['Farsta', ['b', 'e']],
			['Skarpnäck', ['a', 'c']],
			['Ärvinge', ['d']]
		]);
	});

	it('groups by area, counts add up to the whole result', () => {
		const g = groupMeasures(rows, 'area');
		expect(g.map((x) => [x.key, x.measures.length])).toEqual([
			['unga', 3],
			['platser', 2]
		]);
	});

	it('parseGrouping accepts district and area only', () => {
		expect(parseGrouping('district')).toBe('district');
		expect(parseGrouping('area')).toBe('area');
		expect(parseGrouping('year')).toBeNull();
		expect(parseGrouping(null)).toBeNull();
	});
});
