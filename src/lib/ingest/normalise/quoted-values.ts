// Quoted figures of every layout: the one extractor (./quotes.ts) run on each
// source line of the plan's causes and follow-ups (a goal's "Minst 80 %" is a
// target and is never read), added to what the layout itself read.
import type { ParsedDocument, ParsedQuotedValue } from '../types';
import { indicatorFor } from './quote-indicators';
import { quotedFigures } from './quotes';
import { slugify, stripHtml } from './text';

export function quotedValuesOfText(
	parsed: ParsedDocument,
	lines: readonly string[],
	district_id: string | null
): ParsedQuotedValue[] {
	const ranges = [...parsed.causes, ...parsed.followups].map((r) => [r.line_start, r.line_end] as const);
	const seen = new Set<number>();
	const police = parsed.police_areas[0] ? slugify(parsed.police_areas[0]) : null;
	const out: ParsedQuotedValue[] = [];
	const known = (q: ParsedQuotedValue) =>
		[...parsed.quoted_values, ...out].some(
			(v) => v.line === q.line && v.indicator_id === q.indicator_id && v.value === q.value && v.year === q.year
		);
	for (const [a, b] of ranges) {
		for (let line = a; line <= b; line++) {
			if (seen.has(line)) continue;
			seen.add(line);
			for (const f of quotedFigures(stripHtml(lines[line - 1] ?? ''))) {
				const m = indicatorFor(f);
				const area = m.police
					? police && { place_type: 'lokalpolisomrade' as const, place_id: police }
					: f.place
						? slugify(f.place) === district_id
							? { place_type: 'stadsdelsomrade' as const, place_id: district_id }
							: { place_type: 'stadsdel' as const, place_id: slugify(f.place) }
						: district_id && { place_type: 'stadsdelsomrade' as const, place_id: district_id };
				if (!area || !Number.isFinite(f.value)) continue;
				const q = {
					indicator_id: m.indicator_id,
					...area,
					year: f.year,
					grp: m.grp,
					value: f.value,
					line,
					quote: f.phrase
				};
				if (!known(q)) out.push(q);
			}
		}
	}
	return out;
}
