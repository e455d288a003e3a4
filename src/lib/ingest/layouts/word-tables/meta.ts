// Plan-level facts of a word-tables document: title, year, district, police areas.
import { isBlank, slugify, stripHtml } from '../../normalise';
import type { ParsedDocument, ParsedIssue } from '../../types';
import { issue } from './cells';
import type { PlanContext } from './rows';

export interface NameHit {
	name: string;
	line: number;
	words: string;
}

/** `Åtgärdsplan 2024` (line 3): the first line before the tables that names the document type. */
export function findTitle(
	lines: string[],
	before: number
): { title: string; line: number; year: number | null } | null {
	for (let i = 0; i < Math.min(before, lines.length); i++) {
		const t = stripHtml(lines[i]).replace(/[*#_]/g, ' ').replace(/\s+/g, ' ').trim();
		if (t === '' || t.length > 120) continue;
		if (!/åtgärdsplan|handlingsplan|lägesbild/i.test(t)) continue;
		const y = /(?:^|\D)(20\d\d)(?!\d)/.exec(t);
		return { title: t, line: i + 1, year: y ? Number(y[1]) : null };
	}
	return null;
}

function tally(hits: NameHit[]): Map<string, NameHit[]> {
	const by = new Map<string, NameHit[]>();
	for (const h of hits) by.set(h.name, [...(by.get(h.name) ?? []), h]);
	return by;
}

/**
 * The title names no district (line 3), so the district is read from the text:
 * the capitalised word before "stadsdelsförvaltning", "stadsdelsområde",
 * "stadsdelsnämnd" or "sdf" ("Farsta stadsdelsförvaltning", line 29;
 * "Farsta sdf", line 132). The most frequent name wins; "stadsdelsförvaltningen
 * EÅV" (line 43) names another district after the word and is not counted.
 * Returns every hit of the winning name, first one first.
 */
export function findDistrict(lines: string[]): NameHit[] {
	const re = /(\p{Lu}[\p{L}-]*)\s+(?:stadsdelsförvaltning|stadsdelsområde|stadsdelsnämnd|sdf)(?:en|et)?(?![\p{L}])/gu;
	const hits: NameHit[] = [];
	lines.forEach((raw, i) => {
		const text = stripHtml(raw);
		for (const m of text.matchAll(re)) hits.push({ name: m[1], line: i + 1, words: m[0] });
	});
	let best: NameHit[] = [];
	for (const group of tally(hits).values()) if (group.length > best.length) best = group;
	return best;
}

/**
 * Police areas named as "lokalpolisområde Farsta" / "LPO Farsta". A name kept must
 * be named at least a third as often as the most named one: line 43 mentions
 * "lokalpolisområde Globen" once, about another district's meetings, while
 * Farsta is named throughout.
 */
export function findPoliceAreas(lines: string[]): { names: string[]; lines: number[] } {
	const re = /(?:[Ll]okalpolisområde|LPO)\s+(\p{Lu}[\p{L}-]*)/gu;
	const hits: NameHit[] = [];
	lines.forEach((raw, i) => {
		for (const m of stripHtml(raw).matchAll(re)) hits.push({ name: m[1], line: i + 1, words: m[0] });
	});
	const by = tally(hits);
	const max = Math.max(0, ...[...by.values()].map((g) => g.length));
	const names = [...by.entries()].filter(([, g]) => g.length * 3 >= max).map(([n]) => n);
	const kept = hits.filter((h) => names.includes(h.name)).map((h) => h.line);
	return { names, lines: [...new Set(kept)] };
}

/** Title, year, district and police areas into `out`; the context the rows need. */
export function readMeta(lines: string[], firstTable: number, out: ParsedDocument): PlanContext {
	const title = findTitle(lines, firstTable);
	if (title) {
		out.title = title.title;
		out.year = title.year;
		out.plan_lines.push({ line_start: title.line, line_end: title.line });
	}
	const district = findDistrict(lines);
	if (district.length) {
		const first = district[0];
		out.district_name = first.name;
		if (!title || !title.title.includes(first.name))
			out.issues.push(
				issue(
					first.line,
					first.line,
					'warning',
					'district_from_text',
					`Rubriken nämner ingen stadsdel; stadsdelen ”${first.name}” lästes från texten (rad ${first.line}: ”${first.words}”, nämnd ${district.length} gånger). Kontrollera att planen gäller ${first.name}.`
				)
			);
	} else if (lines.some((l) => !isBlank(l))) {
		const at = title?.line ?? 1;
		out.issues.push(
			issue(
				at,
				at,
				'warning',
				'district_missing',
				'Dokumentet nämner ingen stadsdelsförvaltning eller stadsdelsområde, så stadsdelen är okänd. Ange stadsdel när planen importeras.'
			)
		);
	}
	const police = findPoliceAreas(lines);
	out.police_areas = police.names;
	return {
		year: out.year,
		district_slug: out.district_name ? slugify(out.district_name) : null,
		police_slug: police.names.length === 1 ? slugify(police.names[0]) : null,
		lines
	};
}

/** Intro lines before the first table, in runs separated only by blank lines: one issue per run. */
export function introIssues(lines: string[], intro: number[], hasTables: boolean): ParsedIssue[] {
	const runs: [number, number][] = [];
	for (const ln of intro) {
		const run = runs[runs.length - 1];
		if (run && lines.slice(run[1], ln - 1).every(isBlank)) run[1] = ln;
		else runs.push([ln, ln]);
	}
	return runs.map(([a, b]) =>
		hasTables
			? issue(
					a,
					b,
					'info',
					'intro_text',
					'Mallens inledning och hänvisningar före tabellerna; den beskriver inga åtgärder.'
				)
			: issue(
					a,
					b,
					'error',
					'no_tables',
					'Ingen tabell med rubriken ”Prioriterat samverkansområde, Orsak, Åtgärd, När” hittades, så inga åtgärder lästes. Kontrollera att filen är en åtgärdsplan exporterad från Word.'
				)
	);
}
