// One two-column key/value table of the forum-keyvalue layout -> measures and issues.
//
// A forum table (skarholmen-gemensam-atgardsplan.txt lines 87-99) names the
// forum ("Samverkansforum"), who leads it ("Ansvarig"), its activities as
// bullet lists ("Prioriterade aktiviteter första halvåret", "Tänkbara
// aktiviteter") and what each party contributes. Every bullet is one measure.
// A table without activity rows but with an "Aktivitet" key (lines 50-65,
// Brottsförebyggande rådet) is one measure by itself.

import { cleanCell } from './front';
import { stripHtml, squash } from '../../normalise';
import type { ParsedIssue, ParsedMeasure } from '../../types';

export interface CellPart {
	/** 1-based line number. */
	line: number;
	text: string;
}

export interface TableRow {
	key: string;
	/** 1-based line of the key. */
	line: number;
	/** The value on the key's line, then wrapped tails on later lines. */
	parts: CellPart[];
}

export interface ForumTable {
	rows: TableRow[];
	first: number;
	last: number;
	/** Non-blank lines of the table (1-based). */
	lines: number[];
}

export interface TableContext {
	area_label_raw: string | null;
	problem_key: string | null;
	nextKey: () => string;
}

export const TABLE_START = /^(samverkansforum|aktivitet)$/i;
// "Prioriterade aktiviteter första halvåret", "Tänkbara aktiviteter"; not the single "Aktivitet"
// (the name key of the council table, line 50) nor "Aktivitetsansvarig" (line 55).
const ACTIVITY_KEY = /aktiviteter/i;
const RESPONSIBLE_KEY = /^(ansvarig|aktivitetsansvarig)$/i;
const POLICE_KEY = /^polisens\b/i;
const PURPOSE_KEY = /^syfte$/i;
const TIMING_KEY = /^(tidplan|när)$/i;

function rowValue(row: TableRow): string {
	return squash(row.parts.map((p) => cleanCell(p.text)).join(' '));
}

function find(table: ForumTable, re: RegExp): TableRow | undefined {
	return table.rows.find((r) => re.test(r.key));
}

interface Bullet {
	text: string[];
	line_start: number;
	line_end: number;
}

/**
 * Bullets of one activity cell. The seed writes them inline after an unclosed
 * `<ul style="list-style-type: none">` (line 89: `<ul ...> • A • B • C`); a tail
 * wrapped onto a later line belongs to the last bullet (lines 120-122:
 * "... i nybyggnation och befintlig" + "byggnation"). `<li>` items count too.
 */
export function splitBullets(parts: CellPart[]): Bullet[] {
	const bullets: Bullet[] = [];
	parts.forEach((part, partIndex) => {
		const text = stripHtml(part.text).replace(/(^|\n)\s*[-–*]\s+/g, '$1• ');
		const pieces = text.split('•');
		pieces.forEach((piece, pieceIndex) => {
			const words = squash(piece);
			const continues = pieceIndex === 0 && partIndex > 0 && bullets.length > 0;
			if (continues) {
				if (words === '') return;
				const last = bullets[bullets.length - 1];
				last.text.push(words);
				last.line_end = part.line;
				return;
			}
			if (words === '') return;
			bullets.push({ text: [words], line_start: part.line, line_end: part.line });
		});
	});
	return bullets;
}

/** Consecutive runs of `lines`; a run bridges blank lines but never a line in `taken`. */
function groupLines(lines: number[], taken: Set<number>): [number, number][] {
	const out: [number, number][] = [];
	for (const n of [...lines].sort((a, b) => a - b)) {
		const last = out[out.length - 1];
		let bridge = !!last;
		for (let k = last ? last[1] + 1 : n; bridge && k < n; k++) if (taken.has(k)) bridge = false;
		if (last && bridge) last[1] = n;
		else out.push([n, n]);
	}
	return out;
}

function rangeText(a: number, b: number): string {
	return a === b ? `Rad ${a}` : `Raderna ${a}–${b}`;
}

export function readTable(table: ForumTable, ctx: TableContext): { measures: ParsedMeasure[]; issues: ParsedIssue[] } {
	const measures: ParsedMeasure[] = [];
	const issues: ParsedIssue[] = [];
	const nameRow = table.rows[0] && TABLE_START.test(table.rows[0].key) ? table.rows[0] : undefined;
	const name = nameRow ? rowValue(nameRow) : '';
	const responsibleRow = find(table, RESPONSIBLE_KEY);
	const responsible = responsibleRow ? rowValue(responsibleRow) || null : null;
	// Every forum of the seed has "Polisens kontakt: Kommunpolis" (e.g. line 92), so the police take part.
	const withPolice =
		table.rows.some((r) => POLICE_KEY.test(r.key) && rowValue(r) !== '') || /polis/i.test(responsible ?? '')
			? true
			: null;

	let area = ctx.area_label_raw;
	if (area === null) {
		// Lines 50-65: the council's table stands before the first "Prioriterat samverkansområde:".
		area = name;
		issues.push({
			line: table.first,
			line_end: table.first,
			severity: 'warning',
			code: 'table_before_area',
			message: `Tabellen på rad ${table.first} står före första "Prioriterat samverkansområde:" och hör inte till något område; dess namn "${name}" användes som områdesnamn. Kontrollera kopplingen i områdestabellen.`
		});
	}

	const covered = new Set<number>();
	const activityRows = table.rows.filter((r) => ACTIVITY_KEY.test(r.key));
	for (const row of activityRows) {
		// "Prioriterade aktiviteter första halvåret" -> "första halvåret"; "Tänkbara aktiviteter" -> null.
		const timing = squash(row.key.replace(/^.*?aktiviteter/i, '')) || null;
		for (const b of splitBullets(row.parts)) {
			const text = squash(b.text.join(' '));
			measures.push({
				key: ctx.nextKey(),
				area_label_raw: area,
				problem_key: ctx.problem_key,
				cause_keys: [],
				title: text,
				description: text,
				operative_goal: null,
				timing_text: timing,
				responsible,
				with_police: withPolice,
				line_start: b.line_start,
				line_end: b.line_end
			});
			for (let n = b.line_start; n <= b.line_end; n++) covered.add(n);
		}
	}

	if (activityRows.length === 0 && nameRow && /^aktivitet$/i.test(nameRow.key) && name !== '') {
		const purpose = find(table, PURPOSE_KEY);
		const timing = find(table, TIMING_KEY);
		measures.push({
			key: ctx.nextKey(),
			area_label_raw: area,
			problem_key: ctx.problem_key,
			cause_keys: [],
			title: name,
			description: (purpose && rowValue(purpose)) || name,
			operative_goal: null,
			timing_text: (timing && rowValue(timing)) || null,
			responsible,
			with_police: withPolice,
			line_start: table.first,
			line_end: table.last
		});
		return { measures, issues };
	}

	if (measures.length === 0) {
		issues.push({
			line: table.first,
			line_end: table.last,
			severity: 'warning',
			code: 'forum_without_activities',
			message: `Tabellen "${name}" (${rangeText(table.first, table.last).toLowerCase()}) har inga ifyllda rader med aktiviteter; inga åtgärder lästes. Kontrollera om tabellen är avkortad.`
		});
		return { measures, issues };
	}

	const rest = groupLines(
		table.lines.filter((n) => !covered.has(n)),
		covered
	);
	for (const [a, b] of rest) {
		issues.push({
			line: a,
			line_end: b,
			severity: 'info',
			code: 'forum_details',
			message: `${rangeText(a, b)} beskriver samverkansforumet "${name}" (ansvarig, kontakter, åtaganden, aktörer, finansiering, kommunikation, uppföljningssätt) och lästes inte som egna poster; "Ansvarig" användes som ansvarig för forumets aktiviteter.`
		});
	}
	return { measures, issues };
}
