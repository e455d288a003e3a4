// Line classification for the generic fallback parser: what each line looks
// like on its own (heading, list item, text, markup, blank), with the little
// context the rules need (neighbouring lines). Written to stay linear on
// hostile input: lines are cut to MAX_LINE before any regex sees them.

import { isBlank, squash, stripHtml } from '../../normalise';

export const MAX_LINE = 20000;

export type Kind = 'blank' | 'markup' | 'heading' | 'item' | 'text';

export interface GLine {
	kind: Kind;
	/** Clean text: HTML stripped, whitespace squashed, control characters removed; for headings and
	 * items without the marker. */
	text: string;
	/** Heading level: markdown `#` count, numbering depth ("2.1" = 2), 7 for a plain short line. */
	level: number;
	/** The raw line starts with whitespace (a markdown continuation of a list item). */
	indented: boolean;
}

// C0 controls except tab, and DEL: binary garbage must not reach a text field.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const BULLET = /^(?:[-*•–])\s+(\S.*)$/;
const NUMBERED_PAREN = /^\d{1,3}\)\s+(\S.*)$/;
const NUMBERED_DOT = /^\d{1,3}\.\s+(\S.*)$/;
const NUMBERED_DEEP = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(\S.*)$/;
const MD_HEADING = /^(#{1,6})\s+(.*)$/;
const HTML_HEADING = /^\s*<h([1-6])\b/i;
const FINAL_PUNCT = /[.,;:!?…]$/;

/** Removes leading section numbers ("1. ", "2.1 ") from a heading: they number, they do not name. */
function dropNumber(s: string): string {
	return s.replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\S)/, '');
}

export function cleanLine(raw: string): string {
	return squash(stripHtml(raw.replace(CONTROL, ' ')).replace(CONTROL, ' '));
}

/** Script/style blocks that span lines: the lines inside them are markup, not text. */
function markScriptLines(raws: string[]): boolean[] {
	const inside: boolean[] = new Array(raws.length).fill(false);
	let open: string | null = null;
	for (let i = 0; i < raws.length; i++) {
		const low = raws[i].toLowerCase();
		if (open) {
			inside[i] = true;
			if (low.includes(`</${open}`)) open = null;
			continue;
		}
		for (const tag of ['script', 'style']) {
			const at = low.lastIndexOf(`<${tag}`);
			if (at >= 0 && !low.includes(`</${tag}`, at)) {
				open = tag;
				inside[i] = true;
			}
		}
	}
	return inside;
}

/** The number of a numbered list line ("3." or "3)"), or null. */
function listNumber(text: string): number | null {
	const m = /^(\d{1,3})[.)]\s+\S/.exec(text);
	return m ? Number(m[1]) : null;
}

export function classifyLines(raws: string[]): GLine[] {
	const script = markScriptLines(raws);
	const base = raws.map((raw, i) => {
		if (isBlank(raw)) return { text: '', blank: true };
		const text = script[i] ? '' : cleanLine(raw);
		return { text, blank: false };
	});
	const blankAt = (i: number) => i < 0 || i >= raws.length || base[i].blank;
	const out: GLine[] = [];
	for (let i = 0; i < raws.length; i++) {
		const { text, blank } = base[i];
		const indented = /^[ \t]/.test(raws[i]);
		if (blank) {
			out.push({ kind: 'blank', text: '', level: 0, indented });
			continue;
		}
		if (text === '' || !/[\p{L}\p{N}]/u.test(text)) {
			out.push({ kind: 'markup', text, level: 0, indented });
			continue;
		}
		const md = MD_HEADING.exec(text);
		if (md) {
			const label = dropNumber(md[2].replace(/\s#+$/, '').trim());
			out.push({ kind: label ? 'heading' : 'markup', text: label, level: md[1].length, indented });
			continue;
		}
		const h = HTML_HEADING.exec(raws[i]);
		if (h) {
			out.push({ kind: 'heading', text: dropNumber(text), level: Number(h[1]), indented });
			continue;
		}
		const deep = NUMBERED_DEEP.exec(text);
		if (deep && text.length <= 120 && !FINAL_PUNCT.test(text)) {
			out.push({ kind: 'heading', text: deep[2], level: deep[1].split('.').filter(Boolean).length, indented });
			continue;
		}
		const bullet = BULLET.exec(text) ?? NUMBERED_PAREN.exec(text);
		if (bullet) {
			out.push({ kind: 'item', text: bullet[1], level: 0, indented });
			continue;
		}
		const standalone = blankAt(i - 1) && blankAt(i + 1);
		const dot = NUMBERED_DOT.exec(text);
		if (dot) {
			// "1. Inledning" alone between blank lines is a heading; "1. Vi ska ..." next to other
			// items, or ending like a sentence, is a list item.
			// A previous line numbered one less or a next line numbered one more makes a list; "2. Åtgärder" followed by
			// "1. Fler vandringar" is a heading over a list.
			const own = listNumber(text) ?? 0;
			const prev = prevNonBlank(base, i);
			const next = nextNonBlank(base, i);
			const neighbour =
				(prev >= 0 && listNumber(base[prev].text) === own - 1) ||
				(next >= 0 && listNumber(base[next].text) === own + 1);
			const heading = standalone && !neighbour && !FINAL_PUNCT.test(text) && text.length <= 80;
			out.push({ kind: heading ? 'heading' : 'item', text: dot[1], level: heading ? 1 : 0, indented });
			continue;
		}
		if (standalone && text.length <= 80 && !FINAL_PUNCT.test(text) && /^[\p{Lu}\p{N}]/u.test(text)) {
			out.push({ kind: 'heading', text, level: 7, indented });
			continue;
		}
		out.push({ kind: 'text', text, level: 0, indented });
	}
	return out;
}

function prevNonBlank(base: { blank: boolean }[], i: number): number {
	for (let j = i - 1; j >= 0; j--) if (!base[j].blank) return j;
	return -1;
}

function nextNonBlank(base: { blank: boolean }[], i: number): number {
	for (let j = i + 1; j < base.length; j++) if (!base[j].blank) return j;
	return -1;
}

/** Share of control or replacement characters in the first 8 000 characters: binary files score high. */
export function binaryShare(raws: string[]): number {
	let seen = 0;
	let bad = 0;
	for (const raw of raws) {
		for (let k = 0; k < raw.length && seen < 8000; k++, seen++) {
			const c = raw.charCodeAt(k);
			if ((c < 0x20 && c !== 9) || c === 0x7f || c === 0xfffd) bad++;
		}
		if (seen >= 8000) break;
	}
	return seen === 0 ? 0 : bad / seen;
}
