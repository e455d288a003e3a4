import { describe, expect, it } from 'vitest';
import { stem } from '../../../src/lib/search/stem';
import { fold, tokenize, words } from '../../../src/lib/search/text';

describe('stem', () => {
	it.each([
		['trygghetsvandringar', 'trygghetsvand'],
		['trygghetsvandringen', 'trygghetsvand'],
		['trygghetsvandring', 'trygghetsvand'],
		['föräldraskap', 'föräld'],
		['skolan', 'skol'],
		['handlingsplan', 'handlingsplan'],
		['föräldrastödare', 'föräldrastöd'],
		['föräldrastöd', 'föräldrastöd'],
		['insatserna', 'insats'],
		['insatser', 'insats'],
		['polisen', 'polis'],
		['polis', 'polis'],
		['ungdomarna', 'ungdom'],
		['skolornas', 'skol'],
		['ung', 'ung'],
		['2025', '2025']
	])('stem(%j) -> %j', (word, expected) => {
		expect(stem(word)).toBe(expected);
	});
});

describe('fold', () => {
	it('lower-cases å, ä and ö and keeps them apart from a and o', () => {
		expect(fold('ÅTGÄRDER Ö')).toBe('åtgärder ö');
		expect(fold('Café Über')).toBe('cafe uber');
		expect(fold('A\u030Atgärd')).toBe('åtgärd'); // decomposed å (NFD) from a PDF
	});
});

describe('tokenize', () => {
	it('splits on punctuation and hyphens and keeps offsets into the original text', () => {
		const text = 'Enskede-Årsta-Vantör: "Trygghetsvandring", T1.';
		const tokens = tokenize(text);
		expect(tokens.map((t) => t.word)).toEqual(['enskede', 'årsta', 'vantör', 'trygghetsvandring', 't1']);
		expect(text.slice(tokens[3].start, tokens[3].end)).toBe('Trygghetsvandring');
	});
});

describe('words', () => {
	it('gives the same folded words as tokenize, without positions', () => {
		const text = 'Enskede-Årsta-Vantör: "Trygghetsvandring", T1 – Café ÖVER 2025… A\u030Atgärd';
		expect(words(text)).toEqual(tokenize(text).map((t) => t.word));
	});
});
