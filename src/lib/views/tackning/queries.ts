// Täckning: districts × priority areas for the whole city, causes without a
// measure, and the causes that cite survey indicators. Lägesbilder carry no
// measures and are left out of the matrix (the view says how many).
import { areaLabelSql, areaOrderSql, districtNameSql } from '../sql';

// Every count is one grouped pass per table joined on (plan, area), not a
// subquery per cell: the tables are views over published and imported rows.
export const COVERAGE_MATRIX_SQL = `
WITH cells AS (
	SELECT plan_id, area_id FROM problems
	UNION SELECT plan_id, area_id FROM causes
	UNION SELECT plan_id, area_id FROM measures
),
linked AS (SELECT DISTINCT measure_id FROM measure_causes),
problem_counts AS (SELECT plan_id, area_id, count(*) AS problems FROM problems GROUP BY plan_id, area_id),
cause_counts AS (
	SELECT
		x.plan_id,
		x.area_id,
		count(*) AS causes,
		count(*) FILTER (WHERE x.link_status = 'none') AS causes_without_measure,
		count(*) FILTER (WHERE x.link_status = 'unknown') AS causes_link_unknown
	FROM causes x
	GROUP BY x.plan_id, x.area_id
),
measure_counts AS (
	SELECT
		x.plan_id,
		x.area_id,
		count(*) AS measures,
		count(l.measure_id) AS measures_linked,
		count(*) FILTER (WHERE x.operative_goal IS NOT NULL) AS with_goal
	FROM measures x
	LEFT JOIN linked l ON l.measure_id = x.measure_id
	GROUP BY x.plan_id, x.area_id
),
plan_cause_counts AS (SELECT plan_id, count(*) AS plan_causes FROM causes GROUP BY plan_id),
plan_goal_counts AS (
	SELECT plan_id, count(*) FILTER (WHERE operative_goal IS NOT NULL) AS plan_with_goal FROM measures GROUP BY plan_id
)
SELECT
	p.plan_id,
	p.district_id,
	${districtNameSql()} AS district_name,
	p.year,
	p.layout,
	c.area_id,
	${areaLabelSql('a', 'c', false)} AS area_label,
	${areaOrderSql()}::INTEGER AS area_sort,
	coalesce(pr.problems, 0)::INTEGER AS problems,
	coalesce(ca.causes, 0)::INTEGER AS causes,
	coalesce(me.measures, 0)::INTEGER AS measures,
	coalesce(me.measures_linked, 0)::INTEGER AS measures_linked,
	coalesce(ca.causes_without_measure, 0)::INTEGER AS causes_without_measure,
	coalesce(ca.causes_link_unknown, 0)::INTEGER AS causes_link_unknown,
	coalesce(me.with_goal, 0)::INTEGER AS with_goal,
	coalesce(pc.plan_causes, 0)::INTEGER AS plan_causes,
	coalesce(pg.plan_with_goal, 0)::INTEGER AS plan_with_goal
FROM cells c
JOIN plans p USING (plan_id)
LEFT JOIN districts d ON d.district_id = p.district_id
LEFT JOIN priority_areas a ON a.area_id = c.area_id
LEFT JOIN problem_counts pr ON pr.plan_id = c.plan_id AND pr.area_id = c.area_id
LEFT JOIN cause_counts ca ON ca.plan_id = c.plan_id AND ca.area_id = c.area_id
LEFT JOIN measure_counts me ON me.plan_id = c.plan_id AND me.area_id = c.area_id
LEFT JOIN plan_cause_counts pc ON pc.plan_id = c.plan_id
LEFT JOIN plan_goal_counts pg ON pg.plan_id = c.plan_id
WHERE p.doc_type <> 'lagesbild'
ORDER BY district_name, p.year DESC NULLS LAST, p.plan_id, area_sort, c.area_id
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
	/** Causes the plan gives no measure (link_status 'none'). */
	causes_without_measure: number;
	/** Causes whose link could not be read (link_status 'unknown'): never counted as without. */
	causes_link_unknown: number;
	with_goal: number;
	plan_causes: number;
	plan_with_goal: number;
}

/** How many documents the matrix leaves out (lägesbilder), so the view can say so. */
export const COVERAGE_EXCLUDED_SQL = `
SELECT p.plan_id, p.district_id, ${districtNameSql()} AS district_name, p.year, p.doc_type
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

/** Every cause that is not linked or cites a survey, with its link state: the lists and the citations use it. */
export const COVERAGE_CAUSES_SQL = `
WITH answers AS (SELECT cause_id, count(*) AS n FROM measure_causes GROUP BY cause_id)
SELECT
	c.cause_id,
	c.plan_id,
	p.district_id,
	${districtNameSql()} AS district_name,
	p.year,
	c.area_id,
	${areaLabelSql('a', 'c')} AS area_label,
	c.text,
	c.cited_sources,
	c.line_start,
	c.line_end,
	c.link_status,
	coalesce(n.n, 0)::INTEGER AS measures,
	c.correction_id
FROM causes c
JOIN plans p USING (plan_id)
LEFT JOIN districts d ON d.district_id = p.district_id
LEFT JOIN priority_areas a ON a.area_id = c.area_id
LEFT JOIN answers n ON n.cause_id = c.cause_id
WHERE p.doc_type <> 'lagesbild' AND (len(c.cited_sources) > 0 OR c.link_status <> 'linked')
ORDER BY district_name, p.year DESC NULLS LAST, ${areaOrderSql()}, c.line_start, c.plan_id, c.cause_id
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
	link_status: 'linked' | 'none' | 'unknown';
	measures: number;
	/** Set where an analyst's correction changed the cause's link (marked "rättad"). */
	correction_id?: string | null;
}

/**
 * Plans without causes: the header line of a table that has an "Orsak" column
 * anyway (Farsta 2024, seed line 19), so the view can say what the column holds.
 */
export const CAUSE_COLUMN_SQL = `
SELECT p.plan_id, p.layout, p.source_file, min(l.line)::INTEGER AS header_line
FROM plans p
LEFT JOIN source_lines l ON l.source_file = p.source_file AND regexp_matches(l.text, '(^|\\t)Orsak(\\t|$)')
WHERE p.doc_type <> 'lagesbild' AND NOT EXISTS (SELECT 1 FROM causes c WHERE c.plan_id = p.plan_id)
GROUP BY ALL
ORDER BY p.plan_id
`;

export interface CauseColumnRow {
	plan_id: string;
	layout: string;
	source_file: string;
	/** A table header with a column "Orsak"; null where the template has none. */
	header_line: number | null;
}

/** Indicators and the official district and city values the citation check compares. */
export const COVERAGE_INDICATORS_SQL = `
SELECT indicator_id, source, label_sv, unit, polarity, definition FROM indicators ORDER BY indicator_id
`;

export const COVERAGE_VALUES_SQL = `
SELECT indicator_id, place_type, place_id, year, grp, value, provenance, source_ref
FROM indicator_values
WHERE provenance = 'official' AND place_type IN ('stadsdelsomrade', 'stad')
ORDER BY indicator_id, place_type, place_id, grp, year
`;
