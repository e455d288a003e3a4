// SQL fragments every view's queries share, so a district or a priority area
// is named the same way in every view, export and prerendered number.

/** What a plan without a known district is called, in SQL and on screen. */
export const UNKNOWN_DISTRICT = 'Okänd stadsdel';

/** A district's name, else UNKNOWN_DISTRICT. `d`: the districts alias. */
export const districtNameSql = (d = 'd') => `coalesce(${d}.name, '${UNKNOWN_DISTRICT}')`;

/** An indicator value's place: the district's name, else the name the source gives, else the place id. */
export const placeNameSql = (d = 'd', v = 'v') => `coalesce(${d}.name, ${v}.place_name, ${v}.place_id)`;

/**
 * A priority area's Swedish label: the canonical label, else the label as the
 * document writes it (where the row carries one), else the area id.
 * `a`: the priority_areas alias; `row`: the alias of the row with area_id
 * (and area_label_raw unless `raw` is false).
 */
export function areaLabelSql(a = 'a', row = a, raw = row !== a): string {
	const written = raw ? `nullif(${row}.area_label_raw, ''), ` : '';
	return `coalesce(${a}.label_sv, ${written}${row}.area_id)`;
}

/** Display order of priority areas; an area missing from priority_areas comes last. */
export const areaOrderSql = (a = 'a') => `coalesce(${a}.sort_order, 999)`;

/**
 * The columns of a measure that every list of measures shows (Åtgärder and
 * Uppföljning alike): what it is, its priority area, where it was read, and its
 * final status, 'saknas' / basis 'none' where the plan gives it none.
 * Aliases: `m` measures, `a` priority_areas, `s` measure_status.
 */
export const measureColumnsSql = () => `
	m.measure_id,
	m.plan_id,
	m.year,
	m.area_id,
	${areaLabelSql('a', 'm')} AS area_label,
	${areaOrderSql()}::INTEGER AS area_order,
	m.title,
	m.description,
	m.operative_goal,
	m.timing_text,
	m.responsible,
	m.source_file,
	m.line_start,
	m.line_end,
	coalesce(s.status, 'saknas') AS status,
	coalesce(s.status_basis, 'none') AS status_basis,
	s.status_phrase,
	s.period AS status_period,
	m.correction_id AS measure_correction_id,
	s.correction_id AS status_correction_id`;

/** One row of measureColumnsSql. */
export interface MeasureColumns {
	measure_id: string;
	plan_id: string;
	year: number | null;
	area_id: string;
	area_label: string;
	area_order: number;
	title: string;
	description: string;
	operative_goal: string | null;
	timing_text: string | null;
	responsible: string | null;
	source_file: string;
	line_start: number;
	line_end: number;
	status: string;
	status_basis: string;
	status_phrase: string | null;
	status_period: string | null;
	/** Set where an analyst's correction changed the measure or its status (marked "rättad"). */
	measure_correction_id?: string | null;
	status_correction_id?: string | null;
}
