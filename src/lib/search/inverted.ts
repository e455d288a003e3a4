// An inverted index over documents with a title and a body, built in one pass
// (linear in the text), searched by scanning the vocabulary once per query
// term. Every term must match (AND). Ranking, per term, best field wins:
// exact stem in the title > partial (prefix/infix) in the title > compound
// split in the title > the same three in the body. Ties: title, Swedish order.
import { compareSv } from '$lib/format';
import { parseQuery, matchWord, type MatchKind, type QueryTerm } from './query';
import { stem } from './stem';
import { tokenize } from './text';

export interface SearchDoc {
	title: string;
	/** Every other searchable text: description, goal, follow-ups, who, when. */
	body: string[];
}

const TITLE = 1;
const BODY = 2;

interface Entry {
	word: string;
	stem: string;
	docs: number[];
	masks: number[];
}

export interface SearchIndex {
	size: number;
	/** Position of each document's title in Swedish order, for ties. */
	titleRank: Uint32Array;
	entries: Entry[];
	cache: Map<string, Float64Array>;
	last: { query: string; result: SearchResult | null } | null;
}

const SCORE = {
	title: { exact: 100, partial: 40, split: 15 },
	body: { exact: 6, partial: 3, split: 1 }
} as const;

export function buildIndex(docs: SearchDoc[]): SearchIndex {
	const byWord = new Map<string, Entry>();
	const add = (text: string, doc: number, mask: number) => {
		for (const t of tokenize(text)) {
			let e = byWord.get(t.word);
			if (!e) byWord.set(t.word, (e = { word: t.word, stem: stem(t.word), docs: [], masks: [] }));
			const last = e.docs.length - 1;
			if (last >= 0 && e.docs[last] === doc) e.masks[last] |= mask;
			else {
				e.docs.push(doc);
				e.masks.push(mask);
			}
		}
	};
	docs.forEach((d, i) => {
		add(d.title, i, TITLE);
		for (const b of d.body) if (b) add(b, i, BODY);
	});
	const titleRank = new Uint32Array(docs.length);
	docs
		.map((d, i) => i)
		.sort((a, b) => compareSv(docs[a].title, docs[b].title) || a - b)
		.forEach((doc, rank) => (titleRank[doc] = rank));
	return { size: docs.length, titleRank, entries: [...byWord.values()], cache: new Map(), last: null };
}

/** Per document, the union of field masks of the words that match `queryStem` (by kind). */
function postings(index: SearchIndex, queryStem: string): { exact: Uint8Array; partial: Uint8Array } {
	const exact = new Uint8Array(index.size);
	const partial = new Uint8Array(index.size);
	for (const e of index.entries) {
		const kind: MatchKind | null = matchWord(e.word, e.stem, queryStem);
		if (!kind) continue;
		const into = kind === 'exact' ? exact : partial;
		for (let i = 0; i < e.docs.length; i++) into[e.docs[i]] |= e.masks[i];
	}
	return { exact, partial };
}

function termScores(index: SearchIndex, term: QueryTerm): Float64Array {
	const cached = index.cache.get(term.word);
	if (cached) return cached;
	const scores = new Float64Array(index.size);
	const whole = postings(index, term.stem);
	for (let d = 0; d < index.size; d++) {
		const ex = whole.exact[d];
		const pa = whole.partial[d] | ex;
		if (ex & TITLE) scores[d] = SCORE.title.exact;
		else if (pa & TITLE) scores[d] = SCORE.title.partial;
		else if (ex & BODY) scores[d] = SCORE.body.exact;
		else if (pa & BODY) scores[d] = SCORE.body.partial;
	}
	// Compound splits, only for documents the whole word did not find.
	for (const [a, b] of term.splits) {
		const pa = postings(index, a);
		const pb = postings(index, b);
		for (let d = 0; d < index.size; d++) {
			if (scores[d] >= SCORE.title.split) continue;
			const ma = pa.exact[d] | pa.partial[d];
			const mb = pb.exact[d] | pb.partial[d];
			if (!ma || !mb) continue;
			const s = ma & mb & TITLE ? SCORE.title.split : SCORE.body.split;
			if (s > scores[d]) scores[d] = s;
		}
	}
	if (index.cache.size > 64) index.cache.clear();
	index.cache.set(term.word, scores);
	return scores;
}

export interface SearchHit {
	doc: number;
	score: number;
}

export interface SearchResult {
	terms: QueryTerm[];
	hits: SearchHit[];
}

/** Documents matching every term, best first; null for a query without words (no search). */
export function search(index: SearchIndex, query: string): SearchResult | null {
	// A facet change asks the same query again: answer from the last result.
	if (index.last?.query === query) return index.last.result;
	const result = runSearch(index, query);
	index.last = { query, result };
	return result;
}

function runSearch(index: SearchIndex, query: string): SearchResult | null {
	const terms = parseQuery(query);
	if (terms.length === 0) return null;
	const total = new Float64Array(index.size);
	const alive = new Uint8Array(index.size).fill(1);
	for (const term of terms) {
		const s = termScores(index, term);
		for (let d = 0; d < index.size; d++) {
			if (s[d] === 0) alive[d] = 0;
			else total[d] += s[d];
		}
	}
	const hits: SearchHit[] = [];
	for (let d = 0; d < index.size; d++) if (alive[d]) hits.push({ doc: d, score: total[d] });
	hits.sort((x, y) => y.score - x.score || index.titleRank[x.doc] - index.titleRank[y.doc]);
	return { terms, hits };
}
