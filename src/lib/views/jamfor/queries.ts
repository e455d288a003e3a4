// Jämför stadsdelar: districts × priority areas. One row per (plan, area)
// with every count a metric needs, so the metric picker works on rows already
// on screen. The same SQL (without filters) is prerendered at build time.
import type { Filters } from '$lib/url-filters';
import { STATUS_COUNT_KEYS, statusCountsSql, type StatusCountColumns } from '../attainment';
import type { DocType, Layout } from '$lib/schema/enums';
import { areaLabelSql, districtNameSql } from '../sql';

/** Document types that carry measures (a lägesbild has none). */
export const MEASURE_DOC_TYPES = ['atgardsplan', 'gemensam_atgardsplan'] as const satisfies readonly DocType[];

/** Layouts whose template has a column "Operativa mål"; others can only lack it. */
export const LAYOUTS_WITH_GOAL_COLUMN = ['pdf-columns', 'xlsx-template'] as const satisfies readonly Layout[];

export interface CompareFilters {
	years: number[];
	districts: string[];
	areas: string[];
}

/** URL filters -> the ones this view uses (years must be integers; others are ids). */
export function compareFilters(f: Filters): CompareFilters {
	return {
		years: (f.year ?? []).map(Number).filter((y) => Number.isInteger(y)),
		districts: f.district ?? [],
		areas: f.area ?? []
	};
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * The plans compared: with years, every action plan of those years; without,
 * each district's newest plan (a plan without a year only when the district
 * has no dated one).
 */
function chosenPlans(f: CompareFilters): { sql: string; params: unknown[] } {
	const where = [`p.doc_type IN (${MEASURE_DOC_TYPES.map((t) => `'${t}'`).join(', ')})`, 'p.district_id IS NOT NULL'];
	const params: unknown[] = [];
	if (f.years.length) {
		where.push(`p.year IN (${marks(f.years.length)})`);
		params.push(...f.years);
	}
	if (f.districts.length) {
		where.push(`p.district_id IN (${marks(f.districts.length)})`);
		params.push(...f.districts);
	}
	const newest = f.years.length
		? ''
		: 'QUALIFY row_number() OVER (PARTITION BY p.district_id ORDER BY p.year DESC NULLS LAST, p.plan_id) = 1';
	const sql = `
	SELECT p.plan_id, p.district_id, ${districtNameSql()} AS district_name, p.year, p.doc_type, p.layout
	FROM plans p LEFT JOIN districts d USING (district_id)
	WHERE ${where.join(' AND ')}
	${newest}`;
	return { sql, params };
}

/** One row per chosen plan × area shown (the five central areas always, others where a plan has data). */
export function compareQuery(f: CompareFilters): { sql: string; params: unknown[] } {
	const chosen = chosenPlans(f);
	const params = [...chosen.params];
	let areaFilter = '';
	if (f.areas.length) {
		areaFilter = `WHERE area_id IN (${marks(f.areas.length)})`;
		params.push(...f.areas);
	}
	const sql = `
WITH chosen AS (${chosen.sql}
),
pm AS (
	SELECT m.plan_id, m.area_id,
		count(*) AS measures,
		count(l.measure_id) AS linked_measures,
		count(m.operative_goal) AS with_goal,
		count(m.responsible) AS with_responsible,
		count(*) FILTER (WHERE m.timing_kind <> 'okand') AS with_timing,
		count(*) FILTER (WHERE m.with_police) AS with_police,
		${statusCountsSql('s')}
	FROM measures m
	JOIN chosen USING (plan_id)
	LEFT JOIN measure_status s USING (measure_id)
	LEFT JOIN (SELECT DISTINCT measure_id FROM measure_causes) l USING (measure_id)
	GROUP BY ALL
),
pp AS (SELECT x.plan_id, x.area_id, count(*) AS problems FROM problems x JOIN chosen USING (plan_id) GROUP BY ALL),
pc AS (SELECT x.plan_id, x.area_id, count(*) AS causes FROM causes x JOIN chosen USING (plan_id) GROUP BY ALL),
grid AS (
	SELECT c.plan_id, c.district_id, c.district_name, c.year, c.doc_type, c.layout,
		a.area_id, ${areaLabelSql()} AS area_label, a.kind AS area_kind, a.sort_order,
		coalesce(pp.problems, 0)::INTEGER AS problems,
		coalesce(pc.causes, 0)::INTEGER AS causes,
		coalesce(pm.measures, 0)::INTEGER AS measures,
		coalesce(pm.linked_measures, 0)::INTEGER AS linked_measures,
		coalesce(pm.with_goal, 0)::INTEGER AS with_goal,
		coalesce(pm.with_responsible, 0)::INTEGER AS with_responsible,
		coalesce(pm.with_timing, 0)::INTEGER AS with_timing,
		coalesce(pm.with_police, 0)::INTEGER AS with_police,
		${STATUS_COUNT_KEYS.map((k) => `coalesce(pm.${k}, 0)::INTEGER AS ${k}`).join(',\n\t\t')}
	FROM chosen c
	CROSS JOIN priority_areas a
	LEFT JOIN pp ON pp.plan_id = c.plan_id AND pp.area_id = a.area_id
	LEFT JOIN pc ON pc.plan_id = c.plan_id AND pc.area_id = a.area_id
	LEFT JOIN pm ON pm.plan_id = c.plan_id AND pm.area_id = a.area_id
),
totals AS (
	SELECT *,
		sum(problems) OVER (PARTITION BY plan_id)::INTEGER AS plan_problems,
		sum(causes) OVER (PARTITION BY plan_id)::INTEGER AS plan_causes,
		sum(measures) OVER (PARTITION BY plan_id)::INTEGER AS plan_measures,
		sum(with_goal) OVER (PARTITION BY plan_id)::INTEGER AS plan_with_goal,
		sum(measures - saknas) OVER (PARTITION BY plan_id)::INTEGER AS plan_followed_up
	FROM grid
	QUALIFY area_kind = 'central' OR sum(problems + causes + measures) OVER (PARTITION BY area_id) > 0
)
SELECT * FROM totals ${areaFilter}
ORDER BY sort_order, area_id, district_name, year DESC NULLS LAST, plan_id
`;
	return { sql, params };
}

/**
 * The rows `compareQuery(f)` gives, from the rows it gives for the same years with no district
 * or area filter: the district filter only narrows the chosen plans (per-plan totals do not
 * change), an area outside the five central ones stays only where a remaining plan has data,
 * and the area filter picks rows. So a district or area change on Jämför asks DuckDB nothing.
 * Tested against compareQuery over the seeds (tests/lib/views/jamfor).
 */
export function filterCompareRows<
	R extends Pick<CompareRow, 'district_id' | 'area_id' | 'area_kind' | 'problems' | 'causes' | 'measures'>
>(rows: R[], f: Pick<CompareFilters, 'districts' | 'areas'>): R[] {
	const plans = f.districts.length ? rows.filter((r) => f.districts.includes(r.district_id)) : rows;
	const withData = new Set(plans.filter((r) => r.problems + r.causes + r.measures > 0).map((r) => r.area_id));
	return plans.filter(
		(r) => (r.area_kind === 'central' || withData.has(r.area_id)) && (!f.areas.length || f.areas.includes(r.area_id))
	);
}

/** Prerendered at build time: each district's newest plan, every area. */
export const COMPARE_SQL = compareQuery({ years: [], districts: [], areas: [] }).sql;

/** Status counts are stated judgments; tolkad and tolkad_<status> are read from activity words (views/attainment.ts). */
export interface CompareRow extends StatusCountColumns {
	plan_id: string;
	district_id: string;
	district_name: string;
	year: number | null;
	doc_type: string;
	layout: string;
	area_id: string;
	area_label: string;
	area_kind: string;
	sort_order: number;
	problems: number;
	causes: number;
	measures: number;
	/** Measures answering at least one cause (measure_causes). */
	linked_measures: number;
	with_goal: number;
	with_responsible: number;
	with_timing: number;
	with_police: number;
	plan_problems: number;
	plan_causes: number;
	plan_measures: number;
	plan_with_goal: number;
	/** Measures of the whole plan that have a follow-up (status other than saknas). */
	plan_followed_up: number;
}

/** Plans that can be compared, for the year and district pickers. */
export const COMPARE_PLANS_SQL = `
SELECT p.plan_id, p.district_id, ${districtNameSql()} AS district_name, p.year, p.doc_type, p.layout
FROM plans p LEFT JOIN districts d USING (district_id)
WHERE p.doc_type IN (${MEASURE_DOC_TYPES.map((t) => `'${t}'`).join(', ')}) AND p.district_id IS NOT NULL
ORDER BY district_name, p.year DESC NULLS LAST
`;

export interface ComparePlanRow {
	plan_id: string;
	district_id: string;
	district_name: string;
	year: number | null;
	doc_type: string;
	layout: string;
}

/** The records behind one cell: its problems, causes and measures with what each metric asks of them. */
export const CELL_RECORDS_SQL = `
SELECT 'measure' AS kind, m.measure_id AS record_id, m.title AS text, m.line_start, m.line_end,
	coalesce(s.status, 'saknas') AS status,
	coalesce(s.status_basis, 'none') AS status_basis,
	s.status_phrase,
	m.operative_goal IS NOT NULL AS has_goal,
	m.responsible IS NOT NULL AS has_responsible,
	m.timing_kind <> 'okand' AS has_timing,
	m.with_police AS with_police,
	EXISTS (SELECT 1 FROM measure_causes mc WHERE mc.measure_id = m.measure_id) AS linked,
	NULL::INTEGER AS answered_by,
	NULL AS link_status,
	coalesce(s.correction_id, m.correction_id) AS correction_id
FROM measures m LEFT JOIN measure_status s USING (measure_id)
WHERE m.plan_id = ?1 AND m.area_id = ?2
UNION ALL
SELECT 'cause', c.cause_id, c.text, c.line_start, c.line_end, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	(SELECT count(*) FROM measure_causes mc WHERE mc.cause_id = c.cause_id)::INTEGER, c.link_status, c.correction_id
FROM causes c WHERE c.plan_id = ?1 AND c.area_id = ?2
UNION ALL
SELECT 'problem', x.problem_id, x.label, x.line_start, x.line_end, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	NULL, NULL
FROM problems x WHERE x.plan_id = ?1 AND x.area_id = ?2
ORDER BY line_start, kind
`;

export interface CellRecordRow {
	kind: 'measure' | 'cause' | 'problem';
	record_id: string;
	text: string;
	line_start: number;
	line_end: number;
	status: string | null;
	status_basis: string | null;
	status_phrase: string | null;
	has_goal: boolean | null;
	has_responsible: boolean | null;
	has_timing: boolean | null;
	with_police: boolean | null;
	linked: boolean | null;
	/** For a cause: how many measures answer it. */
	answered_by: number | null;
	/** For a cause: linked, none, or unknown (the link could not be read). */
	link_status: string | null;
	/** Set where an analyst's correction changed the record (marked "rättad"). */
	correction_id?: string | null;
}
