// Åtgärder: every measure with what the list, the filters and the search need,
// and the follow-ups of every measure in period order. MEASURES_SQL also runs
// at build time (summaries.json), so the list is on screen before DuckDB. It names
// no follow-ups: after a big import the list comes as soon as the measures are
// back in DuckDB, not after the follow-ups (src/lib/db/holds.ts).
import { districtNameSql, measureColumnsSql, type MeasureColumns } from '../sql';
export const MEASURES_SQL = `
SELECT
${measureColumnsSql()},
	m.district_id,
	${districtNameSql()} AS district_name,
	m.area_label_raw,
	m.timing_kind,
	m.with_police
FROM measures m
LEFT JOIN districts d USING (district_id)
LEFT JOIN priority_areas a USING (area_id)
LEFT JOIN measure_status s USING (measure_id)
ORDER BY district_name, m.year DESC NULLS LAST, area_order, m.plan_id, m.line_start, m.measure_id
`;

export interface MeasureRow extends MeasureColumns {
	district_id: string | null;
	district_name: string;
	area_label_raw: string;
	timing_kind: string;
	with_police: boolean;
}

/** Dated entries first (in date order), then T1, T2, the undated year-end entry and VB. */
export const FOLLOWUPS_SQL = `
SELECT
	f.followup_id,
	f.measure_id,
	f.plan_id,
	f.period,
	f.status,
	f.status_basis,
	f.status_phrase,
	f.text,
	f.line_start::INTEGER AS line_start,
	f.line_end::INTEGER AS line_end
FROM followups f
ORDER BY
	f.measure_id,
	CASE
		WHEN regexp_matches(f.period, '^[0-9]{4}-[0-9]{2}-[0-9]{2}$') THEN 0
		WHEN f.period = 'T1' THEN 1
		WHEN f.period = 'T2' THEN 2
		WHEN f.period = 'arsuppfoljning' THEN 3
		WHEN f.period = 'VB' THEN 4
		ELSE 5
	END,
	f.period,
	f.line_start
`;

export interface FollowupRow {
	followup_id: string;
	measure_id: string;
	plan_id: string;
	period: string;
	status: string;
	status_basis: string;
	status_phrase: string | null;
	text: string;
	line_start: number;
	line_end: number;
}

/**
 * What each measure answers: its problem (measures.problem_id) and its causes (measure_causes),
 * with their lines, for the search and the detail. Problem first, then causes in document order.
 */
export const MEASURE_CONTEXT_SQL = `
SELECT m.measure_id, 'problem' AS kind, p.plan_id, p.label AS text,
	p.line_start::INTEGER AS line_start, p.line_end::INTEGER AS line_end, p.problem_id AS context_id
FROM measures m
JOIN problems p ON p.problem_id = m.problem_id
UNION ALL
SELECT mc.measure_id, 'cause' AS kind, c.plan_id, c.text,
	c.line_start::INTEGER AS line_start, c.line_end::INTEGER AS line_end, c.cause_id AS context_id
FROM measure_causes mc
JOIN causes c USING (cause_id)
ORDER BY measure_id, kind DESC, line_start, context_id
`;

export interface MeasureContextRow {
	measure_id: string;
	kind: 'problem' | 'cause';
	plan_id: string;
	text: string;
	line_start: number;
	line_end: number;
	context_id: string;
}

/** What Åtgärder's search reads: the measures, their follow-ups and their problems and causes. */
export interface SearchRows {
	measures: MeasureRow[];
	followups: FollowupRow[];
	context: MeasureContextRow[];
}

/** The search's rows through any SQL reader (the bench and the tests read with @duckdb/node-api). */
export async function readSearchRows(read: <T>(sql: string) => Promise<T[]>): Promise<SearchRows> {
	return {
		measures: await read<MeasureRow>(MEASURES_SQL),
		followups: await read<FollowupRow>(FOLLOWUPS_SQL),
		context: await read<MeasureContextRow>(MEASURE_CONTEXT_SQL)
	};
}
