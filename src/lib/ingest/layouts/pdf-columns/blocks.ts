// Line blocks of the pdf-columns layout: pages, paragraphs, template text.
//
// The PDF printed from the city's Excel template gives one column band after
// another. Inside a band, a run of two or more blank lines is a page break
// (and often a row boundary), one blank line separates cells, and a line that
// starts with a space is a new text block glued to the previous one (seed
// line 157 " För att unvika ...", line 175 " Individuella ...").
import { joinWrapped, normaliseForKey, squash, stripHtml } from '../../normalise';
import type { ParsedIssue } from '../../types';

export interface Line {
	/** 1-based line number. */
	n: number;
	text: string;
}

export interface Para {
	lines: Line[];
	/** The first line started with whitespace: a new block, never a continuation. */
	lead: boolean;
}

export interface Page {
	paras: Para[];
}

export const first = (p: Para): number => p.lines[0].n;
export const last = (p: Para): number => p.lines[p.lines.length - 1].n;

/** Squashed, HTML-free text of some lines. */
export function clean(s: string): string {
	return squash(stripHtml(s));
}

export function paraText(p: Para): string {
	return clean(joinWrapped(p.lines.map((l) => l.text)));
}

export function key(s: string): string {
	return normaliseForKey(s);
}

/**
 * Splits lines from..to (1-based, inclusive) into pages (>= 2 blank lines)
 * and paragraphs (1 blank line, or an indented line when splitOnIndent).
 */
export function splitPages(lines: string[], from: number, to: number, splitOnIndent: boolean): Page[] {
	const pages: Page[] = [];
	let paras: Para[] = [];
	let cur: Line[] = [];
	let blanks = 0;
	const closePara = () => {
		if (cur.length) paras.push({ lines: cur, lead: /^\s/.test(cur[0].text) });
		cur = [];
	};
	const closePage = () => {
		closePara();
		if (paras.length) pages.push({ paras });
		paras = [];
	};
	for (let n = from; n <= to; n++) {
		const text = lines[n - 1] ?? '';
		if (text.trim() === '') {
			blanks++;
			continue;
		}
		if (blanks >= 2) closePage();
		else if (blanks === 1 || (splitOnIndent && cur.length > 0 && /^\s/.test(text))) closePara();
		blanks = 0;
		cur.push({ n, text });
	}
	closePage();
	return pages;
}

/** True when the paragraph's first visible character is a lower-case letter. */
export function startsLower(p: Para): boolean {
	const t = p.lines[0].text.trim();
	return /^\p{Ll}/u.test(t);
}

/**
 * A paragraph that starts in lower case, without the indent that marks a new
 * block, continues the previous one: tall cells break mid-sentence with a
 * blank line (seed lines 84-86 "avsaknad av" / "trygga vuxna").
 */
export function joinContinuations(paras: Para[]): Para[] {
	const out: Para[] = [];
	for (const p of paras) {
		const prev = out[out.length - 1];
		if (prev && !p.lead && startsLower(p)) prev.lines = [...prev.lines, ...p.lines];
		else out.push({ lines: [...p.lines], lead: p.lead });
	}
	return out;
}

// The template's own instruction cells, in every sheet.
export const LEFT_TEMPLATE = [
	'Ange identifierat problemområde eller utmaning här',
	'Beskriv orsaken till problemet, kan vara flera, gör då flera separata åtgärder.'
].map(key);
export const MIDDLE_TEMPLATE = [
	'Koppla åtgärd mot respektive orsak. Beskriv tydligt vad som ska göras och hur det ska utföras.',
	'Koppla operativa mål till varje åtgärd.',
	'Ange tid för när åtgärden ska vara genomförd (alt linjearbete).',
	'Ange vem som ansvarar för åtgärden.'
].map(key);
export const FOLLOWUP_TEMPLATE = [
	'Beskriv vad som har genomförts. Hur har parterna uppfyllt sina åtaganden.',
	'Denna kolumn fylls i i samband med uppföljning.'
].map(key);

export function isTemplate(p: Para, phrases: string[]): boolean {
	const k = key(paraText(p));
	return k !== '' && phrases.some((ph) => k === ph);
}

/**
 * Takes the template's instruction paragraphs off the top of every page (the
 * city's guidance for filling in a column, no data) and returns the one issue
 * that says so, or null where the sheet has none. Mutates `pages`.
 */
export function dropTemplate(pages: Para[][], phrases: string[], message: string): ParsedIssue | null {
	const tpl: Para[] = [];
	for (const paras of pages) while (paras.length && isTemplate(paras[0], phrases)) tpl.push(paras.shift()!);
	if (!tpl.length) return null;
	return { line: first(tpl[0]), line_end: last(tpl[tpl.length - 1]), severity: 'info', code: 'template_text', message };
}

export const MIDDLE_HEADER = key('Åtgärd Operativa mål När Vem');
export const ANALYSIS_HEADING = key('Sammanställning över prioriterade områden');
