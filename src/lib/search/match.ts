// Which words of the vocabulary a query term finds, and how (see MatchKind).
// Scanning the vocabulary once per term is linear in the number of distinct
// words, which grows far slower than the number of documents.
import { compoundMatch, type Lexicon } from './compound';
import { withinOneEdit } from './edit';
import type { MatchKind, QueryTerm } from './query';

export interface VocabWord {
	word: string;
	stem: string;
}

// Typos are tolerated in words of five letters or more: shorter ones are too often other words.
const FUZZY_MIN = 5;
// Stems are compared too (a typo in an inflected form), but only long ones: "föräld" and "föräld"
// from "förändring" are one edit apart.
const FUZZY_STEM_MIN = 7;

export function matchWord(v: VocabWord, term: QueryTerm, lex: Lexicon): MatchKind | null {
	if (v.stem === term.stem || v.word === term.word) return 'exact';
	if (term.stem.length >= 3 && v.word.length > term.stem.length && v.word.includes(term.stem)) {
		const c = compoundMatch(v.word, term.word, term.stem, lex);
		if (c) return c;
	}
	if (term.word.length >= FUZZY_MIN && v.word.length >= FUZZY_MIN) {
		if (withinOneEdit(term.word, v.word)) return 'fuzzy';
		if (v.stem.length >= FUZZY_MIN && withinOneEdit(term.word, v.stem)) return 'fuzzy'; // "polsi" -> "polisen"
		if (term.stem.length >= FUZZY_STEM_MIN && v.stem.length >= FUZZY_STEM_MIN && withinOneEdit(term.stem, v.stem))
			return 'fuzzy';
	}
	return null;
}

/** Every vocabulary word the term finds, with how; the `begins` fallback only when nothing else is found. */
export function matchVocabulary<T extends VocabWord>(vocab: T[], term: QueryTerm, lex: Lexicon): Map<T, MatchKind> {
	const out = new Map<T, MatchKind>();
	for (const v of vocab) {
		const kind = matchWord(v, term, lex);
		if (kind) out.set(v, kind);
	}
	if (out.size === 0 && term.word.length >= 2) {
		for (const v of vocab) if (v.word.startsWith(term.word)) out.set(v, 'begins');
	}
	return out;
}
