// The joint rule: a query matches inside a compound word only where the compound
// plausibly joins, so "vandring" is found in "trygghetsvandring" (linking -s-) and
// "skola" in "förskola" (a known first element), but "hand" is not found in
// "behandling" and "park" is not found in "parkeringsplats" ("parkering" is not "park").
import { stem } from './stem';

/** The words and stems a dataset uses: its known compound elements. */
export interface Lexicon {
	words: Set<string>;
	stems: Set<string>;
}

// A whole word of three letters is an element ("för", "tid"); a stem needs four, because
// three-letter stems are often endings ("ing" is the stem of "inga").
function known(lex: Lexicon, part: string): boolean {
	return (part.length >= 3 && lex.words.has(part)) || (part.length >= 4 && lex.stems.has(part));
}

const isKnown = (lex: Lexicon, part: string) => known(lex, part) || known(lex, stem(part));

/** A first element ends at `i`: a known word or stem ("föräldra", "för"), or a linking -s- after a consonant ("parkerings"). */
function headEndsAt(word: string, i: number, lex: Lexicon): boolean {
	if (i < 3) return false;
	const head = word.slice(0, i);
	if (isKnown(lex, head)) return true;
	return i >= 4 && head.endsWith('s') && !/[aeiouyäåö]/.test(head[i - 2]);
}

/**
 * A last element starts at `j`: a known word or stem, or anything of four letters or more after a
 * linking -s- ("trygghetsvandrings|grupp" even where "grupp" is not in the data).
 */
function tailStartsAt(word: string, j: number, lex: Lexicon): boolean {
	if (isKnown(lex, word.slice(j))) return true;
	return word[j] === 's' && word.length - j - 1 >= 4;
}

/**
 * How a query word (as typed, and its stem) sits inside `word` at a joint: `prefix` when it is the
 * first element ("trygghetsvandring" in "trygghetsvandringsgrupp"), `joint` when a first element
 * comes before it ("vandring" in "trygghetsvandringar"), null when only an infix or a bare prefix.
 */
export function compoundMatch(word: string, qWord: string, qStem: string, lex: Lexicon): 'prefix' | 'joint' | null {
	if (qStem.length < 3) return null;
	let found: 'prefix' | 'joint' | null = null;
	for (let i = word.indexOf(qStem); i !== -1; i = word.indexOf(qStem, i + 1)) {
		if (i > 0 && !headEndsAt(word, i, lex)) continue;
		for (let j = word.length; j >= i + qStem.length; j--) {
			if (i === 0 && j === word.length) continue; // the whole word: a plain match, not a compound
			if (j < word.length && !tailStartsAt(word, j, lex)) continue;
			const piece = word.slice(i, j);
			if (piece !== qWord && stem(piece) !== qStem) continue;
			if (i === 0) return 'prefix';
			found = 'joint';
			break;
		}
	}
	return found;
}
