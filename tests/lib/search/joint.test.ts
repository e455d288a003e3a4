// The joint rule (a query matches inside a compound only at a plausible joint) and the
// ranking of kinds of match: whole word, then compound head, then later element, then typo.
import { describe, expect, it } from 'vitest';
import { compoundMatch, type Lexicon } from '../../../src/lib/search/compound';
import { buildIndex, search, type SearchDoc } from '../../../src/lib/search/inverted';
import { stem } from '../../../src/lib/search/stem';

function lexicon(...words: string[]): Lexicon {
	return { words: new Set(words), stems: new Set(words.map(stem)) };
}
const lex = lexicon(
	'för',
	'skola',
	'plats',
	'grupp',
	'trygghet',
	'vandring',
	'andra',
	'uthyrning',
	'natt',
	'drog',
	'upp'
);
const joint = (word: string, q: string) => compoundMatch(word, q, stem(q), lex);

describe('compoundMatch', () => {
	it.each([
		['trygghetsvandring', 'vandring', 'joint'], // linking -s-
		['trygghetsvandringar', 'vandring', 'joint'], // and inflected
		['förskolan', 'skola', 'joint'], // known first element
		['parkeringsplats', 'plats', 'joint'], // linking -s- without a known head
		['droghandel', 'handel', 'joint'],
		['trygghetsvandringsgrupp', 'trygghetsvandring', 'prefix'], // head, linking -s-, known tail
		['nattvandringsgrupp', 'nattvandring', 'prefix'],
		['andrahandsuthyrning', 'hand', 'joint'] // andra + hand + s + uthyrning
	])('%s contains %s at a joint (%s)', (word, q, kind) => {
		expect(joint(word, q)).toBe(kind);
	});

	it.each([
		['behandling', 'hand'], // be- is no element
		['familjebehandlare', 'hand'],
		['upphandling', 'hand'], // upp is an element, but "handling" is not a form of "hand"
		['handling', 'hand'], // a bare prefix
		['parkeringsplats', 'park'], // "parkering" is not a form of "park"
		['stöldskydd', 'stöd'],
		['trygghetsvandring', 'trygghetsvandring'] // the whole word is a plain match, not a compound
	])('%s does not contain %s at a joint', (word, q) => {
		expect(joint(word, q)).toBeNull();
	});
});

describe('ranking by kind of match, then field', () => {
	// Two fields: a title (weight 100) and a body (weight 10).
	const docs: SearchDoc[] = [
		{ fields: [['Behandling av ärenden'], ['Behandlingen följs upp.']] },
		{ fields: [['Uppföljning'], ['En hjälpande hand till unga.']] },
		{ fields: [['Handlingsplan för trygghet'], []] },
		{ fields: [['En hjälpande hand'], []] },
		{ fields: [['Parkeringsplats vid skolan'], []] },
		{ fields: [['Trygghet i parken'], []] },
		{ fields: [['Trygghetsvandringsgrupp'], []] },
		{ fields: [['Samverkan'], ['Vi gör trygghetsvandringar.']] },
		{ fields: [['Vandring i parken'], ['Ökad trygghet.']] },
		{ fields: [['Trygghetsvandring'], []] },
		{ fields: [['Nattvandrare'], []] }
	];
	const index = buildIndex(docs, [100, 10]);
	const titles = (q: string) => search(index, q)!.hits.map((h) => docs[h.doc].fields[0][0]);

	it('"hand": whole-word hits only, title first; never "Behandling" or "Handlingsplan"', () => {
		expect(titles('hand')).toEqual(['En hjälpande hand', 'Uppföljning']);
	});

	it('"park": "parken" is found, "Parkeringsplats" is not', () => {
		expect(titles('park')).toEqual(['Trygghet i parken', 'Vandring i parken']);
	});

	it('a body hit on the whole word ranks above a title hit inside a compound', () => {
		const docs2: SearchDoc[] = [
			{ fields: [['Trygghetsvandring'], []] },
			{ fields: [['Samverkan'], ['En vandring i området.']] }
		];
		const i2 = buildIndex(docs2, [100, 10]);
		expect(search(i2, 'vandring')!.hits.map((h) => h.doc)).toEqual([1, 0]);
	});

	it('"trygghetsvandringar": exact title, then the compound head, then the body, then the parts apart', () => {
		expect(titles('trygghetsvandringar')).toEqual([
			'Trygghetsvandring',
			'Samverkan',
			'Trygghetsvandringsgrupp',
			'Vandring i parken'
		]);
		const r = search(index, 'trygghetsvandringar')!;
		const kinds = Object.fromEntries(r.terms[0].words);
		expect(kinds).toMatchObject({ trygghetsvandring: 'exact', trygghetsvandringsgrupp: 'prefix', vandring: 'split' });
	});

	it('one edit in a word of five letters or more is tolerated, and ranks below an exact hit', () => {
		const docs3: SearchDoc[] = [
			{ fields: [['Trygghetsvandring'], []] },
			{ fields: [['Tryghetsvandring'], []] } // the typo is in the data
		];
		const i3 = buildIndex(docs3, [100, 10]);
		expect(search(i3, 'trygghetsvandring')!.hits.map((h) => h.doc)).toEqual([0, 1]);
		expect(search(i3, 'trygghetsvandring')!.terms[0].words.get('tryghetsvandring')).toBe('fuzzy');
		expect(titles('natvandrare')).toEqual(['Nattvandrare']); // a dropped letter
		expect(titles('nattvnadrare')).toEqual(['Nattvandrare']); // two letters swapped
	});

	it('words under five letters get no typo tolerance ("hnad" finds nothing, "hamd" neither)', () => {
		expect(search(index, 'hnad')!.hits).toEqual([]);
		expect(search(index, 'hamd')!.hits).toEqual([]);
	});

	it('two edits are not tolerated, but suggested ("Menade du …?")', () => {
		const r = search(index, 'natvandrre')!;
		expect(r.hits).toEqual([]);
		expect(r.suggestions).toEqual([{ word: 'natvandrre', near: ['nattvandrare'] }]);
	});

	it('a word still being typed finds the words it begins, when nothing else matches', () => {
		const r = search(index, 'trygghetsvandri')!;
		expect(r.terms[0].best).not.toBeNull();
		expect(r.hits.length).toBeGreaterThan(0);
		expect(search(index, 'nattvandr')!.hits.map((h) => h.doc)).toEqual([10]);
	});

	it('ties break by title in Swedish order (å, ä, ö after z)', () => {
		const tie = buildIndex(
			[
				{ fields: [['Översyn'], ['polis']] },
				{ fields: [['Åtgärd'], ['polis']] },
				{ fields: [['Zon'], ['polis']] },
				{ fields: [['Ärende'], ['polis']] }
			],
			[100, 10]
		);
		expect(search(tie, 'polisen')!.hits.map((h) => h.doc)).toEqual([2, 1, 3, 0]);
	});
});
