// Plan-level fields of the pdf-columns layout: title, year, district and
// police areas; the template's instruction pages; the analysis sheet.
import type { ParsedDocument } from '../../types';
import { clean, key } from './blocks';

export interface SheetCounts {
	area: string;
	problems: number;
	causes: number;
	measures: number;
}

// Stockholm's district administrations; hyphens are often lost in the PDF
// text ("EnskedeÅrstaVantör", seed line 691).
const DISTRICTS = [
	'Rinkeby-Kista',
	'Spånga-Tensta',
	'Hässelby-Vällingby',
	'Bromma',
	'Kungsholmen',
	'Norrmalm',
	'Östermalm',
	'Södermalm',
	'Enskede-Årsta-Vantör',
	'Skarpnäck',
	'Farsta',
	'Älvsjö',
	'Hägersten-Älvsjö',
	'Hägersten-Liljeholmen',
	'Skärholmen'
];

export function readPlanFields(lines: string[], introEnd: number, out: ParsedDocument): void {
	const titleAt = lines.findIndex((l, i) => i < Math.max(introEnd, 0) && /^\s*Åtgärdsplan\b/i.test(l));
	if (titleAt >= 0) {
		out.title = clean(lines[titleAt]);
		const y = /\b(20\d\d)\b/.exec(out.title);
		out.year = y ? Number(y[1]) : null;
		out.plan_lines.push({ line_start: titleAt + 1, line_end: titleAt + 1 });
	}
	// Everything else before the first sheet is the template's instruction pages.
	let a = -1;
	let b = -1;
	for (let n = 1; n <= introEnd; n++) {
		if (n === titleAt + 1 || lines[n - 1].trim() === '') continue;
		if (a < 0) a = n;
		b = n;
	}
	if (a > 0)
		out.issues.push({
			line: a,
			line_end: b,
			severity: 'info',
			code: 'template_text',
			message: 'Mallens inledande instruktioner och lästips; de är ingen del av planens åtgärder och hoppas över.'
		});

	// District: the name the text uses most, not counting police areas ("LPO Farsta").
	const text = lines.join('\n');
	let best: { name: string; count: number; line: number } | null = null;
	for (const d of DISTRICTS) {
		const re = new RegExp(d.split('-').join('[ \\t-]*'), 'g');
		let count = 0;
		let firstLine = -1;
		let firstName = '';
		for (let m = re.exec(text); m; m = re.exec(text)) {
			const before = text.slice(Math.max(0, m.index - 40), m.index);
			if (/(LPO|[Ll]okalpolisområde\w*)(\s+\p{L}+\s+(och|&))?\s*$/u.test(before)) continue;
			count++;
			if (firstLine < 0) {
				firstLine = text.slice(0, m.index).split('\n').length;
				firstName = clean(m[0]);
			}
		}
		if (count && (!best || count > best.count)) best = { name: firstName, count, line: firstLine };
	}
	if (best) {
		out.district_name = best.name;
		out.plan_lines.push({ line_start: best.line, line_end: best.line });
	}
	// Police areas: "LPO Globen", "Lokalpolisområdena Farsta och Globen".
	const areas: string[] = [];
	const pre = /\b(?:LPO|[Ll]okalpolisområde(?:na|t|n)?)\s+(\p{Lu}\p{Ll}+)(?:\s+(?:och|&)\s+(\p{Lu}\p{Ll}+))?/gu;
	for (let m = pre.exec(text); m; m = pre.exec(text))
		for (const a of [m[1], m[2]]) if (a && !areas.includes(a)) areas.push(a);
	out.police_areas = areas;
}

export function readStatedCounts(lines: string[], heading: number, out: ParsedDocument): void {
	const a = heading;
	let b = heading;
	for (let n = heading + 1; n <= lines.length; n++) {
		const s = lines[n - 1];
		if (s.trim() === '') continue;
		if (/^\s*Prioriterat område\b.*Antal/i.test(s)) {
			b = n;
			continue;
		}
		const m = /^\s*(.+?)\s+(\d+)\s+(\d+)\s+(\d+)\s*$/.exec(s);
		if (m) {
			out.stated_counts.push({
				area_label_raw: clean(m[1]),
				problems: Number(m[2]),
				causes: Number(m[3]),
				measures: Number(m[4]),
				line: n
			});
		} else
			out.issues.push({
				line: n,
				line_end: n,
				severity: 'warning',
				code: 'analysis_row_unreadable',
				message:
					'Raden i sammanställningen kunde inte läsas; väntade områdets namn följt av tre tal (problem, orsaker, åtgärder).'
			});
	}
	out.issues.push({
		line: a,
		line_end: b,
		severity: 'info',
		code: 'heading',
		message: 'Rubriker för mallens analysflik (sammanställning över prioriterade områden).'
	});
}

/** Surfaces every disagreement between the analysis sheet and what was parsed. */
export function compareCounts(out: ParsedDocument, sheets: SheetCounts[]): void {
	for (const s of out.stated_counts) {
		const sheet = sheets.find((x) => key(x.area) === key(s.area_label_raw));
		const parsed = sheet ?? { area: s.area_label_raw, problems: 0, causes: 0, measures: 0 };
		const pairs: [string, number | null, number][] = [
			['problemområden', s.problems, parsed.problems],
			['orsaker', s.causes, parsed.causes],
			['åtgärder', s.measures, parsed.measures]
		];
		for (const [what, stated, got] of pairs) {
			if (stated === null || stated === got) continue;
			out.issues.push({
				line: s.line,
				line_end: s.line,
				severity: 'warning',
				code: 'stated_count_mismatch',
				message: `Sammanställningen anger ${stated} ${what} för "${s.area_label_raw}", men tolkningen hittade ${got}${sheet ? '' : ' (ingen flik med det namnet)'}. Kontrollera fliken i källan.`
			});
		}
	}
}
