// A search query as terms, and how one indexed word matches one term.
import { stem } from './stem';
import { tokenize } from './text';

export interface QueryTerm {
	/** Folded word as typed. */
	word: string;
	stem: string;
	/** Splits of a compound at a linking -s- ("trygghetsvandring" -> trygghet + vandring), tried when the whole word fails. */
	splits: [string, string][];
}

export type MatchKind = 'exact' | 'partial';

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
		if (word[i] === 's') out.push([word.slice(0, i), stem(word.slice(i + 1))]);
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

/**
 * How an indexed word (folded, and its stem) matches a query stem: `exact` when the stems are equal,
 * `partial` when the query stem begins the word or (from four letters) sits inside it, which finds
 * compounds: "föräldrastöd" in "föräldrastödare", "vandring" in "trygghetsvandring".
 */
export function matchWord(word: string, wordStem: string, queryStem: string): MatchKind | null {
	if (wordStem === queryStem || word === queryStem) return 'exact';
	if (queryStem.length < 2) return null;
	if (word.startsWith(queryStem) || wordStem.startsWith(queryStem)) return 'partial';
	if (queryStem.length >= 4 && word.includes(queryStem)) return 'partial';
	return null;
}
