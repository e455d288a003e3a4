// Sentences and clauses of a follow-up, with their offsets in the text, so a
// negation's scope can stop at a clause boundary and a phrase can be quoted.

export interface Clause {
	text: string;
	start: number;
	/** Inside parentheses or a numbered item: a detail, not the conclusion. */
	minor: boolean;
	/** Which sentence of the text (0-based). */
	sentence: number;
	/** Spans of the text inside parentheses (a cue there is a detail). */
	parens: [number, number][];
}

// Clause boundaries: punctuation, dashes, and conjunctions that start a new clause.
const BOUNDARY = /\s*[,;]\s*|:\s+|\s[–-]\s|\s(?:men|dock|utan|eftersom|då|medan|och|samt|vilket|när|förrän)(?=\s)/giu;
// A new sentence after . ! ? and before a numbered item ("(målet nås) 2. 57,81 % …").
const SENTENCE = /(?<=[.!?])\s+|;\s*|\s+(?=\d{1,2}[.)]\s)/gu;
const NUMBERED = /^(?:\d{1,2}[.)]|[a-z][.)])\s*/iu;

function parenthesised(text: string): [number, number][] {
	const out: [number, number][] = [];
	const re = /\([^()]*\)/gu;
	for (const m of text.matchAll(re)) out.push([m.index!, m.index! + m[0].length]);
	return out;
}

function splitAt(text: string, start: number, re: RegExp): { text: string; start: number }[] {
	const out: { text: string; start: number }[] = [];
	let pos = 0;
	for (const m of text.matchAll(re)) {
		out.push({ text: text.slice(pos, m.index!), start: start + pos });
		pos = m.index! + m[0].length;
	}
	out.push({ text: text.slice(pos), start: start + pos });
	return out.filter((p) => p.text.trim() !== '');
}

/** Clauses of a squashed text, in order. */
export function clausesOf(text: string): Clause[] {
	const parens = parenthesised(text);
	const inParens = (i: number) => parens.some(([a, b]) => i >= a && i < b);
	const out: Clause[] = [];
	let numbered = false;
	let sentence = 0;
	for (const s of splitAt(text, 0, SENTENCE)) {
		// "2. Något drygt 80 procent …": a numbered item, or the item after a bare "1." sentence.
		const isNumbered = NUMBERED.test(s.text) || numbered;
		numbered = /^\d{1,2}[.)]$/u.test(s.text.trim());
		for (const c of splitAt(s.text, s.start, BOUNDARY)) {
			out.push({ text: c.text, start: c.start, minor: isNumbered || inParens(c.start), sentence, parens });
		}
		sentence++;
	}
	return out;
}
