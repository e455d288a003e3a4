// Layout `forum-keyvalue`: the older joint plan (gemensam åtgärdsplan) of a
// district administration and its local police area, one collaboration forum
// per priority area (seed: skarholmen-gemensam-atgardsplan.txt).
//
//   Prioriterat samverkansområde: <area>          (line 67; "olovliga ..." in lower case, line 163)
//   <sub-area heading>                            (lines 69 and 101: two sub-areas share line 67)
//   Mål: / Syfte: / Arbetsätt:  + paragraphs       (the area's goal, purpose and way of working)
//   Samverkansforum: <parties>
//   Samverkansforum<TAB><forum name>              (start of the two-column key/value table)
//   Ansvarig<TAB>Polisen
//   Prioriterade aktiviteter första halvåret<TAB><ul ...> • A • B
//   Tänkbara aktiviteter<TAB><ul ...> • C
//   Polisens kontakt<TAB>Kommunpolis ... Uppföljning<TAB>...
//
// Decisions (see the report): each bullet is a measure; a sub-area heading is a
// problem (like the problem areas of the tsv-rows layout); the Mål/Syfte/
// Arbetssätt text has no field in the contract (it is the area's goal, not an
// activity's operative goal) and becomes an `area_goals` info issue.

import { cleanCell, readFront } from './front';
import { readTable, TABLE_START, type ForumTable } from './table';
export { splitBullets } from './table';
import { isBlank } from '../../normalise';
import { emptyDocument, type ParsedDocument, type ParsedIssue, type SourceDocument } from '../../types';

const AREA_HEADING = /^prioriterat samverkansområde\s*:\s*(.*)$/i;
// "Arbetsätt:" with one s is how lines 79, 111, 142, 173, 202, 242 spell it.
const MARKER = /^(mål|syfte|arbetss?ätt)\s*:/i;
const KNOWN_KEY =
	/^(samverkansforum|aktivitet|ansvarig|aktivitetsansvarig|syfte|tidplan|prioriterade aktiviteter.*|tänkbara aktiviteter|polisens (kontakt|åtagande|deltagare)|stadsdelsförvaltningens (kontakt|åtagande|deltagare)|(tänkbara )?övriga aktörer|finansiering|kommunikation|uppföljning)$/i;
const FOOTNOTE = /^[¹²³⁴⁵⁶⁷⁸⁹]/;
/** Lines longer than this are read only in part: keeps every regex linear-time on hostile input. */
const MAX_LINE = 20000;

/** 0..1: how sure we are that these lines are the forum-keyvalue layout. */
export function detectForumKeyvalue(lines: string[]): number {
	const seen = new Set<string>();
	const n = Math.min(lines.length, 5000);
	for (let i = 0; i < n; i++) {
		const l = lines[i].slice(0, 300);
		if (/^samverkansforum\t/i.test(l)) seen.add('forum');
		else if (/^ansvarig\t/i.test(l)) seen.add('ansvarig');
		else if (/^prioriterade aktiviteter[^\t]*\t/i.test(l)) seen.add('prio');
		else if (/^tänkbara aktiviteter\t/i.test(l)) seen.add('tankbara');
		else if (/^polisens (kontakt|åtagande)\t/i.test(l)) seen.add('polis');
		else if (/^stadsdelsförvaltningens (kontakt|åtagande)\t/i.test(l)) seen.add('sdf');
		else if (/^prioriterat samverkansområde\s*:/i.test(l)) seen.add('area');
		else if (/^(mål|syfte|arbetss?ätt)\s*:\s*$/i.test(l)) seen.add('marker');
	}
	return Math.min(1, seen.size / 6);
}

function span(a: number, b: number): string {
	return a === b ? `Rad ${a}` : `Raderna ${a}–${b}`;
}

interface Run {
	start: number;
	end: number;
}

export function parseForumKeyvalue(doc: SourceDocument): ParsedDocument {
	const out = emptyDocument('forum-keyvalue', 'gemensam_atgardsplan');
	const lines = doc.lines.map((l, i) => {
		if (l.length <= MAX_LINE) return l;
		out.issues.push({
			line: i + 1,
			line_end: i + 1,
			severity: 'warning',
			code: 'long_line',
			message: `Rad ${i + 1} har ${l.length} tecken; bara de första ${MAX_LINE} lästes. Kontrollera att filen är en textexport av planen.`
		});
		return l.slice(0, MAX_LINE);
	});

	const front = readFront(lines);
	out.title = front.title;
	out.district_name = front.district_name;
	out.year = front.year;
	out.police_areas = front.police_areas;
	out.plan_lines = front.plan_lines;
	out.issues.push(...front.issues);

	let keyCount = 0;
	const nextKey = () => `m${++keyCount}`;
	let area: string | null = null;
	let problemKey: string | null = null;
	let problemLabel: string | null = null;
	let goals: Run | null = null;
	let unread: Run | null = null;
	let table: ForumTable | null = null;

	const issue = (line: number, line_end: number, severity: ParsedIssue['severity'], code: string, message: string) =>
		out.issues.push({ line, line_end, severity, code, message });
	const closeGoals = () => {
		if (!goals) return;
		issue(
			goals.start,
			goals.end,
			'info',
			'area_goals',
			`${span(goals.start, goals.end)} är områdets mål, syfte och arbetssätt${problemLabel || area ? ` ("${problemLabel ?? area}")` : ''}; de gäller området, inte en enskild aktivitet, och lästes inte som åtgärder (kontraktet har inget fält för ett områdes mål).`
		);
		goals = null;
	};
	const closeUnread = () => {
		if (!unread) return;
		issue(
			unread.start,
			unread.end,
			'warning',
			'unread_text',
			`${span(unread.start, unread.end)} är text utanför mål, syfte, arbetssätt och forumtabeller; den lästes inte in. Kontrollera om den innehåller åtgärder.`
		);
		unread = null;
	};
	const closeTable = () => {
		if (!table) return;
		const r = readTable(table, { area_label_raw: area ?? problemLabel, problem_key: problemKey, nextKey });
		out.measures.push(...r.measures);
		out.issues.push(...r.issues);
		table = null;
	};
	const nextNonBlank = (i: number): number => {
		let j = i + 1;
		while (j < lines.length && isBlank(lines[j])) j++;
		return j;
	};

	for (let i = front.bodyStart; i < lines.length; i++) {
		const raw = lines[i];
		const n = i + 1;
		if (isBlank(raw)) continue;
		const tab = raw.indexOf('\t');
		const text = cleanCell(tab >= 0 ? raw.slice(0, tab) : raw);

		if (tab >= 0) {
			closeGoals();
			closeUnread();
			const cells = raw.slice(tab + 1).split('\t');
			if (cells.slice(1).some((c) => c.trim() !== ''))
				issue(
					n,
					n,
					'warning',
					'extra_cells',
					`Rad ${n} har ${cells.length + 1} celler men tabellen har två (nyckel och värde); de extra cellerna lästes som en del av värdet.`
				);
			const whole = cells.join(' ');
			if (text === '') {
				// Lines 122 and 152: a wrapped tail in the value column, after a blank line.
				if (table && table.rows.length > 0) {
					table.rows[table.rows.length - 1].parts.push({ line: n, text: whole });
					table.lines.push(n);
					table.last = n;
				} else
					issue(
						n,
						n,
						'warning',
						'orphan_cell',
						`Rad ${n} har en värdecell utan nyckel och utan tabell före sig; den lästes inte in.`
					);
				continue;
			}
			if (!table || TABLE_START.test(text)) {
				closeTable();
				table = { rows: [], first: n, last: n, lines: [] };
			}
			table.rows.push({ key: text, line: n, parts: [{ line: n, text: whole }] });
			table.lines.push(n);
			table.last = n;
			continue;
		}

		const heading = AREA_HEADING.exec(text);
		if (heading) {
			closeTable();
			closeGoals();
			closeUnread();
			area = heading[1].trim();
			problemKey = null;
			problemLabel = null;
			issue(
				n,
				n,
				'info',
				'area_heading',
				`Rad ${n} är rubriken för det prioriterade samverkansområdet "${area}"; namnet sattes på områdets åtgärder.`
			);
			continue;
		}
		if (MARKER.test(text)) {
			closeTable();
			closeUnread();
			if (!goals) goals = { start: n, end: n };
			goals.end = n;
			continue;
		}
		if (table && KNOWN_KEY.test(text.replace(/:$/, ''))) {
			// A key whose value cell is missing (a row with too few cells).
			issue(n, n, 'warning', 'missing_cell', `Rad ${n} ("${text}") saknar värdecell; värdet lästes som tomt.`);
			table.rows.push({ key: text.replace(/:$/, ''), line: n, parts: [] });
			table.lines.push(n);
			table.last = n;
			continue;
		}
		if (table && text === '') {
			// A line of markup only (a stray `</ul>`) inside a table: part of the table.
			table.lines.push(n);
			table.last = n;
			continue;
		}
		closeTable();
		const next = nextNonBlank(i);
		if (next < lines.length && /^mål\s*:/i.test(cleanCell(lines[next])) && text !== '' && text.length <= 150) {
			// Lines 69 and 101: a sub-area heading directly before its "Mål:" (a goal text such as
			// line 73 is followed by "Syfte:", not "Mål:").
			closeGoals();
			closeUnread();
			problemKey = `p${out.problems.length + 1}`;
			problemLabel = text;
			out.problems.push({ key: problemKey, area_label_raw: area ?? text, label: text, line_start: n, line_end: n });
			continue;
		}
		if (goals) {
			// Everything between "Mål:" and the table belongs to the area's text, including the
			// "Samverkansforum: ..." parties line (85) and the "- ... ska ..." goal list (210-213).
			goals.end = n;
			continue;
		}
		if (FOOTNOTE.test(text)) {
			closeUnread();
			issue(n, n, 'info', 'footnote', `Rad ${n} är en fotnot till texten ovanför; den lästes inte in.`);
			continue;
		}
		if (!unread) unread = { start: n, end: n };
		unread.end = n;
	}
	closeTable();
	closeGoals();
	closeUnread();

	if (out.measures.length === 0)
		issue(
			1,
			1,
			'warning',
			'no_measures',
			'Inga aktiviteter hittades: dokumentet saknar tabeller med "Prioriterade aktiviteter" eller "Tänkbara aktiviteter". Kontrollera att det är en gemensam åtgärdsplan med samverkansforum.'
		);
	return out;
}
