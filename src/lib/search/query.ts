// A search query as terms, and the kinds of match a word can have with a term.
import { stem } from './stem';
import { tokenize } from './text';

export interface QueryTerm {
	/** Folded word as typed. */
	word: string;
	stem: string;
	/** Splits of a compound at a linking -s- ("trygghetsvandring" -> trygghet + vandring), for texts that use the parts. */
	splits: [string, string][];
}

/**
 * Best first: the word itself or a form of it (`exact`), the first element of a compound
 * (`prefix`), a later element after a joint (`joint`), one edit away (`fuzzy`), the parts
 * of a compound query as separate words (`split`), and, only for a term that nothing else
 * finds (a word still being typed), words that begin with it (`begins`).
 */
export type MatchKind = 'exact' | 'prefix' | 'joint' | 'fuzzy' | 'split' | 'begins';

export const KIND_RANK: Record<MatchKind, number> = { exact: 6, prefix: 5, joint: 4, fuzzy: 3, split: 2, begins: 1 };

// Words that say nothing on their own; dropped unless the query is only these.
const STOPWORDS = new Set(
	'och i på att för med av som en ett det den de till om är eller vid från har inte ska samt'.split(' ')
);
const MAX_TERMS = 12;
const MAX_WORD = 40;
const MIN_PART = 3;

function splits(word: string): [string, string][] {
	const out: [string, string][] = [];
	for (let i = MIN_PART; i < word.length - MIN_PART; i++) {
		if (word[i] === 's') out.push([stem(word.slice(0, i)), stem(word.slice(i + 1))]);
	}
	return out;
}

/** Terms of a query: folded, stemmed, deduplicated, at most 12 (a 500-character paste stays cheap). */
export function parseQuery(query: string): QueryTerm[] {
	const words = tokenize(query.slice(0, 1000)).map((t) => t.word.slice(0, MAX_WORD));
	const content = words.filter((w) => !STOPWORDS.has(w));
	const chosen = [...new Set(content.length ? content : words)].slice(0, MAX_TERMS);
	return chosen.map((word) => ({ word, stem: stem(word), splits: splits(word) }));
}
