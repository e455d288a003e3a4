// Täckning: districts × priority areas for the whole city, causes without a
// measure, and the causes that cite survey indicators. Lägesbilder carry no
// measures and are left out of the matrix (the view says how many).

export const COVERAGE_MATRIX_SQL = `
WITH cells AS (
	SELECT plan_id, area_id FROM problems
	UNION SELECT plan_id, area_id FROM causes
	UNION SELECT plan_id, area_id FROM measures
),
linked AS (SELECT DISTINCT measure_id FROM measure_causes),
answered AS (SELECT DISTINCT cause_id FROM measure_causes)
SELECT
	p.plan_id,
	p.district_id,
	coalesce(d.name, 'Okänd stadsdel') AS district_name,
	p.year,
	p.layout,
	c.area_id,
	coalesce(a.label_sv, c.area_id) AS area_label,
	coalesce(a.sort_order, 99)::INTEGER AS area_sort,
	(SELECT count(*) FROM problems x WHERE x.plan_id = p.plan_id AND x.area_id = c.area_id)::INTEGER AS problems,
	(SELECT count(*) FROM causes x WHERE x.plan_id = p.plan_id AND x.area_id = c.area_id)::INTEGER AS causes,
	(SELECT count(*) FROM measures x WHERE x.plan_id = p.plan_id AND x.area_id = c.area_id)::INTEGER AS measures,
	(SELECT count(*) FROM measures x WHERE x.plan_id = p.plan_id AND x.area_id = c.area_id
		AND x.measure_id IN (SELECT measure_id FROM linked))::INTEGER AS measures_linked,
	(SELECT count(*) FROM causes x WHERE x.plan_id = p.plan_id AND x.area_id = c.area_id
		AND x.cause_id NOT IN (SELECT cause_id FROM answered))::INTEGER AS causes_without_measure,
	(SELECT count(*) FROM measures x WHERE x.plan_id = p.plan_id AND x.area_id = c.area_id
		AND x.operative_goal IS NOT NULL)::INTEGER AS with_goal,
	(SELECT count(*) FROM causes x WHERE x.plan_id = p.plan_id)::INTEGER AS plan_causes,
	(SELECT count(*) FROM measures x WHERE x.plan_id = p.plan_id AND x.operative_goal IS NOT NULL)::INTEGER AS plan_with_goal
FROM cells c
JOIN plans p USING (plan_id)
LEFT JOIN districts d ON d.district_id = p.district_id
LEFT JOIN priority_areas a ON a.area_id = c.area_id
WHERE p.doc_type <> 'lagesbild'
ORDER BY district_name, p.year DESC NULLS LAST, area_sort, c.area_id
`;

export interface CoverageRow {
	plan_id: string;
	district_id: string | null;
	district_name: string;
	year: number | null;
	layout: string;
	area_id: string;
	area_label: string;
	area_sort: number;
	problems: number;
	causes: number;
	measures: number;
	measures_linked: number;
	causes_without_measure: number;
	with_goal: number;
	plan_causes: number;
	plan_with_goal: number;
}

/** How many documents the matrix leaves out (lägesbilder), so the view can say so. */
export const COVERAGE_EXCLUDED_SQL = `
SELECT p.plan_id, p.district_id, coalesce(d.name, 'Okänd stadsdel') AS district_name, p.year, p.doc_type
FROM plans p LEFT JOIN districts d USING (district_id)
WHERE p.doc_type = 'lagesbild'
ORDER BY district_name, p.year
`;

export interface ExcludedPlanRow {
	plan_id: string;
	district_id: string | null;
	district_name: string;
	year: number | null;
	doc_type: string;
}

/** Every cause, with whether a measure answers it: the list and the citations both use it. */
export const COVERAGE_CAUSES_SQL = `
SELECT
	c.cause_id,
	c.plan_id,
	p.district_id,
	coalesce(d.name, 'Okänd stadsdel') AS district_name,
	p.year,
	c.area_id,
	coalesce(a.label_sv, c.area_id) AS area_label,
	c.text,
	c.cited_sources,
	c.line_start,
	c.line_end,
	(SELECT count(*) FROM measure_causes mc WHERE mc.cause_id = c.cause_id)::INTEGER AS measures
FROM causes c
JOIN plans p USING (plan_id)
LEFT JOIN districts d ON d.district_id = p.district_id
LEFT JOIN priority_areas a ON a.area_id = c.area_id
WHERE p.doc_type <> 'lagesbild'
	AND (len(c.cited_sources) > 0 OR NOT EXISTS (SELECT 1 FROM measure_causes mc WHERE mc.cause_id = c.cause_id))
ORDER BY district_name, p.year DESC NULLS LAST, coalesce(a.sort_order, 99), c.line_start
`;

export interface CoverageCauseRow {
	cause_id: string;
	plan_id: string;
	district_id: string | null;
	district_name: string;
	year: number | null;
	area_id: string;
	area_label: string;
	text: string;
	cited_sources: string[];
	line_start: number;
	line_end: number;
	measures: number;
}

/** Indicators and the official district and city values the citation check compares. */
export const COVERAGE_INDICATORS_SQL = `
SELECT indicator_id, source, label_sv, unit, polarity FROM indicators ORDER BY indicator_id
`;

export const COVERAGE_VALUES_SQL = `
SELECT indicator_id, area_type, area_id, year, grp, value, provenance, source_ref
FROM indicator_values
WHERE provenance = 'official' AND area_type IN ('stadsdelsomrade', 'stad')
ORDER BY indicator_id, area_type, area_id, grp, year
`;
