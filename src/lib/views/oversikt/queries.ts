// Översikt: one row per plan, newest year first. The same SQL runs at build
// time (prerendered numbers in summaries.json) and in DuckDB-wasm. Status
// counts are stated judgments; statuses read from activity words are counted
// apart as tolkad (see views/attainment.ts). A lägesbild's judgments per area
// (situation_changes) get their own columns.
import { STATUS_COUNT_KEYS, statusCountsSql, type StatusCountColumns } from '../attainment';
import { districtNameSql } from '../sql';

export const OVERVIEW_SQL = `
WITH m AS (
	SELECT
		m.plan_id,
		count(*)::INTEGER AS measures,
		count(m.operative_goal)::INTEGER AS with_goal,
		${statusCountsSql('s')}
	FROM measures m LEFT JOIN measure_status s USING (measure_id)
	GROUP BY m.plan_id
),
c AS (SELECT plan_id, count(*)::INTEGER AS causes FROM causes GROUP BY plan_id),
x AS (SELECT plan_id, count(*)::INTEGER AS problems FROM problems GROUP BY plan_id),
sc AS (
	SELECT plan_id,
		count(*)::INTEGER AS situation_changes,
		count(*) FILTER (WHERE change = 'positiv')::INTEGER AS change_positiv,
		count(*) FILTER (WHERE change = 'oforandrad')::INTEGER AS change_oforandrad,
		count(*) FILTER (WHERE change = 'negativ')::INTEGER AS change_negativ,
		count(*) FILTER (WHERE change = 'okand')::INTEGER AS change_okand
	FROM situation_changes GROUP BY plan_id
)
SELECT
	p.plan_id,
	p.district_id,
	${districtNameSql()} AS district_name,
	p.year,
	p.doc_type,
	p.layout,
	p.source_file,
	p.provenance,
	p.fields_absent,
	coalesce(m.measures, 0) AS measures,
	coalesce(c.causes, 0) AS causes,
	coalesce(x.problems, 0) AS problems,
	coalesce(m.with_goal, 0) AS with_goal,
	${STATUS_COUNT_KEYS.map((k) => `coalesce(m.${k}, 0) AS ${k}`).join(',\n\t')},
	coalesce(sc.situation_changes, 0) AS situation_changes,
	coalesce(sc.change_positiv, 0) AS change_positiv,
	coalesce(sc.change_oforandrad, 0) AS change_oforandrad,
	coalesce(sc.change_negativ, 0) AS change_negativ,
	coalesce(sc.change_okand, 0) AS change_okand
FROM plans p
LEFT JOIN districts d USING (district_id)
LEFT JOIN m USING (plan_id)
LEFT JOIN c USING (plan_id)
LEFT JOIN x USING (plan_id)
LEFT JOIN sc USING (plan_id)
ORDER BY p.year DESC NULLS LAST, district_name, p.plan_id
`;

export interface OverviewRow extends StatusCountColumns {
	plan_id: string;
	district_id: string | null;
	district_name: string;
	year: number | null;
	doc_type: string;
	layout: string;
	source_file: string;
	provenance: string;
	fields_absent: string[];
	measures: number;
	causes: number;
	problems: number;
	with_goal: number;
	situation_changes: number;
	/** A lägesbild's judgments per area: positive change, unchanged, negative, not judged. */
	change_positiv: number;
	change_oforandrad: number;
	change_negativ: number;
	change_okand: number;
}
