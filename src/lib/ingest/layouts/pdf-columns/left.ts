// The left column band of one sheet: area text (column A), problem areas
// (column B) and causes (column C). The PDF loses the column of each cell,
// so the kind of a cell is read from its shape and its place.
import type { ParsedIssue } from '../../types';
import {
	type Line,
	type Page,
	type Para,
	LEFT_TEMPLATE,
	clean,
	first,
	dropTemplate,
	joinContinuations,
	key,
	last,
	paraText
} from './blocks';

export interface LeftCell {
	kind: 'problem' | 'cause';
	lines: Line[];
	text: string;
	/** Index of the page inside the left band. */
	page: number;
}

export interface LeftResult {
	cells: LeftCell[];
	/** Causes per page, for aligning with the rows of the measure band. */
	causesPerPage: number[];
	issues: ParsedIssue[];
}

const PUNCT = /[.:;?!,]/;
const words = (s: string) => s.split(/\s+/).filter(Boolean);
const upper = (s: string) => /^\p{Lu}/u.test(s.trim());

/** "Öppen drogscen", "VBE", "Barn som bevittnar våld": a short label with no punctuation. */
function isShortLabel(s: string): boolean {
	const t = clean(s);
	const w = words(t);
	return w.length > 0 && w.length <= 5 && !PUNCT.test(t) && upper(t);
}

// The template's standing row label (seed lines 167, 662, 1589).
const LINE_WORK = /^Linjearbete som är av fortsatt prioritet/;
// A label glued to its cause on one line: "Avhopparverksamhet Det kan inte lösas" (seed line 2144).
const GLUED = /^(\p{Lu}[\p{L}-]+)\s+((?:Det|Den|De|Detta|Vi|Man|Här|Att)\s.+)$/u;

type Shape =
	| { kind: 'problem' }
	| { kind: 'candidate' }
	| { kind: 'cause' }
	| { kind: 'split'; label: Line[]; rest: Line[]; labelText: string; restText: string };

function maxWidth(p: Para): number {
	return Math.max(...p.lines.map((l) => l.text.trim().length));
}

function shapeOf(p: Para, wide: number): Shape {
	const text = paraText(p);
	if (LINE_WORK.test(text)) return { kind: 'candidate' };
	const l0 = p.lines[0].text.trim();
	if (p.lines.length >= 2 && isShortLabel(l0) && upper(p.lines[1].text)) {
		// "Uppföljning" / "Bristande uppföljning. ..." (seed lines 1067-1068)
		const rest = p.lines.slice(1);
		return {
			kind: 'split',
			label: [p.lines[0]],
			rest,
			labelText: clean(l0),
			restText: clean(rest.map((l) => l.text).join(' '))
		};
	}
	const g = GLUED.exec(l0);
	if (g && words(l0).length >= 4) {
		const rest = p.lines.slice(1).map((l) => l.text);
		return {
			kind: 'split',
			label: [p.lines[0]],
			rest: p.lines,
			labelText: clean(g[1]),
			restText: clean([g[2], ...rest].join(' '))
		};
	}
	if (p.lines.length === 1 && isShortLabel(text)) return { kind: 'candidate' };
	// Wide, unpunctuated, short: a problem cell of a wider column than the
	// causes (seed lines 120-121, 134-137, 157-160 in the first sheet).
	if (p.lines.length <= 3 && upper(text) && !/[.?!:]/.test(text) && maxWidth(p) > wide) return { kind: 'candidate' };
	return { kind: 'cause' };
}

function median(xs: number[]): number {
	if (!xs.length) return 0;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

export function parseLeft(pagesIn: Page[], areaLabel: string, rowsPerPage: number[] = []): LeftResult {
	const issues: ParsedIssue[] = [];
	const pages = pagesIn.map((pg) => joinContinuations(pg.paras));
	// Template instruction cells come first.
	const tpl = dropTemplate(
		pages,
		LEFT_TEMPLATE,
		`Mallens instruktioner för problemområde och orsak i fliken "${areaLabel}"; de är ingen data och hoppas över.`
	);
	if (tpl) issues.push(tpl);
	const all = pages.flat();
	const wide = median(all.map(maxWidth)) + 6;
	const seen = new Set<string>();
	const cells: LeftCell[] = [];
	const causesPerPage: number[] = pages.map(() => 0);
	let areaStart = -1;
	let areaEnd = -1;
	let firstPage = true;
	let alignedSoFar = true;

	pages.forEach((paras, pi) => {
		if (!paras.length) return;
		let i = 0;
		if (firstPage) {
			// Column A: the area label and its general description, printed
			// first; it runs until the first cell shaped like a problem area.
			firstPage = false;
			areaStart = first(paras[0]);
			areaEnd = last(paras[0]);
			seen.add(key(paraText(paras[0])));
			i = 1;
			while (i < paras.length && shapeOf(paras[i], wide).kind === 'cause') {
				areaEnd = last(paras[i]);
				seen.add(key(paraText(paras[i])));
				i++;
			}
		}
		// Shapes of the page's own cells; merged cells repeated on later pages
		// (seed lines 1095-1150, 1152, 1658) are set aside.
		const own: { p: Para; s: Shape }[] = [];
		const repeats: Para[] = [];
		for (; i < paras.length; i++) {
			const k = key(paraText(paras[i]));
			if (seen.has(k)) repeats.push(paras[i]);
			else {
				seen.add(k);
				own.push({ p: paras[i], s: shapeOf(paras[i], wide) });
			}
		}
		// A problem area comes before the cause on its row: a label with no
		// cause after it on the page is a cause ("Fattigdom", seed line 165;
		// "Otrygghet kan uppstå plötsligt", seed line 676).
		for (let j = own.length - 1; j >= 0; j--) {
			if (own[j].s.kind !== 'candidate') continue;
			const next = own[j + 1]?.s.kind;
			if (next === 'cause' || next === 'split') own[j].s = { kind: 'problem' };
			else own[j].s = { kind: 'cause' };
		}
		const pageCells: LeftCell[] = [];
		for (const { p, s } of own) {
			if (s.kind === 'split') {
				pageCells.push({ kind: 'problem', lines: s.label, text: s.labelText, page: pi });
				pageCells.push({ kind: 'cause', lines: s.rest, text: s.restText, page: pi });
			} else {
				const kind = s.kind === 'problem' ? 'problem' : 'cause';
				pageCells.push({ kind, lines: p.lines, text: paraText(p), page: pi });
			}
		}
		// Only while the pages so far line up with the rows: merging is a guess otherwise.
		const merged = alignedSoFar ? mergeCauseParagraphs(pageCells, rowsPerPage[pi], areaLabel, issues) : pageCells;
		cells.push(...merged);
		causesPerPage[pi] = merged.filter((c) => c.kind === 'cause').length;
		if (causesPerPage[pi] !== (rowsPerPage[pi] ?? 0)) alignedSoFar = false;
		for (const r of repeats)
			issues.push({
				line: first(r),
				line_end: last(r),
				severity: 'info',
				code: 'repeated_merged_cell',
				message:
					'Texten upprepar en sammanslagen cell som redan lästs in ovanför (PDF:en skriver ut den på varje sida); den räknas inte igen.'
			});
	});
	if (areaStart > 0)
		issues.push({
			line: areaStart,
			line_end: areaEnd,
			severity: 'info',
			code: 'area_description',
			message: `Områdets allmänna beskrivning i fliken "${areaLabel}" (kolumnen före problemområdena). Den är varken problemområde eller orsak och läses inte in som sådan; texten finns kvar i källan.`
		});
	return { cells, causesPerPage, issues };
}

/**
 * A cause cell with paragraphs of its own ("Överservering ..." / "Att bedriva
 * tillsyn ..." / "Sett ur perspektivet ...", seed lines 1158-1180) prints as
 * several blocks. When the page has more causes than rows and the causes fall
 * in exactly as many runs (one per problem area) as there are rows, each run
 * is one cell. Anything less clear is left as it is.
 */
function mergeCauseParagraphs(
	cells: LeftCell[],
	rows: number | undefined,
	areaLabel: string,
	issues: ParsedIssue[]
): LeftCell[] {
	const causes = cells.filter((c) => c.kind === 'cause').length;
	if (rows === undefined || rows === 0 || causes <= rows) return cells;
	const runs: LeftCell[][] = [];
	let prevCause = false;
	for (const c of cells) {
		if (c.kind === 'cause') {
			if (prevCause) runs[runs.length - 1].push(c);
			else runs.push([c]);
		}
		prevCause = c.kind === 'cause';
	}
	if (runs.length !== rows) return cells;
	const out: LeftCell[] = [];
	for (const c of cells) {
		if (c.kind !== 'cause') {
			out.push(c);
			continue;
		}
		const run = runs.find((r) => r[0] === c);
		if (!run) continue;
		if (run.length === 1) {
			out.push(c);
			continue;
		}
		out.push({
			kind: 'cause',
			lines: run.flatMap((r) => r.lines),
			text: run.map((r) => r.text).join(' '),
			page: c.page
		});
		issues.push({
			line: run[0].lines[0].n,
			line_end: run[run.length - 1].lines[run[run.length - 1].lines.length - 1].n,
			severity: 'warning',
			code: 'cause_paragraphs_joined',
			message: `${run.length} stycken i fliken "${areaLabel}" lästes som en och samma orsak, eftersom sidan har ${rows} rader med åtgärder men fler orsaksstycken. Kontrollera att det är en cell i källan.`
		});
	}
	return out;
}
