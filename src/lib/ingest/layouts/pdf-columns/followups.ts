// The Uppföljning band of one sheet: one cell per row, each cell holding
// dated entries ("250828: ...", "251120: ...", "VB: ..."). An entry may start
// mid-line (seed line 530 "att öka upptäkt. 251120: Öppna förskolan").
import type { Line, Page } from './blocks';
import { FOLLOWUP_TEMPLATE, clean, dropTemplate, first, last } from './blocks';
import type { ParsedIssue } from '../../types';

export interface Entry {
	period: string;
	text: string;
	line_start: number;
	line_end: number;
}

export interface Cell {
	page: number;
	line_start: number;
	line_end: number;
	entries: Entry[];
}

const PREFIX = /(^|\s)(\d{6}|VB|T[1-3]):(?=\s|$)/g;

/** `250828` -> `2025-08-28`; null when it is no calendar date. */
export function yymmdd(s: string): string | null {
	const m = /^(\d\d)(\d\d)(\d\d)$/.exec(s);
	if (!m) return null;
	const mo = +m[2];
	const d = +m[3];
	if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
	return `20${m[1]}-${m[2]}-${m[3]}`;
}

interface Mark {
	line: number;
	/** Offset of the entry text (after the prefix) in that line. */
	textAt: number;
	/** Offset where the prefix starts (end of the previous entry). */
	cutAt: number;
	period: string;
}

export function splitEntries(lines: Line[], issues: ParsedIssue[]): Entry[] {
	const marks: Mark[] = [];
	for (const l of lines) {
		PREFIX.lastIndex = 0;
		for (let m = PREFIX.exec(l.text); m; m = PREFIX.exec(l.text)) {
			const label = m[2];
			const period = /^\d/.test(label) ? yymmdd(label) : label;
			if (!period) continue;
			const cutAt = m.index + m[1].length;
			marks.push({ line: l.n, cutAt, textAt: cutAt + label.length + 1, period });
		}
	}
	const slice = (from: { line: number; at: number }, to: { line: number; at: number } | null) => {
		const parts: string[] = [];
		let lineEnd = from.line;
		for (const l of lines) {
			if (l.n < from.line || (to && l.n > to.line)) continue;
			const a = l.n === from.line ? from.at : 0;
			const b = to && l.n === to.line ? to.at : l.text.length;
			const piece = l.text.slice(a, b);
			if (piece.trim()) {
				parts.push(piece);
				lineEnd = l.n;
			}
		}
		return { text: clean(parts.join(' ')), lineEnd };
	};
	const entries: Entry[] = [];
	const startLine = lines[0].n;
	const lead = slice({ line: startLine, at: 0 }, marks.length ? { line: marks[0].line, at: marks[0].cutAt } : null);
	if (lead.text) {
		if (!marks.length) {
			// An undated cell is the year's follow-up.
			entries.push({ period: 'arsuppfoljning', text: lead.text, line_start: startLine, line_end: lead.lineEnd });
		} else {
			// "Under möte 250429 spånas det vidare ..." (seed line 1444): text before
			// the first prefix; a date written in it gives its period.
			const inline = /\b(\d{6})\b/.exec(lead.text);
			const period = (inline && yymmdd(inline[1])) || 'arsuppfoljning';
			entries.push({ period, text: lead.text, line_start: startLine, line_end: lead.lineEnd });
			issues.push({
				line: startLine,
				line_end: lead.lineEnd,
				severity: 'warning',
				code: 'followup_without_prefix',
				message:
					period === 'arsuppfoljning'
						? 'Uppföljningscellen börjar med text utan datumprefix (väntade t.ex. "250828:"); texten lästes som en odaterad uppföljning.'
						: `Uppföljningscellen börjar med text utan datumprefix (väntade t.ex. "250828:"); perioden ${period} lästes från datumet i texten. Kontrollera att det stämmer.`
			});
		}
	}
	marks.forEach((m, i) => {
		const next = marks[i + 1];
		const s = slice({ line: m.line, at: m.textAt }, next ? { line: next.line, at: next.cutAt } : null);
		if (!s.text) {
			issues.push({
				line: m.line,
				line_end: m.line,
				severity: 'warning',
				code: 'empty_followup',
				message: `Uppföljningen med prefixet för ${m.period} saknar text; ingen uppföljning skapades.`
			});
			return;
		}
		entries.push({ period: m.period, text: s.text, line_start: m.line, line_end: Math.max(m.line, s.lineEnd) });
	});
	return entries;
}

export function parseFollowupCells(pages: Page[], areaLabel: string): { cells: Cell[]; issues: ParsedIssue[] } {
	const issues: ParsedIssue[] = [];
	const tpl = dropTemplate(
		pages.map((pg) => pg.paras),
		FOLLOWUP_TEMPLATE,
		`Mallens instruktioner för kolumnen Uppföljning i fliken "${areaLabel}"; de hoppas över.`
	);
	if (tpl) issues.push(tpl);
	const cells: Cell[] = [];
	pages.forEach((pg, pi) => {
		for (const p of pg.paras) {
			const entries = splitEntries(p.lines, issues);
			if (entries.length) cells.push({ page: pi, line_start: first(p), line_end: last(p), entries });
		}
	});
	return { cells, issues };
}
