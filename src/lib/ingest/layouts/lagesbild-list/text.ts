// Helpers for the lagesbild-list layout: list entries, judgments, district
// names and the comment segmentation.
import { isBlank, normaliseForKey, squash, stripHtml } from '../../normalise';
import type { SituationChange } from '../../types';

export function clean(s: string): string {
	return squash(stripHtml(s));
}

/** "1 Riktat arbete ...", "1.1     Samverkan Östberga" (non-breaking spaces squash away), "2.      Riktat ...". */
export function listEntry(text: string): { num: string; label: string } | null {
	const m = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.*)$/.exec(text);
	if (!m || m[2].length > 150) return null;
	return { num: m[1], label: m[2] };
}

/** A list number standing alone: "5" on line 11, "9" on line 20 of the seed, label on a later line. */
export function bareNumber(text: string): string | null {
	const m = /^(\d{1,2}(?:\.\d{1,2})*)\.?$/.exec(text);
	return m ? m[1] : null;
}

const JUDGMENTS: [RegExp, SituationChange][] = [
	[/^positiv\s+förändring(?=[\s.,:;!–-]|$)/i, 'positiv'],
	[/^negativ\s+förändring(?=[\s.,:;!–-]|$)/i, 'negativ'],
	// "Ej förändrat" is what the template's instructions ask for (seed line 141).
	[/^(oförändrat|oförändrad|ej\s+förändrat|ingen\s+förändring)(?=[\s.,:;!–-]|$)/i, 'oforandrad']
];

export function judgment(text: string): SituationChange | null {
	for (const [re, change] of JUDGMENTS) if (re.test(text)) return change;
	return null;
}

// Stockholm's district administrations, current and former; matched on letters
// only, so "EnskedeÅrsta-Vantör" (seed line 64, a hyphen lost) still counts.
const DISTRICTS = [
	'Enskede-Årsta-Vantör',
	'Farsta',
	'Skarpnäck',
	'Skärholmen',
	'Hägersten-Älvsjö',
	'Hägersten-Liljeholmen',
	'Älvsjö',
	'Södermalm',
	'Kungsholmen',
	'Norrmalm',
	'Östermalm',
	'Bromma',
	'Hässelby-Vällingby',
	'Spånga-Tensta',
	'Rinkeby-Kista'
];
const letters = (s: string) => normaliseForKey(s).replace(/[^\p{L}]/gu, '');
const BY_LETTERS = new Map(DISTRICTS.map((d) => [letters(d), d]));

/** The district a whole line names ("Enskede-Årsta-Vantör", "Farstas stadsdelsförvaltning"), else null. */
export function districtLine(text: string): string | null {
	const l = letters(text).replace(/s?stadsdels(förvaltning|område|nämnd)(en)?$/u, '');
	return BY_LETTERS.get(l) ?? BY_LETTERS.get(l.replace(/s$/, '')) ?? null;
}

/** A district named inside a short line such as a title ("Lägesbild Farsta december 2022"). */
export function districtInside(text: string): string | null {
	const l = letters(text);
	for (const [key, name] of BY_LETTERS) if (l.includes(key)) return name;
	return null;
}

export interface RawComment {
	line_start: number;
	line_end: number;
	change: SituationChange;
	parts: string[];
}

export interface StrayRepeat {
	line: number;
	/** The earlier line whose end it repeats. */
	of: number;
	text: string;
}

/**
 * Lines that stand alone between blank lines and repeat part of an earlier,
 * longer line of the comment block (seed line 126 repeats the end of line 73).
 * A whole-line duplicate is not a stray repeat: two areas may carry the same
 * short comment.
 */
export function findStrayRepeats(lines: string[], from: number, to: number): StrayRepeat[] {
	const out: StrayRepeat[] = [];
	for (let i = from; i < to; i++) {
		const t = clean(lines[i] ?? '');
		if (t.length < 20 || judgment(t)) continue;
		// Only a line standing alone between blank lines: a comment line inside a
		// run of comments (seed lines 68-71) may well echo an earlier comment.
		if (!isBlank(lines[i - 1]) || !isBlank(lines[i + 1])) continue;
		for (let k = from; k < i; k++) {
			const e = clean(lines[k] ?? '');
			if (e.length > t.length && e.includes(t)) {
				out.push({ line: i + 1, of: k + 1, text: t });
				break;
			}
		}
	}
	return out;
}

/**
 * Splits the comment block (0-based [from, to)) into comments. A judged comment
 * starts with its judgment and runs on while the line before is wrapped (long,
 * and either unfinished or followed by a lower-case start); a blank line ends
 * it. A line that is not a continuation starts an unjudged comment (seed lines
 * 68-71 are four one-line comments without a judgment). `endsAt` holds lines
 * known to end a comment.
 */
export function segmentComments(
	lines: string[],
	from: number,
	to: number,
	skip: Set<number>,
	endsAt: Set<number>
): RawComment[] {
	let width = 0;
	for (let i = from; i < to; i++) if (!skip.has(i + 1)) width = Math.max(width, clean(lines[i] ?? '').length);
	const out: RawComment[] = [];
	let cur: RawComment | null = null;
	let prev = '';
	for (let i = from; i < to; i++) {
		const n = i + 1;
		if (isBlank(lines[i]) || skip.has(n)) {
			cur = null;
			continue;
		}
		const text = clean(lines[i]);
		if (text === '') continue;
		const j = judgment(text);
		const wrapped = prev.length >= 0.7 * width && (!/[.!?:]["”)]?$/.test(prev) || /^\p{Ll}/u.test(text));
		if (!j && cur && wrapped) {
			cur.parts.push(text);
			cur.line_end = n;
		} else {
			cur = { line_start: n, line_end: n, change: j ?? 'okand', parts: [text] };
			out.push(cur);
		}
		prev = text;
		if (endsAt.has(n)) cur = null;
	}
	return out;
}
