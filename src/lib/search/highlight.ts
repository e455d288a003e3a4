// Hits in a text as segments, so the view wraps matched words in <mark>
// while rendering everything as text (never as HTML). The words to mark are
// the ones the search found (TermResult.words), so marks and ranking agree.
import type { MatchKind } from './query';
import { tokenize } from './text';

export interface Segment {
	text: string;
	mark: boolean;
}

/** What a term found: folded words and how they matched. */
export interface Marker {
	words: Map<string, MatchKind>;
}

function marks(text: string, terms: Marker[]): { start: number; end: number }[] {
	if (!terms.length || !text) return [];
	return tokenize(text).filter((t) => terms.some((m) => m.words.has(t.word)));
}

function segments(text: string, ranges: { start: number; end: number }[], from = 0, to = text.length): Segment[] {
	const out: Segment[] = [];
	let at = from;
	for (const r of ranges) {
		if (r.end <= from || r.start >= to) continue;
		if (r.start > at) out.push({ text: text.slice(at, r.start), mark: false });
		out.push({ text: text.slice(Math.max(r.start, at), Math.min(r.end, to)), mark: true });
		at = Math.min(r.end, to);
	}
	if (at < to) out.push({ text: text.slice(at, to), mark: false });
	return out;
}

/** The whole text, matched words marked. */
export function highlight(text: string, terms: Marker[]): Segment[] {
	return segments(text, marks(text, terms));
}

/**
 * A window of about `radius` characters on each side of the first hit (cut at spaces, with "…"),
 * or null when the text has no hit. Without terms: the beginning of the text.
 */
export function snippet(text: string, terms: Marker[], radius = 90): Segment[] | null {
	const ranges = marks(text, terms);
	if (terms.length && !ranges.length) return null;
	const centre = ranges[0]?.start ?? 0;
	let from = Math.max(0, centre - radius);
	let to = Math.min(text.length, (ranges[0]?.end ?? 0) + radius + (ranges.length ? 0 : radius));
	if (from > 0) {
		const sp = text.indexOf(' ', from);
		if (sp !== -1 && sp < centre) from = sp + 1;
	}
	if (to < text.length) {
		const sp = text.lastIndexOf(' ', to);
		if (sp > (ranges[0]?.end ?? 0)) to = sp;
	}
	const out = segments(text, ranges, from, to);
	if (from > 0) out.unshift({ text: '… ', mark: false });
	if (to < text.length) out.push({ text: ' …', mark: false });
	return out;
}
