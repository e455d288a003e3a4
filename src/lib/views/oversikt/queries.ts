// Översikt: one row per plan, newest year first. The same SQL runs at build
// time (prerendered numbers in summaries.json) and in DuckDB-wasm.
import { districtNameSql } from '../sql';
export const OVERVIEW_SQL = `
WITH m AS (
	SELECT
		m.plan_id,
		count(*)::INTEGER AS measures,
		count(m.operative_goal)::INTEGER AS with_goal,
		count(*) FILTER (WHERE s.status = 'uppnadd')::INTEGER AS uppnadd,
		count(*) FILTER (WHERE s.status = 'delvis_uppnadd')::INTEGER AS delvis_uppnadd,
		count(*) FILTER (WHERE s.status = 'paborjad')::INTEGER AS paborjad,
		count(*) FILTER (WHERE s.status = 'ej_uppnadd')::INTEGER AS ej_uppnadd,
		count(*) FILTER (WHERE s.status = 'ej_bedomd')::INTEGER AS ej_bedomd,
		count(*) FILTER (WHERE s.status = 'saknas')::INTEGER AS saknas
	FROM measures m JOIN measure_status s USING (measure_id)
	GROUP BY m.plan_id
),
c AS (SELECT plan_id, count(*)::INTEGER AS causes FROM causes GROUP BY plan_id),
x AS (SELECT plan_id, count(*)::INTEGER AS problems FROM problems GROUP BY plan_id),
sc AS (SELECT plan_id, count(*)::INTEGER AS situation_changes FROM situation_changes GROUP BY plan_id)
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
	coalesce(m.uppnadd, 0) AS uppnadd,
	coalesce(m.delvis_uppnadd, 0) AS delvis_uppnadd,
	coalesce(m.paborjad, 0) AS paborjad,
	coalesce(m.ej_uppnadd, 0) AS ej_uppnadd,
	coalesce(m.ej_bedomd, 0) AS ej_bedomd,
	coalesce(m.saknas, 0) AS saknas,
	coalesce(sc.situation_changes, 0) AS situation_changes
FROM plans p
LEFT JOIN districts d USING (district_id)
LEFT JOIN m USING (plan_id)
LEFT JOIN c USING (plan_id)
LEFT JOIN x USING (plan_id)
LEFT JOIN sc USING (plan_id)
ORDER BY p.year DESC NULLS LAST, district_name, p.plan_id
`;

export interface OverviewRow {
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
	uppnadd: number;
	delvis_uppnadd: number;
	paborjad: number;
	ej_uppnadd: number;
	ej_bedomd: number;
	saknas: number;
	situation_changes: number;
}
