// Front matter of the forum-keyvalue layout: everything before the first
// key/value table, area heading or Mål:/Syfte:/Arbetssätt: marker.
//
// Seen in skarholmen-gemensam-atgardsplan.txt:
//   lines 3-7    cover (title, "Lokalpolisområde Skärholmen", "Skärholmens stadsdelsförvaltning"),
//                ended by three blank lines (8-10)
//   lines 11-30  contact block of both parties (addresses, already redacted [telefon]/[e-post])
//   lines 32-44  table of contents ("Innehåll", then "label<TAB>page" rows)
//   line 46      the full title "Gemensam åtgärdsplan mellan ... och polisen"
//   line 48      an intro paragraph about the local crime-prevention council

import { isBlank, squash, stripHtml } from '../../normalise';
import type { LineRange, ParsedIssue } from '../../types';

export interface FrontMatter {
	/** Index (0-based) of the first line that belongs to the body. */
	bodyStart: number;
	title: string;
	district_name: string | null;
	year: number | null;
	police_areas: string[];
	plan_lines: LineRange[];
	issues: ParsedIssue[];
}

export function cleanCell(s: string): string {
	return squash(stripHtml(s));
}

const TOC_START = /^innehåll(sförteckning)?$/i;
const TITLE = /^(gemensam\s+)?åtgärdsplan\b/i;
// Addresses and redacted contact data (line 16-21: "Box 503", "12726 Skärholmen", "Telefon [telefon]").
const CONTACT = /\[(telefon|e-post)\]|^(telefon|tel\.?|e-post|mobil)\b|^box\s+\d|^\d{3}\s?\d{2}\s+\p{L}|\.se$/iu;
const AREA_HEADING = /^prioriterat samverkansområde\s*:/i;
const MARKER = /^(mål|syfte|arbetss?ätt)\s*:/i;

/** A `key<TAB>page` row of the table of contents: the value is a page number or empty (line 36: `<i>3</i>`). */
function isTocRow(raw: string): boolean {
	const tab = raw.indexOf('\t');
	if (tab < 0) return false;
	return /^\d*$/.test(cleanCell(raw.slice(tab + 1)));
}

/** Where the body starts: the first area heading, marker, or table row that is not a table-of-contents row. */
function findBodyStart(lines: string[]): number {
	let inToc = false;
	for (let i = 0; i < lines.length; i++) {
		const raw = lines[i];
		if (isBlank(raw)) continue;
		const text = cleanCell(raw);
		if (TOC_START.test(text)) {
			inToc = true;
			continue;
		}
		if (AREA_HEADING.test(text) || MARKER.test(text)) return i;
		if (raw.includes('\t')) {
			if (inToc && isTocRow(raw)) continue;
			return i;
		}
		inToc = false;
	}
	return lines.length;
}

function plural(a: number, b: number): string {
	return a === b ? `Rad ${a}` : `Raderna ${a}–${b}`;
}

export function readFront(lines: string[]): FrontMatter {
	const bodyStart = findBodyStart(lines);
	const out: FrontMatter = {
		bodyStart,
		title: '',
		district_name: null,
		year: null,
		police_areas: [],
		plan_lines: [],
		issues: []
	};
	const titleLines: string[] = [];

	// Cover: the first paragraphs, up to two blank lines in a row, contact data or the table of contents.
	let i = 0;
	while (i < bodyStart && isBlank(lines[i])) i++;
	const coverStart = i;
	let coverEnd = -1;
	let blanks = 0;
	for (; i < bodyStart; i++) {
		if (isBlank(lines[i])) {
			if (++blanks >= 2) break;
			continue;
		}
		blanks = 0;
		const text = cleanCell(lines[i]);
		if (CONTACT.test(text) || TOC_START.test(text)) break;
		coverEnd = i;
		titleLines.push(text);
	}
	if (coverEnd >= coverStart) out.plan_lines.push({ line_start: coverStart + 1, line_end: coverEnd + 1 });

	// The rest of the front matter: table of contents, title lines, and runs of other text.
	let run: { start: number; end: number; contact: boolean } | null = null;
	const flush = () => {
		if (!run) return;
		const range = plural(run.start + 1, run.end + 1);
		out.issues.push(
			run.contact
				? {
						line: run.start + 1,
						line_end: run.end + 1,
						severity: 'info',
						code: 'contact_block',
						message: `${range} är förvaltningens och polisens kontaktuppgifter (adresser, telefon, e-post); de lästes inte in som data.`
					}
				: {
						line: run.start + 1,
						line_end: run.end + 1,
						severity: 'info',
						code: 'intro_text',
						message: `${range} är inledande text före första samverkansforumet; den lästes inte in som åtgärd.`
					}
		);
		run = null;
	};
	let tocStart = -1;
	let tocEnd = -1;
	const flushToc = () => {
		if (tocStart < 0) return;
		out.issues.push({
			line: tocStart + 1,
			line_end: tocEnd + 1,
			severity: 'info',
			code: 'table_of_contents',
			message: `${plural(tocStart + 1, tocEnd + 1)} är innehållsförteckningen; områdena lästes från rubrikerna i texten, inte härifrån.`
		});
		tocStart = -1;
	};
	for (i = Math.max(coverEnd + 1, coverStart); i < bodyStart; i++) {
		const raw = lines[i];
		if (isBlank(raw)) continue;
		const text = cleanCell(raw);
		if (TOC_START.test(text) || (tocStart >= 0 && isTocRow(raw))) {
			flush();
			if (tocStart < 0) tocStart = i;
			tocEnd = i;
			continue;
		}
		flushToc();
		if (TITLE.test(text) && text.length <= 200) {
			flush();
			out.plan_lines.push({ line_start: i + 1, line_end: i + 1 });
			titleLines.push(text);
			continue;
		}
		if (!run) run = { start: i, end: i, contact: false };
		run.end = i;
		if (CONTACT.test(text)) run.contact = true;
	}
	flush();
	flushToc();

	readPlanFields(titleLines, out);
	return out;
}

/** Title, district, police area and year from the cover and title lines only (never from addresses). */
function readPlanFields(titleLines: string[], out: FrontMatter): void {
	// The longest "Gemensam åtgärdsplan ..." line is the most specific title (line 46 over line 3).
	const titles = titleLines.filter((t) => TITLE.test(t)).sort((a, b) => b.length - a.length);
	out.title = titles[0] ?? titleLines[0] ?? '';
	for (const t of titleLines) {
		const lpo = /^lokalpolisområde\s+(.+)$/i.exec(t);
		if (lpo && !out.police_areas.includes(lpo[1])) out.police_areas.push(lpo[1]);
		// "Skärholmens stadsdelsförvaltning" (line 7): the genitive s goes.
		const sdf = /^(\p{Lu}[\p{L}-]*?)s?\s+stadsdelsförvaltning$/u.exec(t);
		if (sdf && !out.district_name) out.district_name = sdf[1];
		const year = /\b(20\d\d)\b/.exec(t);
		if (year && out.year === null) out.year = Number(year[1]);
	}
}
