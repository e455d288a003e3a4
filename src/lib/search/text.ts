// Swedish text -> search tokens. Folding keeps å, ä and ö (they are letters
// of their own in Swedish, not a with a ring or dots) and strips every other
// diacritic, so "Café" finds "cafe" and "ÅTGÄRD" finds "åtgärd".
const KEEP = new Set(['å', 'ä', 'ö']);
const ALIASES: Record<string, string> = { æ: 'ä', ø: 'ö', ß: 'ss' };

const PLAIN = /^[a-z0-9åäö]*$/;

export function fold(word: string): string {
	// Swedish has no special casing rules, so plain toLowerCase is right (and fast).
	const quick = word.toLowerCase();
	if (PLAIN.test(quick)) return quick;
	const lower = quick.normalize('NFC');
	let out = '';
	for (const ch of lower) {
		if (KEEP.has(ch)) out += ch;
		else if (ALIASES[ch]) out += ALIASES[ch];
		else out += ch.normalize('NFD').replace(/\p{M}/gu, '');
	}
	return out;
}

export interface Token {
	/** The word as folded for matching. */
	word: string;
	/** Offsets into the original text (UTF-16), for highlighting. */
	start: number;
	end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of a text with their positions; punctuation and hyphens separate words. */
export function tokenize(text: string): Token[] {
	const out: Token[] = [];
	for (const m of text.matchAll(WORD)) out.push({ word: fold(m[0]), start: m.index, end: m.index + m[0].length });
	return out;
}

// Word characters beyond ASCII, decided once per character with the same rule as WORD.
const WIDE = new Map<number, boolean>();
function isWordChar(c: number): boolean {
	if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
	let w = WIDE.get(c);
	if (w === undefined) WIDE.set(c, (w = /[\p{L}\p{N}]/u.test(String.fromCharCode(c))));
	return w;
}

/**
 * The folded words of a text without positions: the index's fast path (a character scan, no
 * regular expression per word), the same words as tokenize. Surrogate pairs (outside Swedish
 * text) split words, which tokenize would keep whole.
 */
export function words(text: string): string[] {
	const out: string[] = [];
	let start = -1;
	for (let i = 0; i <= text.length; i++) {
		const word = i < text.length && isWordChar(text.charCodeAt(i));
		if (word && start < 0) start = i;
		else if (!word && start >= 0) {
			out.push(fold(text.slice(start, i)));
			start = -1;
		}
	}
	return out;
}
