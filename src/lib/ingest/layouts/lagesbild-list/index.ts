// Layout `lagesbild-list`: a situation report (lägesbild) exported from a Word
// table (seed: data/raw/enskede-arsta-vantor-lagesbild-2022.txt).
//
// A numbered list of areas (the ten city-wide areas, then "Lokalt prioriterade
// arbeten" numbered 1., 1.1, 1.2, 2., ...), then, after "Kommentarer", one
// comment per area in the same order, each starting with "Positiv förändring",
// "Oförändrat" or "Negativ förändring" (or with no judgment), then the
// template's "Instruktioner".
//
// Which list entries take a comment: a numbered heading with sub-entries
// ("1. Riktat arbete i utsatta områden" above 1.1 and 1.2) is a group and has
// no comment of its own. The seed proves it: 22 comments for 10 city-wide
// areas + 12 local sub-entries, and the comments name the sub-entries in order
// (line 84 Östberga = 1.1, line 95 trygghetsinventeringar = 2.2, line 97
// Farsta = 2.3, line 119 bedrägerier = 4.2). Counting the four group headings
// too would shift every local comment onto the wrong area.
//
// Coverage of the list: a situation change points at its comment's lines, as
// the contract's one range per record allows; the list lines are named by one
// info issue `area_list` per list section, which says where its comments are.
import {
	bareNumber,
	clean,
	districtInside,
	districtLine,
	findStrayRepeats,
	judgment,
	listEntry,
	segmentComments
} from './text';
import { type ParsedDocument, type ParsedIssue, type SourceDocument, readSafely } from '../../types';

interface Entry {
	num: string;
	label: string;
	line_start: number;
	line_end: number;
	section: number;
	group: boolean;
}

const COMMENTS_HEAD = /^kommentar(er)?:?$/i;
const INSTRUCTIONS_HEAD = /^instruktion(er)?:?$/i;

export function parseLagesbildList(doc: SourceDocument): ParsedDocument {
	return readSafely('lagesbild-list', 'lagesbild', doc, read);
}

function read(doc: SourceDocument, out: ParsedDocument): void {
	const lines = doc.lines;
	const text = lines.map((l) => clean(l ?? ''));
	const issue = (line: number, line_end: number, severity: ParsedIssue['severity'], code: string, message: string) =>
		out.issues.push({ line, line_end, severity, code, message });
	const lastNonBlank = text.reduce((acc, t, i) => (t === '' ? acc : i), -1);
	if (lastNonBlank < 0) {
		issue(1, Math.max(1, lines.length), 'error', 'empty', 'Filen innehåller ingen text; ingen lägesbild kunde läsas.');
		return;
	}

	// Title: the first line naming "Lägesbild", else the first non-blank line.
	const firstLines = text
		.map((t, i) => ({ t, i }))
		.filter((x) => x.t !== '')
		.slice(0, 10);
	const titleAt = (firstLines.find((x) => /lägesbild/i.test(x.t)) ?? firstLines[0]).i;
	out.title = text[titleAt];
	const y = /\b(20\d\d)\b/.exec(out.title);
	out.year = y ? Number(y[1]) : null;
	out.plan_lines.push({ line_start: titleAt + 1, line_end: titleAt + 1 });
	out.district_name = districtInside(out.title);

	const commentsHead = text.findIndex((t, i) => i > titleAt && COMMENTS_HEAD.test(t));
	const instrFrom = commentsHead >= 0 ? commentsHead : titleAt;
	let instrHead = text.findIndex((t, i) => i > instrFrom && INSTRUCTIONS_HEAD.test(t));
	if (instrHead < 0) instrHead = lines.length;

	// The list: everything between the title and "Kommentarer" (or, without that
	// heading, up to the last list entry).
	const firstJudged = text.findIndex((t, i) => i > titleAt && i < instrHead && judgment(t) !== null);
	const listEnd = commentsHead >= 0 ? commentsHead : firstJudged >= 0 ? firstJudged : instrHead;
	const entries: Entry[] = [];
	const pendingLines: number[] = [];
	let pending: { num: string; line: number } | null = null;
	let section = 0;
	let lastEntryEnd = titleAt;
	const headings: number[] = [];
	for (let i = titleAt + 1; i < listEnd; i++) {
		const t = text[i];
		const n = i + 1;
		if (t === '') continue;
		const e = listEntry(t);
		const bare = bareNumber(t);
		if (e && !pending) {
			entries.push({ num: e.num, label: e.label, line_start: n, line_end: n, section, group: false });
			lastEntryEnd = i;
		} else if (bare && !pending) {
			pending = { num: bare, line: n };
		} else if (pending && !bare && !e) {
			// Seed lines 11-12 ("5" / "Otillåten påverkan") and 20-22 ("9", blank, "Ordningsvakter").
			entries.push({ num: pending.num, label: t, line_start: pending.line, line_end: n, section, group: false });
			pendingLines.push(entries.length - 1);
			pending = null;
			lastEntryEnd = i;
		} else if (pending) {
			issue(
				pending.line,
				pending.line,
				'warning',
				'number_without_label',
				`Listnumret "${pending.num}" står ensamt och följs av ${e || bare ? 'ett nytt nummer' : 'ingen text'}; inget område lästes för numret. Kontrollera listan i källan.`
			);
			pending = null;
			i--; // read this line again as an ordinary list line
		} else if (districtLine(t)) {
			out.district_name ??= districtLine(t);
			out.plan_lines.push({ line_start: n, line_end: n });
		} else {
			// "Stadsövergripande prioriterade områden", "Lokalt prioriterade arbeten":
			// a section heading; a new section's numbers start again at 1.
			if (entries.length > 0 && entries[entries.length - 1].section === section) section++;
			headings.push(n);
		}
	}
	if (pending)
		issue(
			pending.line,
			pending.line,
			'warning',
			'number_without_label',
			`Listnumret "${pending.num}" står ensamt utan områdesnamn; inget område lästes för numret. Kontrollera listan i källan.`
		);
	for (const idx of pendingLines) {
		const e = entries[idx];
		issue(
			e.line_start,
			e.line_end,
			'warning',
			'split_list_entry',
			`Listnumret "${e.num}" står på rad ${e.line_start} och områdesnamnet "${e.label}" på rad ${e.line_end}; de lästes som ett listområde.`
		);
	}
	entries.forEach((e, k) => {
		const next = entries[k + 1];
		e.group = !!next && next.section === e.section && next.num.startsWith(e.num + '.');
	});

	// Without a "Kommentarer" heading the comments start after the last list
	// entry; lines the list loop took for headings there are comments.
	const commentFrom = commentsHead >= 0 ? commentsHead + 1 : lastEntryEnd + 1;
	const headingLines = headings.filter((h) => h <= commentFrom);
	if (commentsHead >= 0) headingLines.push(commentsHead + 1);
	for (const h of headingLines)
		issue(
			h,
			h,
			'info',
			'heading',
			`Raden "${text[h - 1]}" är en rubrik i mallen och lästes inte som område eller kommentar.`
		);

	// Comments.
	const skip = new Set<number>();
	for (let i = commentFrom; i < instrHead; i++) {
		if (text[i] !== '' && districtLine(text[i])) {
			out.district_name ??= districtLine(text[i]);
			if (!out.plan_lines.some((r) => r.line_start === i + 1))
				out.plan_lines.push({ line_start: i + 1, line_end: i + 1 });
			skip.add(i + 1);
		}
	}
	const strays = findStrayRepeats(text, commentFrom, instrHead);
	const endsAt = new Set<number>();
	for (const s of strays) {
		skip.add(s.line);
		// The export printed the end of a cell once more (line 126 repeats the end
		// of line 73), so the comment holding that line ends there: line 74 "se
		// lokalt samverkansforum 0-20" is the next area's comment, not a wrapped tail.
		const endsLine = text[s.of - 1].endsWith(s.text);
		if (endsLine) endsAt.add(s.of);
		issue(
			s.line,
			s.line,
			'warning',
			'stray_repeat',
			`Rad ${s.line} upprepar ${endsLine ? 'slutet av' : 'text från'} rad ${s.of} ("${s.text}") och står utanför kommentarerna; den lästes inte som en egen kommentar.${endsLine ? ` Kommentaren som innehåller rad ${s.of} antogs sluta där.` : ''}`
		);
	}
	const comments = segmentComments(text, commentFrom, instrHead, skip, endsAt);
	const leaves = entries.filter((e) => !e.group);

	if (comments.length !== leaves.length) {
		const at = comments[0]?.line_start ?? commentFrom + 1;
		issue(
			at,
			at,
			'warning',
			'comment_count',
			`Listan har ${leaves.length} områden som ska ha en kommentar men ${comments.length} kommentarer hittades; kommentarerna kopplades till områdena i ordning${comments.length < leaves.length ? ' och de sista områdena fick ingen kommentar' : ' och de överskjutande lästes inte'}. Kontrollera att varje område har en kommentar.`
		);
	}
	comments.forEach((c, k) => {
		const area = leaves[k];
		if (!area) {
			issue(
				c.line_start,
				c.line_end,
				'warning',
				'extra_comment',
				`Kommentaren på rad ${c.line_start}–${c.line_end} har inget område i listan (listan har ${leaves.length} områden); den lästes inte.`
			);
			return;
		}
		out.situation_changes.push({
			area_label_raw: area.label,
			change: c.change,
			comment: c.parts.join(' '),
			line_start: c.line_start,
			line_end: c.line_end
		});
		if (c.change === 'okand')
			issue(
				c.line_start,
				c.line_end,
				'warning',
				'no_judgment',
				`Kommentaren för "${area.label}" (listrad ${area.line_start}) börjar inte med "Positiv förändring", "Oförändrat" eller "Negativ förändring"; förändringen sattes till okänd.`
			);
	});
	for (const area of leaves.slice(comments.length))
		issue(
			area.line_start,
			area.line_end,
			'warning',
			'missing_comment',
			`Området "${area.label}" (listrad ${area.line_start}) fick ingen kommentar; ingen förändring lästes för det.`
		);

	// One info issue per list section: the list lines and where their comments are.
	let k = 0;
	for (let s = 0; s <= section; s++) {
		const inSection = entries.filter((e) => e.section === s);
		if (inSection.length === 0) continue;
		const sLeaves = inSection.filter((e) => !e.group);
		const got = out.situation_changes.slice(k, k + sLeaves.length);
		k += sLeaves.length;
		const groups = inSection.filter((e) => e.group).map((e) => `${e.num}.`);
		const where = got.length
			? ` Kommentarerna står i samma ordning på raderna ${got[0].line_start}–${got[got.length - 1].line_end}.`
			: '';
		issue(
			inSection[0].line_start,
			inSection[inSection.length - 1].line_end,
			'info',
			'area_list',
			`Raderna är listan över ${sLeaves.length} områden som kommenteras.${groups.length ? ` Rubrikerna ${groups.join(', ')} har underpunkter och ingen egen kommentar.` : ''}${where}`
		);
	}

	if (instrHead < lines.length) {
		const end = Math.max(instrHead, lastNonBlank);
		issue(
			instrHead + 1,
			end + 1,
			'info',
			'template_text',
			'Raderna är mallens instruktioner för hur lägesbilden ska fyllas i; de lästes inte som data.'
		);
	}
}

/**
 * How sure we are that the text is a lägesbild list: a title naming
 * "Lägesbild", lines that start with the template's judgments, a "Kommentarer"
 * heading and a numbered list. Without judgments or the heading the score
 * stays near 0 (the action plans also talk about "lägesbild").
 */
export function detectLagesbildList(lines: string[]): number {
	const text = lines.map((l) => clean(l ?? '')).filter((t) => t !== '');
	const title = text.slice(0, 10).some((t) => /^lägesbild\b/i.test(t));
	const judged = text.filter((t) =>
		/^(positiv\s+förändring|negativ\s+förändring|oförändrat|ej\s+förändrat)/i.test(t)
	).length;
	const head = text.some((t) => COMMENTS_HEAD.test(t));
	const listed = text.filter((t) => listEntry(t) && t.length < 100).length;
	if (judged < 2 && !head) return title ? 0.05 : 0;
	let score = 0.3;
	if (title) score += 0.3;
	if (judged >= 3) score += 0.2;
	if (head) score += 0.1;
	if (listed >= 5) score += 0.1;
	return Math.min(1, score);
}
