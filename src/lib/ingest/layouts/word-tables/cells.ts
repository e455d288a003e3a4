// Line and cell helpers for the Word-to-markdown export (layout `word-tables`).
// A Word table row is one line with tab-separated cells; cells carry leftover
// HTML (`<p>`, `<ol>`, `<i>`, style attributes) that stripHtml removes.
import { squash, stripHtml } from '../../normalise';
import type { ParsedIssue } from '../../types';

export function splitCells(line: string): string[] {
	return line.split('\t');
}

/** Plain text of a cell: HTML stripped, whitespace squashed to single spaces. */
export function cleanCell(raw: string | undefined): string {
	return squash(stripHtml(raw ?? ''));
}

export function isTabRow(line: string): boolean {
	return line.includes('\t');
}

/**
 * Markdown table rules left by the export: `---------------------\t---\t---\t---`
 * (line 120) or `--\t--` (line 144). Every cell is dashes; at least one has two.
 */
export function isRuleLine(line: string): boolean {
	const cells = splitCells(line).map((c) => c.trim());
	return cells.every((c) => /^-*$/.test(c)) && cells.some((c) => /^--+$/.test(c));
}

/** Column positions read from the first table's header row. */
export interface Columns {
	name: number;
	orsak: number;
	atgard: number;
	nar: number;
	width: number;
}

/**
 * `Prioriterat samverkansområde\tOrsak\tÅtgärd\tNär` (line 19). A header that also
 * has Vem/Uppföljning is the one-table Excel layout (tsv-rows), not this one.
 */
export function readHeader1(line: string): Columns | null {
	if (!isTabRow(line)) return null;
	const cells = splitCells(line).map((c) => cleanCell(c).toLowerCase());
	if (!/^prioriterat samverkansområde$/.test(cells[0] ?? '')) return null;
	if (cells.some((c) => c === 'vem' || c === 'uppföljning')) return null;
	const orsak = cells.indexOf('orsak');
	const atgard = cells.indexOf('åtgärd');
	const nar = cells.indexOf('när');
	if (orsak < 0 && atgard < 0) return null;
	return { name: 0, orsak, atgard, nar, width: cells.length };
}

/**
 * The second table's header: `Vem\tUppföljning` (line 35), or the damaged
 * `Vem**Uppföljning**` (line 89) where the table came out as loose paragraphs.
 */
export function readHeader2(line: string): { broken: boolean } | null {
	if (isTabRow(line)) {
		const cells = splitCells(line)
			.map((c) => cleanCell(c).toLowerCase())
			.filter((c) => c !== '');
		return cells.length === 2 && cells[0] === 'vem' && cells[1] === 'uppföljning' ? { broken: false } : null;
	}
	return cleanCell(line)
		.replace(/[*_\s]/g, '')
		.toLowerCase() === 'vemuppföljning'
		? { broken: true }
		: null;
}

// The city template's instructions, repeated under every header (lines 20, 36, 91-95).
const TEMPLATE =
	/Beskriv orsaken till problemet|Koppla åtgärd mot respektive orsak|Ange tid för när åtgärden|Ange vem som ansvarar|Beskriv vad som har genomförts|Denna kolumn fylls i|Hur har parterna uppfyllt/i;

export function isTemplateText(text: string): boolean {
	return TEMPLATE.test(text);
}

/** True when every non-empty cell of the row is template instruction text. */
export function isTemplateRow(cells: string[]): boolean {
	const filled = cells.map(cleanCell).filter((c) => c !== '');
	return filled.length > 0 && filled.every(isTemplateText);
}

/** Consecutive non-blank lines: one paragraph of a loose (tab-less) block. */
export interface Paragraph {
	line_start: number;
	line_end: number;
	text: string;
}

export function issue(
	line: number,
	line_end: number,
	severity: ParsedIssue['severity'],
	code: string,
	message: string
): ParsedIssue {
	return { line, line_end, severity, code, message };
}
