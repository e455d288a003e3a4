// Layout `pdf-columns`: the text of a PDF printed from the city's Excel
// template for åtgärdsplaner (seed: enskede-arsta-vantor-atgardsplan-2025).
// One sheet per priority area; per sheet the column bands come one after
// another: problem areas and causes, then Åtgärd/Operativa mål/När/Vem, then
// Uppföljning. The document starts with the template's instruction pages and
// ends with its analysis sheet (stated counts per area).
//
// Rows are linked across bands by page: a run of >= 2 blank lines is a page
// break, and page k of one band holds the same rows as page k of the next
// (checked by counting: causes per page = rows per page).
import { type ParsedDocument, type ParsedIssue, type SourceDocument, readSafely } from '../../types';
import { ANALYSIS_HEADING, MIDDLE_HEADER, clean, key, splitPages } from './blocks';
import { parseLeft } from './left';
import { parseMiddle, titleOf } from './middle';
import { parseFollowupCells } from './followups';
import { alignBlock } from './links';
import { readPlanFields, readStatedCounts, compareCounts, type SheetCounts } from './plan';

const isBlankLine = (s: string | undefined) => s === undefined || s.trim() === '';

interface SheetAnchor {
	/** First line of the sheet (its title block, or the header). */
	start: number;
	headerStart: number;
	headerEnd: number;
	label: string;
}

function nextNonBlank(lines: string[], n: number): number {
	let i = n;
	while (i <= lines.length && isBlankLine(lines[i - 1])) i++;
	return i;
}

/** The sheet header: "<area> Orsak", possibly wrapped, followed by the template's problem-area instruction. */
function findSheets(lines: string[]): SheetAnchor[] {
	const out: SheetAnchor[] = [];
	for (let n = 1; n <= lines.length; n++) {
		if (!/\S\s+Orsak\s*$/.test(lines[n - 1])) continue;
		const nx = nextNonBlank(lines, n + 1);
		if (!/^\s*Ange identifierat problemområde/.test(lines[nx - 1] ?? '')) continue;
		let hs = n;
		while (hs > 1 && !isBlankLine(lines[hs - 2]) && !/^\s/.test(lines[hs - 1])) hs--;
		const words = clean(
			lines
				.slice(hs - 1, n)
				.join(' ')
				.replace(/\s+Orsak\s*$/, '')
		).split(' ');
		// "Otrygga och brottsutsatta platser Otrygga och brottsutsatta platser Orsak" (seed line 583):
		// the tab name and the column header on one line.
		const half = words.length / 2;
		const doubled = words.length % 2 === 0 && words.slice(0, half).join(' ') === words.slice(half).join(' ');
		const label = doubled ? words.slice(0, half).join(' ') : words.join(' ');
		// The tab name printed on its own before the header (seed lines 59-60).
		let start = hs;
		let p = hs - 1;
		while (p >= 1 && isBlankLine(lines[p - 1])) p--;
		if (p >= 1) {
			let ts = p;
			while (ts > 1 && !isBlankLine(lines[ts - 2]) && !/^\s/.test(lines[ts - 1])) ts--;
			if (key(lines.slice(ts - 1, p).join(' ')) === key(label)) start = ts;
		}
		out.push({ start, headerStart: hs, headerEnd: n, label });
	}
	return out;
}

function findLine(lines: string[], from: number, to: number, test: (s: string, n: number) => boolean): number {
	for (let n = from; n <= to; n++) if (test(lines[n - 1] ?? '', n)) return n;
	return -1;
}

export function detectPdfColumns(lines: string[]): number {
	// Cheap substring tests first: detection runs on every imported file.
	let score = 0;
	if (lines.some((l) => l.length < 60 && l.includes('Operativa mål') && key(l) === MIDDLE_HEADER)) score += 0.5;
	if (lines.some((l) => l.length < 200 && l.endsWith('Orsak') && !l.includes('\t') && /\S\s+Orsak$/.test(l)))
		score += 0.2;
	if (lines.some((l) => l.length < 80 && l.includes('Sammanställning') && key(l) === ANALYSIS_HEADING)) score += 0.2;
	if (lines.some((l) => (l.startsWith('VB:') || /^\d{6}:\s/.test(l)) && !l.includes('\t'))) score += 0.1;
	return score;
}

export function parsePdfColumns(doc: SourceDocument): ParsedDocument {
	return readSafely('pdf-columns', 'atgardsplan', doc, parseInto);
}

function parseInto(doc: SourceDocument, out: ParsedDocument): void {
	const lines = doc.lines;
	const issues = out.issues;
	if (lines.every((l) => isBlankLine(l))) {
		issues.push({
			line: 1,
			line_end: Math.max(1, lines.length),
			severity: 'error',
			code: 'empty_document',
			message: 'Dokumentet är tomt; väntade en åtgärdsplan med en flik per prioriterat område.'
		});
		return;
	}
	const sheets = findSheets(lines);
	const analysis = findLine(lines, 1, lines.length, (s) => key(s) === ANALYSIS_HEADING);
	const introEnd = (sheets[0]?.start ?? (analysis > 0 ? analysis : lines.length + 1)) - 1;
	readPlanFields(lines, introEnd, out);

	if (!sheets.length)
		issues.push({
			line: 1,
			line_end: Math.max(1, analysis > 0 ? analysis - 1 : lines.length),
			severity: 'error',
			code: 'no_sheets',
			message:
				'Hittade ingen flik: väntade en rubrikrad som slutar på "Orsak" följd av mallens text "Ange identifierat problemområde eller utmaning här". Dokumentet kunde inte läsas som åtgärdsplan.'
		});

	const counts: SheetCounts[] = [];
	sheets.forEach((sh, si) => {
		const end = (sheets[si + 1]?.start ?? (analysis > 0 && analysis > sh.start ? analysis : lines.length + 1)) - 1;
		counts.push(parseSheet(lines, sh, end, si, out));
	});
	if (analysis > 0) {
		readStatedCounts(lines, analysis, out);
		compareCounts(out, counts);
	}
	coverRest(lines, out);
}

function parseSheet(lines: string[], sh: SheetAnchor, end: number, si: number, out: ParsedDocument): SheetCounts {
	const issues = out.issues;
	const area = sh.label;
	issues.push({
		line: sh.start,
		line_end: sh.headerEnd,
		severity: 'info',
		code: 'heading',
		message: `Flikens namn och kolumnrubrik för området "${area}".`
	});
	const mid = findLine(lines, sh.headerEnd + 1, end, (s) => key(s) === MIDDLE_HEADER);
	const fu = findLine(
		lines,
		mid > 0 ? mid + 1 : sh.headerEnd + 1,
		end,
		(s, n) =>
			s.trim() === 'Uppföljning' &&
			/^\s*Beskriv vad som har genomförts/.test(lines[nextNonBlank(lines, n + 1) - 1] ?? '')
	);
	const counts: SheetCounts = { area, problems: 0, causes: 0, measures: 0 };
	if (mid < 0 || fu < 0) {
		issues.push({
			line: sh.headerEnd + 1 > end ? sh.headerEnd : sh.headerEnd + 1,
			line_end: Math.max(end, sh.headerEnd),
			severity: 'error',
			code: 'sheet_unreadable',
			message: `Fliken "${area}" saknar ${mid < 0 ? 'rubrikraden "Åtgärd Operativa mål När Vem"' : 'kolumnen "Uppföljning"'}; kolumnerna kan inte skiljas åt och fliken lästes inte in. Kontrollera att hela fliken kom med i PDF:en.`
		});
		return counts;
	}
	issues.push({
		line: mid,
		line_end: mid,
		severity: 'info',
		code: 'heading',
		message: 'Kolumnrubriker för åtgärderna.'
	});
	issues.push({
		line: fu,
		line_end: fu,
		severity: 'info',
		code: 'heading',
		message: 'Kolumnrubrik för uppföljningen.'
	});

	const middle = parseMiddle(splitPages(lines, mid + 1, fu - 1, true), area);
	const left = parseLeft(splitPages(lines, sh.headerEnd + 1, mid - 1, true), area, middle.rowsPerPage);
	const follow = parseFollowupCells(splitPages(lines, fu + 1, end, false), area);
	issues.push(...left.issues, ...middle.issues, ...follow.issues);

	// Problems and causes.
	const p = `s${si + 1}`;
	let problemKey: string | null = null;
	const causeKeysByPage: string[][] = left.causesPerPage.map(() => []);
	const causeProblem = new Map<string, string | null>();
	const allCauses: string[] = [];
	left.cells.forEach((c, i) => {
		const ls = c.lines[0].n;
		const le = c.lines[c.lines.length - 1].n;
		if (c.kind === 'problem') {
			problemKey = `${p}-p${i + 1}`;
			out.problems.push({ key: problemKey, area_label_raw: area, label: c.text, line_start: ls, line_end: le });
			counts.problems++;
		} else {
			const k = `${p}-c${i + 1}`;
			out.causes.push({
				key: k,
				area_label_raw: area,
				problem_key: problemKey,
				text: c.text,
				line_start: ls,
				line_end: le
			});
			causeKeysByPage[c.page].push(k);
			causeProblem.set(k, problemKey);
			allCauses.push(k);
			counts.causes++;
		}
	});

	// Rows -> measures; continuation rows belong to the measure above.
	const rowMeasure: (number | null)[] = [];
	let lastMeasure: number | null = null;
	for (const r of middle.rows) {
		if (r.kind === 'measure') {
			const desc = r.description ?? '';
			out.measures.push({
				key: `${p}-m${out.measures.length + 1}`,
				area_label_raw: area,
				problem_key: null,
				cause_keys: [],
				title: titleOf(desc),
				description: desc,
				operative_goal: r.goal,
				timing_text: r.timing,
				responsible: r.responsible,
				with_police: null,
				line_start: r.line_start,
				line_end: r.line_end
			});
			lastMeasure = out.measures.length - 1;
			counts.measures++;
		} else {
			issues.push({
				line: r.line_start,
				line_end: r.line_end,
				severity: 'warning',
				code: 'row_without_measure',
				message:
					lastMeasure === null
						? 'Raden har operativt mål eller När/Vem men ingen åtgärdstext och ingen åtgärd ovanför; den lästes inte in.'
						: `Raden har operativt mål och När/Vem men ingen egen åtgärdstext; den lästes som en fortsättning av åtgärden "${out.measures[lastMeasure].title}" (rad ${out.measures[lastMeasure].line_start}), en sammanslagen cell i Excel.`
			});
		}
		rowMeasure.push(lastMeasure);
	}

	// Causes -> rows, page by page from the front and then from the back while
	// the counts agree (first sheet: pages 1 and 5-7 line up, the middle does not);
	// the pages in between are aligned as one block (links.ts).
	const rowsByPage: number[][] = middle.rowsPerPage.map(() => []);
	middle.rows.forEach((r, i) => rowsByPage[r.page].push(i));
	const linked = new Set<number>();
	const causePages = [...causeKeysByPage];
	while (causePages.length && causePages[causePages.length - 1].length === 0) causePages.pop();
	let front = 0;
	while (
		front < Math.min(rowsByPage.length, causePages.length) &&
		rowsByPage[front].length === causePages[front].length
	) {
		rowsByPage[front].forEach((ri, j) => link(ri, causePages[front][j]));
		front++;
	}
	let rb = rowsByPage.length - 1;
	let cb = causePages.length - 1;
	while (rb >= front && cb >= front && rowsByPage[rb].length === causePages[cb].length) {
		const cs = causePages[cb];
		rowsByPage[rb].forEach((ri, j) => link(ri, cs[j]));
		rb--;
		cb--;
	}
	const blockCauses = causePages.slice(front, cb + 1).flat();
	const blockRows = rowsByPage.slice(front, rb + 1).flat();
	if (blockCauses.length && blockRows.length) alignRest();
	else for (const k of blockCauses) unknownCause(k);
	function alignRest() {
		const causeAt = new Map(out.causes.map((c) => [c.key, c]));
		const rowText = (ri: number) => {
			const r = middle.rows[ri];
			const mi = rowMeasure[ri];
			return `${r.description ?? (mi === null ? '' : out.measures[mi].description)} ${r.goal ?? ''}`;
		};
		const res = alignBlock(
			blockCauses.map((k) => ({ problem: causeProblem.get(k) ?? null, text: causeAt.get(k)?.text ?? '' })),
			blockRows.map(rowText)
		);
		for (const [c, r] of res.pairs) link(blockRows[r], blockCauses[c]);
		const first = causeAt.get(blockCauses[0])!;
		const lastCause = causeAt.get(blockCauses[blockCauses.length - 1])!;
		const span = `rad ${first.line_start}-${lastCause.line_end}`;
		if (res.how === 'unknown') {
			for (const k of blockCauses) unknownCause(k);
			issues.push({
				line: first.line_start,
				line_end: lastCause.line_end,
				severity: 'warning',
				code: 'cause_link_unknown',
				message: `I fliken "${area}" står ${blockCauses.length} orsaker (${span}) mot ${blockRows.length} åtgärdsrader på sidor vars sidbrytningar inte stämmer, och det går inte att läsa vilken rad som hör till vilken orsak. Orsakernas koppling är okänd (inte "utan åtgärd"); koppla dem för hand vid behov.`
			});
		} else if (res.how === 'order') {
			issues.push({
				line: first.line_start,
				line_end: lastCause.line_end,
				severity: 'warning',
				code: 'cause_link_by_order',
				message: `Sidbrytningarna i fliken "${area}" stämmer inte mellan kolumnerna, men antalet orsaker (${blockCauses.length}, ${span}) och rader (${blockRows.length}) är lika; orsakerna kopplades till raderna i ordning. Kontrollera kopplingarna.`
			});
		} else {
			const merged =
				res.how === 'merged_cause_pair'
					? [blockCauses[res.at!], blockCauses[res.at! + 1]].map((k) => causeAt.get(k)!)
					: [causeAt.get(blockCauses[res.at!])!];
			const row = middle.rows[blockRows[res.at!]];
			issues.push({
				line: merged[0].line_start,
				line_end: merged[merged.length - 1].line_end,
				severity: 'info',
				code: 'cause_link_merged_cell',
				message:
					res.how === 'merged_cause_pair'
						? `I fliken "${area}" finns en orsak mer (${blockCauses.length}, ${span}) än åtgärdsrader (${blockRows.length}): åtgärden på rad ${row.line_start} lästes som en sammanslagen cell över orsakerna på rad ${merged[0].line_start} och ${merged[1].line_start} (samma problem; den placering där orsak och åtgärd delar flest ord). Kontrollera kopplingen i källan.`
						: `I fliken "${area}" finns en åtgärdsrad mer (${blockRows.length}) än orsaker (${blockCauses.length}, ${span}): orsaken på rad ${merged[0].line_start} lästes som en sammanslagen cell över raderna ${row.line_start} och ${middle.rows[blockRows[res.at! + 1]].line_start}. Kontrollera kopplingen i källan.`
			});
		}
	}
	function unknownCause(k: string) {
		const c = out.causes.find((x) => x.key === k);
		if (c) c.link_unknown = true;
	}
	function link(ri: number, ck: string) {
		const mi = rowMeasure[ri];
		if (mi === null || ck === undefined) return;
		const m = out.measures[mi];
		if (!m.cause_keys.includes(ck)) m.cause_keys.push(ck);
		if (m.problem_key === null) m.problem_key = causeProblem.get(ck) ?? null;
		linked.add(mi);
	}
	for (let mi = out.measures.length - counts.measures; mi < out.measures.length; mi++) {
		if (linked.has(mi)) continue;
		const m = out.measures[mi];
		issues.push({
			line: m.line_start,
			line_end: m.line_start,
			severity: 'warning',
			code: 'measure_link_unknown',
			message: `Åtgärden "${m.title}" kunde inte kopplas till en orsak: i fliken "${area}" har kolumnen med orsaker ${allCauses.length} orsaker och kolumnen med åtgärder ${middle.rows.length} rader, och sidorna går inte att para ihop. Orsak och problemområde lämnas tomma; koppla dem för hand vid behov.`
		});
	}

	// Follow-up cells -> rows: page k of Uppföljning holds the rows of page k.
	const cellsByPage: number[][] = [];
	follow.cells.forEach((c, i) => (cellsByPage[c.page] ??= []).push(i));
	const fits = cellsByPage.every((cs, pg) => !cs || cs.length <= (rowsByPage[pg]?.length ?? 0));
	const cellRow: (number | null)[] = follow.cells.map(() => null);
	if (fits) cellsByPage.forEach((cs, pg) => cs?.forEach((ci, j) => (cellRow[ci] = rowsByPage[pg][j])));
	else follow.cells.forEach((_, ci) => (cellRow[ci] = ci < middle.rows.length ? ci : null));
	follow.cells.forEach((c, ci) => {
		const ri = cellRow[ci];
		const mi = ri === null ? null : rowMeasure[ri];
		if (mi === null || mi === undefined) {
			issues.push({
				line: c.line_start,
				line_end: c.line_end,
				severity: 'warning',
				code: 'followup_unassigned',
				message: `Uppföljningscellen kunde inte kopplas till någon åtgärd i fliken "${area}" (fler uppföljningsceller än rader); den lästes inte in.`
			});
			return;
		}
		for (const e of c.entries) out.followups.push({ measure_key: out.measures[mi].key, ...e });
	});
	if (follow.cells.length !== counts.measures)
		issues.push({
			line: fu,
			line_end: fu,
			severity: 'warning',
			code: 'followup_count_mismatch',
			message: `Fliken "${area}" har ${counts.measures} åtgärder men ${follow.cells.length} uppföljningsceller; uppföljningarna kopplades ${fits ? 'sida för sida i ordning' : 'i ordning'} och åtgärder utan cell saknar uppföljning. Kontrollera kopplingen i källan.`
		});
	return counts;
}

/** Safety net: every non-empty line not read into anything is named. */
function coverRest(lines: string[], out: ParsedDocument): void {
	const covered = new Uint8Array(lines.length + 2);
	const mark = (a: number, b: number) => {
		for (let i = Math.max(1, a); i <= Math.min(b, lines.length); i++) covered[i] = 1;
	};
	for (const r of out.plan_lines) mark(r.line_start, r.line_end);
	for (const rows of [out.problems, out.causes, out.measures, out.followups])
		for (const r of rows) mark(r.line_start, r.line_end);
	for (const s of out.stated_counts) mark(s.line, s.line);
	for (const i of out.issues) mark(i.line, i.line_end);
	let start = -1;
	const flush = (endLine: number) => {
		if (start < 0) return;
		const issue: ParsedIssue = {
			line: start,
			line_end: endLine,
			severity: 'warning',
			code: 'unread_text',
			message: 'Texten kunde inte placeras i någon kolumn eller post och lästes inte in; kontrollera den i källan.'
		};
		out.issues.push(issue);
		start = -1;
	};
	let lastText = -1;
	for (let n = 1; n <= lines.length; n++) {
		if (isBlankLine(lines[n - 1])) continue;
		if (covered[n]) {
			flush(lastText);
			continue;
		}
		if (start < 0) start = n;
		lastText = n;
	}
	flush(lastText);
}
