// "Menade du …?": for a term that found nothing, the nearest words the dataset
// uses (fewest edits, then the most documents), so a misspelling leads somewhere.
import { compareSv } from '$lib/format';
import { editDistance } from './edit';
import type { TermResult } from './inverted';
import { fold } from './text';

export interface Suggestion {
	/** The folded word as typed. */
	word: string;
	/** Near words of the dataset, best first (at most three). */
	near: string[];
}

interface Counted {
	word: string;
	docs: number[];
}

/** Up to two edits for words of five letters or more, one for shorter ones; words of two letters get none. */
export function maxEdits(word: string): number {
	return word.length >= 5 ? 2 : word.length >= 3 ? 1 : 0;
}

export function nearWords(vocab: Counted[], word: string, limit = 3): string[] {
	const max = maxEdits(word);
	if (!max) return [];
	const found: { word: string; d: number; n: number }[] = [];
	for (const v of vocab) {
		if (v.word === word || /\d/.test(v.word)) continue;
		const d = editDistance(word, v.word, max);
		if (d <= max) found.push({ word: v.word, d, n: v.docs.length });
	}
	found.sort((a, b) => a.d - b.d || b.n - a.n || compareSv(a.word, b.word));
	return found.slice(0, limit).map((f) => f.word);
}

export function suggest(vocab: Counted[], terms: TermResult[]): Suggestion[] {
	return terms
		.filter((t) => t.best === null)
		.map((t) => ({ word: t.term.word, near: nearWords(vocab, t.term.word) }))
		.filter((s) => s.near.length > 0);
}

/** The query with one word replaced by a suggestion, keeping the rest as typed. */
export function replaceWord(query: string, folded: string, by: string): string {
	return query.replace(/[\p{L}\p{N}]+/gu, (w) => (fold(w) === folded ? by : w));
}
