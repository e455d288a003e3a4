// Översikt: one row per plan, newest year first. The same SQL runs at build
// time (prerendered numbers in summaries.json) and in DuckDB-wasm.
export const OVERVIEW_SQL = `
SELECT
	p.plan_id,
	p.district_id,
	coalesce(d.name, 'Okänd stadsdel') AS district_name,
	p.year,
	p.doc_type,
	p.layout,
	p.source_file,
	p.provenance,
	p.fields_absent,
	(SELECT count(*) FROM measures m WHERE m.plan_id = p.plan_id)::INTEGER AS measures,
	(SELECT count(*) FROM causes c WHERE c.plan_id = p.plan_id)::INTEGER AS causes,
	(SELECT count(*) FROM problems x WHERE x.plan_id = p.plan_id)::INTEGER AS problems,
	(SELECT count(*) FROM measures m WHERE m.plan_id = p.plan_id AND m.operative_goal IS NOT NULL)::INTEGER AS with_goal,
	(SELECT count(*) FROM measures m JOIN measure_status s USING (measure_id) WHERE m.plan_id = p.plan_id AND s.status = 'uppnadd')::INTEGER AS uppnadd,
	(SELECT count(*) FROM measures m JOIN measure_status s USING (measure_id) WHERE m.plan_id = p.plan_id AND s.status = 'delvis_uppnadd')::INTEGER AS delvis_uppnadd,
	(SELECT count(*) FROM measures m JOIN measure_status s USING (measure_id) WHERE m.plan_id = p.plan_id AND s.status = 'paborjad')::INTEGER AS paborjad,
	(SELECT count(*) FROM measures m JOIN measure_status s USING (measure_id) WHERE m.plan_id = p.plan_id AND s.status = 'ej_uppnadd')::INTEGER AS ej_uppnadd,
	(SELECT count(*) FROM measures m JOIN measure_status s USING (measure_id) WHERE m.plan_id = p.plan_id AND s.status = 'ej_bedomd')::INTEGER AS ej_bedomd,
	(SELECT count(*) FROM measures m JOIN measure_status s USING (measure_id) WHERE m.plan_id = p.plan_id AND s.status = 'saknas')::INTEGER AS saknas,
	(SELECT count(*) FROM situation_changes s WHERE s.plan_id = p.plan_id)::INTEGER AS situation_changes
FROM plans p
LEFT JOIN districts d USING (district_id)
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
