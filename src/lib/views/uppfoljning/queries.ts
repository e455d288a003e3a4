// Uppföljning: one district and year. The view resolves the URL to plan ids
// (PLAN_CHOICES_SQL) and picks their rows from every plan's measures and
// follow-ups (ALL_*), loaded once. MEASURES_SQL / FOLLOWUPS_SQL ask for some
// plans only, with the comma-joined plan ids as the one parameter (plan ids
// are slugs: no commas).
import { areaLabelSql, areaOrderSql, districtNameSql, measureColumnsSql, type MeasureColumns } from '../sql';

/** A document with its district's name: what the chooser and "förra året" tell documents by. */
const DOCUMENT_COLUMNS = `
	p.plan_id,
	p.district_id,
	${districtNameSql()} AS district_name,
	p.year,
	p.doc_type,
	p.source_file`;

/** Plans that have measures: the chooser's options, newest first. */
export const PLAN_CHOICES_SQL = `
SELECT${DOCUMENT_COLUMNS},
	count(m.measure_id)::INTEGER AS measures
FROM plans p
JOIN measures m USING (plan_id)
LEFT JOIN districts d ON d.district_id = p.district_id
WHERE p.district_id IS NOT NULL
GROUP BY ALL
ORDER BY p.year DESC NULLS LAST, district_name, p.plan_id
`;

export interface PlanChoiceRow {
	plan_id: string;
	district_id: string;
	district_name: string;
	year: number | null;
	doc_type: string;
	source_file: string;
	measures: number;
}

const measuresSql = (where: string) => `
SELECT${measureColumnsSql()}
FROM measures m
LEFT JOIN measure_status s USING (measure_id)
LEFT JOIN priority_areas a ON a.area_id = m.area_id
WHERE ${where}
ORDER BY area_order, m.area_id, m.plan_id, m.line_start, m.measure_id
`;

const followupsSql = (where: string) => `
SELECT
	f.followup_id,
	f.measure_id,
	f.plan_id,
	f.period,
	f.text,
	f.status,
	f.status_basis,
	f.status_phrase,
	f.line_start,
	f.line_end
FROM followups f
WHERE ${where}
ORDER BY f.plan_id, f.measure_id, f.line_start, f.followup_id
`;

const IN_PLANS = (col: string) => `list_contains(string_split(?, ','), ${col})`;

/** Measures with their final status; parameter: comma-joined plan ids. */
export const MEASURES_SQL = measuresSql(IN_PLANS('m.plan_id'));
/** Every follow-up entry of those plans; parameter: comma-joined plan ids. */
export const FOLLOWUPS_SQL = followupsSql(IN_PLANS('f.plan_id'));

/**
 * Every plan's measures and follow-ups, in the same order: the view loads them
 * once and picks the chosen plans in memory, so a new choice needs no query.
 * The build runs them too (summaries.json): the prerendered page holds every
 * plan, and with nothing imported DuckDB is not asked again.
 */
export const ALL_MEASURES_SQL = measuresSql('TRUE');
export const ALL_FOLLOWUPS_SQL = followupsSql('TRUE');

/** A measure as Uppföljning lists it: the shared measure columns. */
export type FollowupMeasureRow = MeasureColumns;

export interface FollowupEntryRow {
	followup_id: string;
	measure_id: string;
	plan_id: string;
	period: string;
	text: string;
	status: string;
	status_basis: string;
	status_phrase: string | null;
	line_start: number;
	line_end: number;
}

/**
 * Every document with a district, plans and lägesbilder alike, newest first:
 * "förra året" is the district's previous document of either kind.
 */
export const DOCUMENTS_SQL = `
SELECT${DOCUMENT_COLUMNS}
FROM plans p
LEFT JOIN districts d ON d.district_id = p.district_id
WHERE p.district_id IS NOT NULL
ORDER BY p.year DESC NULLS LAST, district_name, p.plan_id
`;

/** A lägesbild's judgment per area (situation_changes), every lägesbild, in document order. */
export const SITUATIONS_SQL = `
SELECT
	s.plan_id,
	s.area_id,
	${areaLabelSql('a', 's')} AS area_label,
	${areaOrderSql()}::INTEGER AS area_order,
	s.area_label_raw,
	s.change,
	s.comment,
	s.source_file,
	s.line_start,
	s.line_end
FROM situation_changes s
LEFT JOIN priority_areas a ON a.area_id = s.area_id
ORDER BY s.plan_id, s.line_start
`;

export interface SituationRow {
	plan_id: string;
	area_id: string;
	area_label: string;
	area_order: number;
	area_label_raw: string;
	change: 'positiv' | 'oforandrad' | 'negativ' | 'okand';
	comment: string;
	source_file: string;
	line_start: number;
	line_end: number;
}
