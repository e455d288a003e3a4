// Layout `generic`: the fallback for a document no other parser recognises
// (another municipality's plan, the police's "medborgarlöfte" page, a
// follow-up page, plain markdown or text). It reads only what any document
// shows by its shape: headings name the area for what follows, list items
// are measures, everything else is reported as unread text so that no line
// is lost. It has no detector and must never throw: hostile input (empty,
// one 20 MB line, binary garbage, HTML/script only) gives issues, not errors.

import { binaryShare, classifyLines, MAX_LINE, type GLine } from './lines';
import { headingYear, isOutcomeHeading, matchOutcomes, municipalityOf, promiseDocType } from './promises';
import { squash } from '../../normalise';
import { emptyDocument, type ParsedDocument, type ParsedIssue, type SourceDocument } from '../../types';

interface Heading {
	label: string;
	level: number;
	line: number;
	problemKey: string | null;
}

interface OpenItem {
	start: number;
	end: number;
	parts: string[];
}

function span(a: number, b: number): string {
	return a === b ? `Rad ${a}` : `Raderna ${a}–${b}`;
}

export function parseGeneric(doc: SourceDocument): ParsedDocument {
	const out = emptyDocument('generic', 'atgardsplan');
	out.issues.push({
		line: 1,
		line_end: 1,
		severity: 'warning',
		code: 'generic_layout',
		message:
			'Dokumentets layout känns inte igen; rubriker lästes som områden och punktlistor som åtgärder. Kontrollera resultatet.'
	});
	try {
		read(doc, out);
	} catch (e) {
		// Last line of defence: the fallback must answer for every file.
		out.issues.push({
			line: 1,
			line_end: Math.max(1, Array.isArray(doc?.lines) ? doc.lines.length : 1),
			severity: 'error',
			code: 'generic_failed',
			message: `Dokumentet kunde inte läsas (${e instanceof Error ? e.message : String(e)}); inga poster lästes. Kontrollera att filen är en textfil.`
		});
	}
	return out;
}

function read(doc: SourceDocument, out: ParsedDocument): void {
	const source = Array.isArray(doc?.lines) ? doc.lines : [];
	const issue = (line: number, line_end: number, severity: ParsedIssue['severity'], code: string, message: string) =>
		out.issues.push({ line, line_end, severity, code, message });

	const raws = source.map((l, i) => {
		const s = typeof l === 'string' ? l : '';
		if (s.length <= MAX_LINE) return s;
		issue(
			i + 1,
			i + 1,
			'warning',
			'long_line',
			`Rad ${i + 1} har ${s.length} tecken; bara de första ${MAX_LINE} lästes. Kontrollera att filen är en textexport.`
		);
		return s.slice(0, MAX_LINE);
	});
	if (binaryShare(raws) > 0.1)
		issue(
			1,
			1,
			'warning',
			'binary_text',
			'Filen innehåller många styrtecken och ser ut som en binärfil; läs in en textexport (txt, csv eller md) i stället.'
		);

	const lines = classifyLines(raws);
	let i = 0;
	while (i < lines.length && lines[i].kind === 'blank') i++;
	const first = i;
	// The first line is the title when it is a heading or a short line that does not end like a sentence.
	const top = lines[first];
	if (top && top.text.length <= 200 && (top.kind === 'heading' || (top.kind === 'text' && !/[.!?]$/.test(top.text)))) {
		out.title = top.text;
		out.plan_lines.push({ line_start: first + 1, line_end: first + 1 });
		i = first + 1;
	}
	readPlanFields(lines, first, out);
	const headingTexts = lines.filter((l) => l.kind === 'heading').map((l) => l.text);
	const promiseType = promiseDocType(out.title, headingTexts);
	if (promiseType) out.doc_type = promiseType;
	for (const h of [out.title, ...headingTexts]) if (out.year === null) out.year = headingYear(h);
	out.municipality = municipalityOf(
		lines
			.slice(0, 200)
			.map((l) => l.text)
			.join('\n')
	);
	// Outcomes of a follow-up document wait to be matched to the promises they follow up.
	const outcomes: OpenItem[] = [];

	const stack: Heading[] = [];
	const headings: Heading[] = [];
	let item: OpenItem | null = null;
	let unread: { start: number; end: number } | null = null;
	let warnedNoArea = false;

	const closeUnread = () => {
		if (!unread) return;
		issue(
			unread.start,
			unread.end,
			'info',
			'unread_text',
			`${span(unread.start, unread.end)} är varken rubrik eller punktlista och lästes inte in; kontrollera i källan om texten beskriver åtgärder.`
		);
		unread = null;
	};
	const closeItem = () => {
		if (!item) return;
		if (promiseType && stack.some((h) => isOutcomeHeading(h.label))) {
			outcomes.push(item);
			item = null;
			return;
		}
		const area = stack[0]?.label ?? '';
		const top = stack[stack.length - 1];
		if (top && !top.problemKey) {
			top.problemKey = `p${out.problems.length + 1}`;
			out.problems.push({
				key: top.problemKey,
				area_label_raw: area,
				label: top.label,
				line_start: top.line,
				line_end: top.line
			});
		}
		if (!top && !warnedNoArea) {
			warnedNoArea = true;
			issue(
				item.start,
				item.start,
				'warning',
				'measure_without_area',
				`Punkten på rad ${item.start} står före första rubriken och fick inget område; ange området för dokumentets åtgärder i områdestabellen.`
			);
		}
		out.measures.push({
			key: `m${out.measures.length + 1}`,
			area_label_raw: area,
			problem_key: top?.problemKey ?? null,
			cause_keys: [],
			title: item.parts[0],
			description: squash(item.parts.join(' ')),
			operative_goal: null,
			timing_text: null,
			responsible: null,
			with_police: null,
			line_start: item.start,
			line_end: item.end
		});
		item = null;
	};

	for (; i < lines.length; i++) {
		const l: GLine = lines[i];
		const n = i + 1;
		if (l.kind === 'blank') continue;
		if (l.kind === 'heading') {
			closeItem();
			closeUnread();
			while (stack.length && stack[stack.length - 1].level >= l.level) stack.pop();
			const h = { label: l.text, level: l.level, line: n, problemKey: null };
			stack.push(h);
			headings.push(h);
			continue;
		}
		if (l.kind === 'item') {
			closeItem();
			closeUnread();
			item = { start: n, end: n, parts: [l.text] };
			continue;
		}
		// A wrapped item: the next line without a blank between, or an indented line after blanks.
		if (item && l.kind === 'text' && (item.end === i || l.indented)) {
			item.parts.push(l.text);
			item.end = n;
			continue;
		}
		closeItem();
		if (!unread) unread = { start: n, end: n };
		unread.end = n;
	}
	closeItem();
	closeUnread();
	readOutcomes(out, outcomes, issue);

	for (const h of headings)
		if (!h.problemKey)
			issue(
				h.line,
				h.line,
				'info',
				'heading',
				`Rad ${h.line} är rubriken "${h.label}"; inga punkter följer direkt under den, så den lästes bara som område för det som följer.`
			);
	out.issues.sort((a, b) => a.line - b.line || a.line_end - b.line_end);
}

/** Each outcome becomes a follow-up of the promise it matches by content. */
function readOutcomes(
	out: ParsedDocument,
	outcomes: OpenItem[],
	issue: (line: number, line_end: number, severity: ParsedIssue['severity'], code: string, message: string) => void
): void {
	const texts = outcomes.map((o) => squash(o.parts.join(' ')));
	const match = matchOutcomes(
		out.measures.map((m) => m.description ?? m.title),
		texts
	);
	match.forEach((mi, k) => {
		const o = outcomes[k];
		if (mi === null) {
			issue(
				o.start,
				o.end,
				'warning',
				'followup_unmatched',
				`${span(o.start, o.end)} följer upp något som inget av dokumentets löften tar upp; punkten lästes inte som uppföljning. Kontrollera vilket löfte den hör till.`
			);
			return;
		}
		out.followups.push({
			measure_key: out.measures[mi].key,
			period: 'arsuppfoljning',
			text: texts[k],
			line_start: o.start,
			line_end: o.end
		});
	});
}

/** Year and police area from the title and the headings among the first three non-blank lines. */
function readPlanFields(lines: GLine[], first: number, out: ParsedDocument): void {
	const texts: string[] = [];
	let seen = 0;
	for (let j = first; j < lines.length && seen < 3; j++) {
		if (lines[j].kind === 'blank') continue;
		if (seen === 0 || lines[j].kind === 'heading') texts.push(lines[j].text.slice(0, 300));
		seen++;
	}
	for (const t of texts) {
		const year = /(?<!\d)(20\d\d)(?!\d)/.exec(t);
		if (year && out.year === null) out.year = Number(year[1]);
		const lpo = /[Ll]okalpolisområde\s+(\p{Lu}[\p{L}-]*)/u.exec(t);
		if (lpo && !out.police_areas.includes(lpo[1])) out.police_areas.push(lpo[1]);
	}
}
