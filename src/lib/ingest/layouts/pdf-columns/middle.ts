// The middle column band of one sheet: Åtgärd, Operativa mål, När, Vem.
// A row is read as: Åtgärd paragraph(s), Operativa mål paragraph, then a
// paragraph that starts with the När value ("2025", "T2+VB", "i linje",
// "Vid behov"), whose rest (or the next paragraph) is Vem.
import type { ParsedIssue } from '../../types';
import { readTimingCell, type TimingCell } from '../../normalise/timing';
import {
	type Line,
	type Page,
	type Para,
	MIDDLE_TEMPLATE,
	clean,
	dropTemplate,
	key,
	last,
	paraText,
	startsLower
} from './blocks';

export interface Row {
	kind: 'measure' | 'continuation';
	page: number;
	description: string | null;
	goal: string | null;
	timing: string | null;
	responsible: string | null;
	line_start: number;
	line_end: number;
	/** Lines where the Åtgärd text starts (for messages). */
	descLine: number;
}

export interface MiddleResult {
	rows: Row[];
	/** Rows (measures and continuation rows) per page, for aligning with the other bands. */
	rowsPerPage: number[];
	issues: ParsedIssue[];
}

type Timing = TimingCell;

// A När cell is recognised by its shape (normalise/timing.ts), not by the seed's wordings.
function readTiming(text: string): Timing | null {
	return readTimingCell(text);
}

/** A När cell, alone or followed by Vem in the same block. */
function timingPara(p: Para): Timing | null {
	if (p.lines.length > 6) return null;
	const t = readTiming(paraText(p));
	if (!t || t.rest.split(/\s+/).length > 14) return null;
	// "Vid behov genomföra situationsanpassad samverkan." (seed lines 886-888) is an
	// Operativa mål that starts like a När value: Vem never starts in lower case.
	if (t.rest && !/^[\p{Lu}\d[(]/u.test(t.rest)) return null;
	return t;
}

/**
 * När and Vem printed at the end of the last line of the Operativa mål cell:
 * "till T2. T2 och i linje" (seed line 1386), "(människohandel). I linje
 * Kommunpoliser" (seed line 1432).
 */
function inlineTiming(p: Para): { head: string; t: Timing } | null {
	const lastLine = p.lines[p.lines.length - 1].text.trim();
	// Try each sentence end of the line: the När value starts right after one.
	for (const m of lastLine.matchAll(/[.)]\s+/gu)) {
		const t = readTiming(lastLine.slice(m.index! + m[0].length));
		if (!t || t.rest.split(/\s+/).filter(Boolean).length > 4) continue;
		if (t.rest && !/^[\p{Lu}\d[(]/u.test(t.rest)) continue;
		return { head: lastLine.slice(0, m.index! + 1), t };
	}
	return null;
}

const linesText = (ls: Line[]) => clean(ls.map((l) => l.text).join(' '));

export function parseMiddle(pages: Page[], areaLabel: string): MiddleResult {
	const issues: ParsedIssue[] = [];
	const rows: Row[] = [];
	const rowsPerPage = pages.map(() => 0);
	const tpl = dropTemplate(
		pages.map((pg) => pg.paras),
		MIDDLE_TEMPLATE,
		`Mallens instruktioner för Åtgärd, Operativa mål, När och Vem i fliken "${areaLabel}"; de hoppas över.`
	);
	if (tpl) issues.push(tpl);
	const goals = new Set<string>();
	const descs = new Set<string>();

	pages.forEach((pg, pi) => {
		const paras = pg.paras;
		let pre: { lines: Line[]; lead: boolean }[] = [];
		const close = (timing: string | null, who: string | null, endLine: number) => {
			const texts = pre.map((p) => linesText(p.lines));
			const start = pre.length ? pre[0].lines[0].n : endLine;
			let kind: Row['kind'] = 'measure';
			let description: string | null = null;
			let goal: string | null = null;
			if (texts.length === 0) kind = 'continuation';
			else if (texts.length === 1) {
				// One block before När: the Operativa mål of a row whose Åtgärd is a
				// merged cell above (seed lines 362-369), when that goal was seen before.
				if (goals.has(key(texts[0])) && rows.some((r) => r.kind === 'measure')) {
					kind = 'continuation';
					goal = texts[0];
				} else description = texts[0];
			} else {
				description = texts.slice(0, -1).join(' ');
				goal = texts[texts.length - 1];
			}
			if (goal) goals.add(key(goal));
			if (description) descs.add(key(description));
			rows.push({
				kind,
				page: pi,
				description,
				goal,
				timing,
				responsible: who,
				line_start: start,
				line_end: endLine,
				descLine: start
			});
			rowsPerPage[pi]++;
			pre = [];
		};
		for (let i = 0; i < paras.length; i++) {
			const p = paras[i];
			const t = timingPara(p);
			if (t) {
				let who = t.rest || null;
				let end = last(p);
				const next = paras[i + 1];
				if (!who && next && !timingPara(next) && next.lines.length <= 6 && paraText(next).split(/\s+/).length <= 14) {
					who = paraText(next);
					end = last(next);
					i++;
				}
				close(clean(t.timing), who, end);
				continue;
			}
			const next = paras[i + 1];
			const inl = !next || !timingPara(next) ? inlineTiming(p) : null;
			if (inl) {
				const ls = [...p.lines];
				ls[ls.length - 1] = { n: ls[ls.length - 1].n, text: inl.head };
				pre.push({ lines: ls, lead: p.lead });
				let who = inl.t.rest || null;
				let end = last(p);
				if (!who && next && next.lines.length <= 6 && paraText(next).split(/\s+/).length <= 14) {
					who = paraText(next);
					end = last(next);
					i++;
				}
				close(clean(inl.t.timing), who, end);
				continue;
			}
			if (pre.length && !p.lead && startsLower(p)) pre[pre.length - 1].lines.push(...p.lines);
			else pre.push({ lines: [...p.lines], lead: p.lead });
		}
		if (pre.length) {
			// Blocks after the page's last När: a merged Åtgärd cell printed again
			// on this page (seed lines 411-414), or a row with no När/Vem.
			const text = pre.map((p) => linesText(p.lines)).join(' ');
			const s = pre[0].lines[0].n;
			const e = pre[pre.length - 1].lines[pre[pre.length - 1].lines.length - 1].n;
			if (descs.has(key(text)))
				issues.push({
					line: s,
					line_end: e,
					severity: 'info',
					code: 'repeated_merged_cell',
					message:
						'Åtgärdstexten upprepar en sammanslagen cell som redan lästs in ovanför (PDF:en skriver ut den på varje sida); den räknas inte igen.'
				});
			else {
				const at = rows.length;
				close(null, null, e);
				issues.push({
					line: s,
					line_end: e,
					severity: 'warning',
					code: 'row_without_timing',
					message: `Raden saknar När och Vem (väntade t.ex. "2025 Avdelningschef" efter åtgärd och operativt mål). Texten lästes som åtgärd${rows[at].goal ? ' med operativt mål' : ''}; kontrollera raden i källan.`
				});
			}
		}
	});
	return { rows, rowsPerPage, issues };
}

/** Short name of a measure: the cell's lead phrase before ":", else its first sentence, as written. */
export function titleOf(desc: string): string {
	const sentence = /[.!?](?=\s+[\p{Lu}\d"”•]|$)/u.exec(desc);
	const end = sentence ? sentence.index : -1;
	const colon = desc.indexOf(': ');
	const colonEnd = colon < 0 && desc.endsWith(':') ? desc.length - 1 : colon;
	if (colonEnd > 0 && colonEnd <= 80 && (end < 0 || colonEnd < end)) return desc.slice(0, colonEnd).trim();
	if (end >= 0) return desc.slice(0, end + 1).trim();
	return desc;
}
