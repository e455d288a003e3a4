// Helpers for the tsv-rows layout: cells, the column-header row, the template's
// area row, follow-up entries and the heading lines before the first table.
import { isBlank, joinWrapped, squash, stripHtml } from '../../normalise';
import type { LineRange } from '../../types';

/** Cell text as plain words (stripHtml also removes entity-encoded tags such as `&lt;script&gt;`). */
export function cleanCell(raw: string | undefined): string {
	if (!raw) return '';
	return squash(stripHtml(raw));
}

export type ColumnName =
	'problem' | 'orsak' | 'atgard' | 'beskrivning' | 'operativt_mal' | 'nar' | 'vem' | 'uppfoljning';

export type ColumnMap = Partial<Record<ColumnName, number>>;

// Whole-cell matches only: a data row such as "Problem A\tOrsak A\tÅtgärd A" is no header.
const COLUMN_PATTERNS: [ColumnName, RegExp][] = [
	['orsak', /^orsak(er)?$/],
	['atgard', /^åtgärd(er)?$/],
	['beskrivning', /^beskrivning$/],
	['operativt_mal', /^operativ(a|t)? mål$/],
	['nar', /^när$/],
	['vem', /^(vem|ansvarig)$/],
	['uppfoljning', /^uppföljning$/],
	['problem', /^(prioriterat )?samverkansområde$|^problem(område)?$/]
];

/** Columns of a header row; null unless it has both an "Orsak" and an "Åtgärd" cell. */
export function headerColumns(line: string): { columns: ColumnMap; width: number } | null {
	if (!line.includes('\t')) return null;
	const cells = line.split('\t').map((c) =>
		cleanCell(c)
			.toLowerCase()
			.replace(/[\s:*]+$/, '')
	);
	const columns: ColumnMap = {};
	cells.forEach((cell, i) => {
		for (const [name, re] of COLUMN_PATTERNS) {
			if (columns[name] === undefined && re.test(cell)) {
				columns[name] = i;
				break;
			}
		}
	});
	if (columns.orsak === undefined || columns.atgard === undefined) return null;
	// The template's first column holds the area on the area row and the problem
	// on data rows, whatever its header says.
	if (columns.problem === undefined) columns.problem = 0;
	return { columns, width: cells.length };
}

// The template's instructions: "Beskriv orsaken ...", "Koppla åtgärd ...",
// "Ange tid ...", "Ange vem ...". Skarpnäck line 18 wraps them in <i>, line 32 does not.
const INSTRUCTION = /^(beskriv|koppla|ange)\b/i;

/** True for the row after a header whose non-first cells are the template's instructions (or empty). */
export function isAreaRow(cells: string[], problemCol: number): boolean {
	const others = cells.filter((_, i) => i !== problemCol);
	const first = cleanCell(cells[problemCol]);
	if (first === '') return false;
	const filled = others.filter((c) => cleanCell(c) !== '');
	return filled.every((c) => INSTRUCTION.test(cleanCell(c)) || /^\s*<i>/i.test(c));
}

export interface FollowupEntry {
	period: string;
	text: string;
}

// A labelled entry starts the cell or follows whitespace: "250828: ...", "VB: ...", "T1: ...".
const ENTRY_LABEL = /(?:^|\s)(\d{6}|VB|T[123])\s*:\s*/g;

function periodOf(label: string): string | null {
	if (!/^\d{6}$/.test(label)) return label;
	const [yy, mm, dd] = [label.slice(0, 2), label.slice(2, 4), label.slice(4, 6)];
	if (+mm < 1 || +mm > 12 || +dd < 1 || +dd > 31) return null;
	return `20${yy}-${mm}-${dd}`;
}

/**
 * One Uppföljning cell -> follow-up entries. The Skarpnäck cells are undated
 * year-end texts (one `arsuppfoljning` entry each); a cell that carries dated or
 * labelled entries is split at the labels, and text before the first label is
 * kept as an undated entry.
 */
export function splitFollowups(text: string): FollowupEntry[] {
	if (text === '') return [];
	const marks: { at: number; after: number; period: string }[] = [];
	for (const m of text.matchAll(ENTRY_LABEL)) {
		const period = periodOf(m[1]);
		if (period) marks.push({ at: m.index, after: m.index + m[0].length, period });
	}
	if (marks.length === 0) return [{ period: 'arsuppfoljning', text }];
	const out: FollowupEntry[] = [];
	const head = squash(text.slice(0, marks[0].at));
	if (head) out.push({ period: 'arsuppfoljning', text: head });
	marks.forEach((m, i) => {
		const body = squash(text.slice(m.after, i + 1 < marks.length ? marks[i + 1].at : text.length));
		if (body) out.push({ period: m.period, text: body });
	});
	return out;
}

export interface Preamble {
	title: string;
	year: number | null;
	district_name: string | null;
	police_areas: string[];
	plan_lines: LineRange[];
	/** Lines before the first table that are neither title nor parties nor diary numbers. */
	other_lines: number[];
}

// A title line that ends in a joining word wraps onto the next line
// (Skarpnäck lines 3-4: "... mellan Stockholms stad och" / "Polisregion Stockholm").
const WRAPS_ON = /(\boch|\bsamt|\bmellan|\bför|\bi|\bav|\bmed|[-–,])\s*$/i;
const PLAN_LINE =
	/diarienummer|stadsdelsförvaltning|stadsdelsområde|lokalpolisområde|polisregion|förvaltningen?\b|kontoret\b|\b[A-ZÅÄÖ]{1,6}[\s.-]?\d{4}[/-]\d{2,}|\b\d{4}[/-]\d{2,}\b/i;

/** Reads the heading lines before the first header row (indices are 0-based, lines 1-based). */
export function readPreamble(lines: string[], end: number): Preamble {
	const out: Preamble = {
		title: '',
		year: null,
		district_name: null,
		police_areas: [],
		plan_lines: [],
		other_lines: []
	};
	let i = 0;
	while (i < end && isBlank(lines[i])) i++;
	const titleLines: string[] = [];
	const planLine = new Set<number>();
	while (i < end && !isBlank(lines[i])) {
		titleLines.push(lines[i]);
		planLine.add(i + 1);
		if (!WRAPS_ON.test(lines[i])) {
			i++;
			break;
		}
		i++;
	}
	out.title = cleanCell(joinWrapped(titleLines));
	const yearHit = /\b(20\d\d)\b/.exec(out.title);
	out.year = yearHit ? Number(yearHit[1]) : null;
	for (let j = i; j < end; j++) {
		if (isBlank(lines[j])) continue;
		if (PLAN_LINE.test(lines[j]) && lines[j].length < 200) planLine.add(j + 1);
		else out.other_lines.push(j + 1);
	}
	const heads = [...planLine].sort((a, b) => a - b).map((n) => cleanCell(lines[n - 1]));
	for (const text of heads) {
		// "Skarpnäcks stadsdelsförvaltning" -> "Skarpnäck": drop the genitive s.
		const d = /([\p{Lu}][\p{L}-]*)\s+stadsdelsförvaltning/u.exec(text);
		if (d && !out.district_name) out.district_name = d[1].replace(/s$/, '');
		for (const m of text.matchAll(
			/(?:[Ll]okalpolisområde(?:t|na)?|\bLPO)\s+(\p{Lu}[\p{L}-]+(?:\s+och\s+\p{Lu}[\p{L}-]+)*)/gu
		)) {
			for (const name of m[1].split(/\s+och\s+/)) {
				if (!out.police_areas.includes(name)) out.police_areas.push(name);
			}
		}
	}
	for (const n of [...planLine].sort((a, b) => a - b)) {
		const last = out.plan_lines[out.plan_lines.length - 1];
		if (last && last.line_end === n - 1) last.line_end = n;
		else out.plan_lines.push({ line_start: n, line_end: n });
	}
	return out;
}
