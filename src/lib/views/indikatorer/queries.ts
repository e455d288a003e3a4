// Indikatorer: one indicator at a time (URL `indicator`), its values on every
// area level, the measures whose causes cite its survey, and the district
// values that "Liknande stadsdelar" compares.
import { areaLabelSql, districtNameSql, placeNameSql } from '../sql';

/** Every indicator with how many values it has, most district values first (the default is the first). */
export const INDICATOR_LIST_SQL = `
SELECT
	i.indicator_id,
	i.source,
	i.label_sv,
	i.unit,
	i.polarity,
	i.definition,
	count(v.indicator_id) FILTER (WHERE v.place_type = 'stadsdelsomrade')::INTEGER AS district_values,
	count(v.indicator_id) FILTER (WHERE v.provenance IN ('quoted_in_plan', 'corrected'))::INTEGER AS quoted_values,
	count(v.indicator_id)::INTEGER AS all_values
FROM indicators i
LEFT JOIN indicator_values v USING (indicator_id)
GROUP BY ALL
ORDER BY district_values DESC, all_values DESC, i.indicator_id
`;

export interface IndicatorListRow {
	indicator_id: string;
	source: string;
	label_sv: string;
	unit: string;
	polarity: string;
	definition: string;
	district_values: number;
	quoted_values: number;
	all_values: number;
}

const VALUES_SELECT = (where: string) => `
SELECT
	v.indicator_id,
	v.place_type,
	v.place_id,
	${placeNameSql()} AS place_name,
	d.status AS district_status,
	d.merged_into,
	v.year,
	v.grp,
	v.value,
	v.provenance,
	v.source_ref,
	v.quote,
	v.plan_id,
	p.district_id AS plan_district_id,
	v.line_start,
	v.line_end,
	v.correction_id
FROM indicator_values v
LEFT JOIN districts d ON v.place_type = 'stadsdelsomrade' AND d.district_id = v.place_id
LEFT JOIN plans p ON p.plan_id = v.plan_id
${where}
ORDER BY
	v.indicator_id,
	CASE v.place_type WHEN 'stadsdelsomrade' THEN 0 WHEN 'stadsdel' THEN 1 WHEN 'lokalpolisomrade' THEN 2
		WHEN 'stad' THEN 3 WHEN 'lan' THEN 4 ELSE 5 END,
	place_name, v.grp, v.year
`;

/** All values of one indicator (?: indicator_id), with area names and the quoting plan's district. */
export const INDICATOR_VALUES_SQL = VALUES_SELECT('WHERE v.indicator_id = ?');
/** The same for every indicator (build time: the prerendered page picks the default's rows). */
export const INDICATOR_VALUES_ALL_SQL = VALUES_SELECT('');

export interface IndicatorValueRow {
	indicator_id: string;
	place_type: string;
	place_id: string;
	place_name: string;
	district_status: string | null;
	merged_into: string | null;
	year: number | null;
	grp: string;
	value: number;
	provenance: string;
	source_ref: string;
	quote: string;
	/** Set where an analyst's correction assigned the quoted figure to this series. */
	correction_id?: string | null;
	plan_id: string | null;
	plan_district_id: string | null;
	line_start: number | null;
	line_end: number | null;
}

const CITING_SELECT = (where: string) => `
SELECT DISTINCT
	split_part(s.cited, ':', 1) AS source,
	m.measure_id,
	m.plan_id,
	${districtNameSql()} AS district_name,
	m.year,
	m.area_id,
	${areaLabelSql('a', 'm')} AS area_label,
	m.title,
	m.line_start,
	m.line_end,
	c.cause_id,
	c.text AS cause_text,
	c.line_start AS cause_line_start,
	c.line_end AS cause_line_end,
	s.cited
FROM causes c, unnest(c.cited_sources) AS s(cited)
JOIN measure_causes mc ON mc.cause_id = c.cause_id
JOIN measures m ON m.measure_id = mc.measure_id
LEFT JOIN districts d ON d.district_id = m.district_id
LEFT JOIN priority_areas a ON a.area_id = m.area_id
${where}
ORDER BY district_name, m.year DESC NULLS LAST, m.line_start, c.line_start
`;

/** Measures answering causes that cite a survey (?: source, e.g. stockholmsenkaten). */
export const CITING_MEASURES_SQL = CITING_SELECT("WHERE split_part(s.cited, ':', 1) = ?");
export const CITING_MEASURES_ALL_SQL = CITING_SELECT('');

export interface CitingMeasureRow {
	source: string;
	measure_id: string;
	plan_id: string;
	district_name: string;
	year: number | null;
	area_id: string;
	area_label: string;
	title: string;
	line_start: number;
	line_end: number;
	cause_id: string;
	cause_text: string;
	cause_line_start: number;
	cause_line_end: number;
	cited: string;
}

/** Official district values of indicators with a direction: what "Liknande stadsdelar" compares. */
export const SIMILARITY_VALUES_SQL = `
SELECT v.indicator_id, v.place_id, v.year, v.grp, v.value
FROM indicator_values v
JOIN indicators i USING (indicator_id)
WHERE v.place_type = 'stadsdelsomrade' AND v.provenance = 'official' AND i.polarity <> 'neutral' AND i.unit <> 'antal'
ORDER BY v.place_id, v.indicator_id, v.grp, v.year
`;

/** Districts (current and former) for names and the district picker. */
export const DISTRICTS_SQL = `
SELECT district_id, name, status, merged_into FROM districts ORDER BY name
`;

export interface DistrictRow {
	district_id: string;
	name: string;
	status: string;
	merged_into: string | null;
}
