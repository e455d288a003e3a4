// An inverted index over documents with weighted fields, built in one pass
// (linear in the text). A query term is matched against the vocabulary once
// (match.ts); its documents are scored by the best kind of match, then by the
// best field: every exact hit ranks above every compound or typo hit, and within
// a kind a title hit ranks above a follow-up hit. Every term must match (AND).
// Ties: the first field (the title) in Swedish order.
import { compareSv } from '$lib/format';
import type { Lexicon } from './compound';
import { matchVocabulary, type VocabWord } from './match';
import { KIND_RANK, parseQuery, type MatchKind, type QueryTerm } from './query';
import { stem } from './stem';
import { suggest, type Suggestion } from './suggest';
import { words } from './text';

export interface SearchDoc {
	/** Texts per field, in the order of the index's field weights. */
	fields: string[][];
}

export interface Entry extends VocabWord {
	docs: number[];
	/** Per document, the fields (bits) the word occurs in. */
	masks: number[];
}

export interface SearchIndex {
	size: number;
	weights: number[];
	/** Best field weight of each field mask. */
	maskWeight: Float64Array;
	/** Each document's first text (its title), for ties. */
	first: string[];
	/** Rank of each document by its first text in Swedish order; made at the first search (tieRanks). */
	tieRank: Uint32Array | null;
	entries: Entry[];
	byWord: Map<string, Entry>;
	lex: Lexicon;
	cache: Map<string, TermResult>;
	last: { query: string; result: SearchResult | null } | null;
}

/** What one term found: per document its score and the fields it matched in; the words and how. */
export interface TermResult {
	term: QueryTerm;
	score: Float64Array;
	fields: Uint32Array;
	words: Map<string, MatchKind>;
	/** The best kind of match the term had anywhere, null when none. */
	best: MatchKind | null;
}

/**
 * An index built a document at a time (`add`), so a caller can build it in slices between
 * which the page stays free (build-slices.ts); `finish` gives the index.
 */
export function indexBuilder(weights: number[]) {
	if (weights.length > 30) throw new Error('at most 30 fields');
	const byWord = new Map<string, Entry>();
	const first: string[] = [];
	return {
		add(d: SearchDoc) {
			const doc = first.length;
			first.push(d.fields[0]?.[0] ?? '');
			d.fields.forEach((texts, f) => {
				const mask = 1 << f;
				for (const text of texts) {
					if (!text) continue;
					for (const w of words(text)) {
						let e = byWord.get(w);
						if (!e) byWord.set(w, (e = { word: w, stem: stem(w), docs: [], masks: [] }));
						const last = e.docs.length - 1;
						if (last >= 0 && e.docs[last] === doc) e.masks[last] |= mask;
						else {
							e.docs.push(doc);
							e.masks.push(mask);
						}
					}
				}
			});
		},
		finish(): SearchIndex {
			const maskWeight = new Float64Array(1 << weights.length);
			for (let m = 1; m < maskWeight.length; m++) maskWeight[m] = Math.max(...weights.filter((_, f) => m & (1 << f)));
			const entries = [...byWord.values()];
			const lex: Lexicon = { words: new Set(byWord.keys()), stems: new Set(entries.map((e) => e.stem)) };
			return {
				size: first.length,
				weights,
				maskWeight,
				first,
				tieRank: null,
				entries,
				byWord,
				lex,
				cache: new Map(),
				last: null
			};
		}
	};
}

/** Ties: documents in Swedish order of their first text, made once per index (a sort of every title). */
export function tieRanks(index: SearchIndex): Uint32Array {
	if (index.tieRank) return index.tieRank;
	const rank = new Uint32Array(index.size);
	index.first
		.map((_, i) => i)
		.sort((a, b) => compareSv(index.first[a], index.first[b]) || a - b)
		.forEach((doc, r) => (rank[doc] = r));
	return (index.tieRank = rank);
}

export function buildIndex(docs: SearchDoc[], weights: number[]): SearchIndex {
	const builder = indexBuilder(weights);
	for (const d of docs) builder.add(d);
	return builder.finish();
}

function resolveTerm(index: SearchIndex, term: QueryTerm): TermResult {
	const cached = index.cache.get(term.word);
	if (cached) return cached;
	const score = new Float64Array(index.size);
	const fields = new Uint32Array(index.size);
	const words = new Map<string, MatchKind>();
	for (const [e, kind] of matchVocabulary(index.entries, term, index.lex)) {
		const rank = KIND_RANK[kind] * 1000;
		for (let i = 0; i < e.docs.length; i++) {
			const d = e.docs[i];
			const s = rank + index.maskWeight[e.masks[i]];
			if (s > score[d]) score[d] = s;
			fields[d] |= e.masks[i];
		}
		words.set(e.word, kind);
	}
	for (const [a, b] of term.splits) splitHits(index, a, b, score, fields, words);
	let best: MatchKind | null = null;
	for (const k of words.values()) if (!best || KIND_RANK[k] > KIND_RANK[best]) best = k;
	const result = { term, score, fields, words, best };
	if (index.cache.size > 64) index.cache.clear();
	index.cache.set(term.word, result);
	return result;
}

/** A compound query whose parts stand apart ("trygghet" … "vandring"): both part stems in one document. */
function splitHits(
	index: SearchIndex,
	a: string,
	b: string,
	score: Float64Array,
	fields: Uint32Array,
	words: Map<string, MatchKind>
): void {
	const withA = new Map<number, number>();
	const aWords = index.entries.filter((e) => e.stem === a);
	const bWords = index.entries.filter((e) => e.stem === b);
	if (!aWords.length || !bWords.length) return;
	for (const e of aWords)
		for (let i = 0; i < e.docs.length; i++) withA.set(e.docs[i], (withA.get(e.docs[i]) ?? 0) | e.masks[i]);
	const rank = KIND_RANK.split * 1000;
	let any = false;
	for (const e of bWords) {
		for (let i = 0; i < e.docs.length; i++) {
			const d = e.docs[i];
			const ma = withA.get(d);
			if (ma === undefined || score[d] >= rank) continue;
			// Ranked by the best field both parts share, else by the better of the two.
			const both = ma & e.masks[i];
			score[d] = rank + index.maskWeight[both || ma | e.masks[i]];
			fields[d] |= ma | e.masks[i];
			any = true;
		}
	}
	if (any) for (const e of [...aWords, ...bWords]) if (!words.has(e.word)) words.set(e.word, 'split');
}

export interface SearchHit {
	doc: number;
	score: number;
	/** Fields (bits) in which any term matched. */
	fields: number;
}

export interface SearchResult {
	terms: TermResult[];
	hits: SearchHit[];
	/** "Menade du …?": near words of the dataset for the terms that found nothing. */
	suggestions: Suggestion[];
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
	const parsed = parseQuery(query);
	if (parsed.length === 0) return null;
	const terms = parsed.map((t) => resolveTerm(index, t));
	const total = new Float64Array(index.size);
	const mask = new Uint32Array(index.size);
	const alive = new Uint8Array(index.size).fill(1);
	for (const t of terms) {
		for (let d = 0; d < index.size; d++) {
			if (t.score[d] === 0) alive[d] = 0;
			else {
				total[d] += t.score[d];
				mask[d] |= t.fields[d];
			}
		}
	}
	const hits: SearchHit[] = [];
	for (let d = 0; d < index.size; d++) if (alive[d]) hits.push({ doc: d, score: total[d], fields: mask[d] });
	const tie = tieRanks(index);
	hits.sort((x, y) => y.score - x.score || tie[x.doc] - tie[y.doc]);
	const suggestions = hits.length ? [] : suggest(index.entries, terms);
	return { terms, hits, suggestions };
}
