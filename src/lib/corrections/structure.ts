// Split and merge: a record the reading cut wrongly. A split copies the
// measure once per part (same cell, same lines, same causes and follow-ups:
// the follow-up was written for the cell as a whole); a merge keeps the first
// measure's id and gathers the others' text, lines, causes and follow-ups.
import type { Row } from '../schema/tables';
import type { Correctable } from './apply';
import { mark } from './mark';
import type { CorrectionOf } from './schema';

const missing = (ids: string[]) =>
	`${ids.length > 1 ? 'Åtgärderna' : 'Åtgärden'} ${ids.join(', ')} finns inte (längre) i datasetet; kanske läser parsern planen annorlunda nu. Rättelsen tillämpades inte.`;

export function splitMeasure(t: Correctable, c: CorrectionOf<'split'>): string | null {
	const m = t.measures.find((x) => x.measure_id === c.measure_id);
	if (!m) return missing([c.measure_id]);
	const partId = (i: number) => `${m.measure_id}.${i + 1}`;
	const parts = c.parts.map((title, i) => mark({ ...m, measure_id: partId(i), title }, c));
	const at = t.measures.indexOf(m);
	t.measures = [...t.measures.slice(0, at), ...parts, ...t.measures.slice(at + 1)];
	const each = <R extends { measure_id: string }>(rows: R[], extra: (r: R, i: number) => Partial<R> = () => ({})) =>
		rows.flatMap((r) =>
			r.measure_id === m.measure_id
				? c.parts.map((_, i) => mark({ ...r, measure_id: partId(i), ...extra(r, i) }, c))
				: [r]
		);
	t.measure_causes = each(t.measure_causes);
	t.measure_status = each(t.measure_status);
	t.followups = each(t.followups, (f, i) => ({ followup_id: `${f.followup_id}.${i + 1}` }));
	return null;
}

export function mergeMeasures(t: Correctable, c: CorrectionOf<'merge'>): string | null {
	const found = c.measure_ids.map((id) => t.measures.find((x) => x.measure_id === id));
	const gone = c.measure_ids.filter((_, i) => !found[i]);
	if (gone.length) return missing(gone);
	const ms = found as Row<'measures'>[];
	const [first] = ms;
	if (ms.some((m) => m.plan_id !== first.plan_id))
		return `Åtgärderna ${c.measure_ids.join(', ')} kommer från olika planer och kan inte slås ihop.`;
	const others = new Set(c.measure_ids.slice(1));
	const sameFile = ms.every((m) => m.source_file === first.source_file);
	const join = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))].join('\n\n') || null;
	const merged = mark(
		{
			...first,
			title: c.title ?? first.title,
			description: join(ms.map((m) => m.description)) ?? '',
			operative_goal: join(ms.map((m) => m.operative_goal)),
			line_start: sameFile ? Math.min(...ms.map((m) => m.line_start)) : first.line_start,
			line_end: sameFile ? Math.max(...ms.map((m) => m.line_end)) : first.line_end
		},
		c
	);
	t.measures = t.measures.filter((m) => !others.has(m.measure_id)).map((m) => (m === first ? merged : m));
	const seen = new Set<string>();
	t.measure_causes = t.measure_causes.flatMap((l) => {
		if (l.measure_id !== first.measure_id && !others.has(l.measure_id)) return [l];
		if (seen.has(l.cause_id)) return [];
		seen.add(l.cause_id);
		return [mark({ ...l, measure_id: first.measure_id }, c)];
	});
	t.followups = t.followups.map((f) =>
		others.has(f.measure_id) ? mark({ ...f, measure_id: first.measure_id }, c) : f
	);
	// The first measure's status stays, unless it has none and another has one.
	const statuses = t.measure_status.filter((s) => s.measure_id === first.measure_id || others.has(s.measure_id));
	const kept =
		statuses.find((s) => s.measure_id === first.measure_id && s.status !== 'saknas') ??
		statuses.find((s) => s.status !== 'saknas') ??
		statuses[0];
	t.measure_status = t.measure_status.flatMap((s) => {
		if (s.measure_id !== first.measure_id && !others.has(s.measure_id)) return [s];
		return s === kept ? [mark({ ...s, measure_id: first.measure_id }, c)] : [];
	});
	return null;
}
