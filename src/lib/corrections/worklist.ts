// Källor's work list: what the reading could not tell, per plan, each with the
// correction that settles it. SQL over the (corrected) views, then pure
// functions that turn rows into "Rätta" targets.
import { formatInt } from '$lib/format';
import { quotedValueId, recordKeys } from './ids';
import type { CorrectionInput } from './schema';
import { statusTarget, type CorrectionTarget } from './target';

const nearestMeasure = (col: string) => `(
	SELECT m.${col} FROM measures m
	WHERE m.source_file = i.source_file AND m.line_start <= i.line
	ORDER BY m.line_start DESC, m.measure_id LIMIT 1)`;

/** Open uncertainties about measures: no cause link, an inferred status, a cell maybe cut wrongly. */
export const MEASURE_ITEMS_SQL = `
WITH cut AS (
	SELECT DISTINCT ${nearestMeasure('measure_id')} AS measure_id, i.code, i.message
	FROM ingest_issues i WHERE i.code IN ('row_without_measure', 'loose_row')
),
-- A link read from a merged cell (pdf-columns): the measure linked to every cause the cell spans.
merged AS (
	SELECT m.measure_id, any_value(i.message) AS message
	FROM ingest_issues i
	JOIN causes c ON c.source_file = i.source_file AND c.line_start BETWEEN i.line AND coalesce(i.line_end, i.line)
	JOIN measure_causes l ON l.cause_id = c.cause_id AND l.correction_id IS NULL
	JOIN measures m ON m.measure_id = l.measure_id
	WHERE i.code = 'cause_link_merged_cell'
	GROUP BY m.measure_id, i.source_file, i.line
	HAVING count(DISTINCT c.cause_id) = (
		SELECT count(*) FROM causes c2
		WHERE c2.source_file = i.source_file AND c2.line_start BETWEEN i.line AND coalesce(any_value(i.line_end), i.line)
	)
)
SELECT 'cause_link' AS kind, m.plan_id, m.measure_id, m.title, m.source_file, m.line_start, m.line_end,
	i.message AS why, NULL AS status, NULL AS status_basis, NULL AS status_phrase, false AS linked
FROM ingest_issues i JOIN measures m ON m.source_file = i.source_file AND i.line BETWEEN m.line_start AND m.line_end
WHERE i.code IN ('cause_link_unknown', 'measure_link_unknown') AND NOT EXISTS (SELECT 1 FROM measure_causes l WHERE l.measure_id = m.measure_id)
UNION ALL
SELECT 'cause_link', m.plan_id, m.measure_id, m.title, m.source_file, m.line_start, m.line_end, g.message,
	NULL, NULL, NULL, true
FROM merged g JOIN measures m USING (measure_id)
UNION ALL
SELECT 'status', m.plan_id, m.measure_id, m.title, m.source_file, m.line_start, m.line_end,
	'Statusen är tolkad ur ordalydelsen, inte en uttrycklig bedömning.', s.status, s.status_basis, s.status_phrase, NULL
FROM measure_status s JOIN measures m USING (measure_id)
WHERE s.status_basis = 'inferred' AND s.correction_id IS NULL
UNION ALL
SELECT 'split', m.plan_id, m.measure_id, m.title, m.source_file, m.line_start, m.line_end, c.message, NULL, NULL, NULL,
	NULL
FROM cut c JOIN measures m USING (measure_id) WHERE m.correction_id IS NULL
ORDER BY 2, 6, 1
`;

/**
 * Area labels no priority area was found for, or one the reader only guessed. Measures are
 * grouped per label before the issues are searched for the label: joined row by row, a plan
 * of 40 000 measures and thousands of issues took 20 s in the browser.
 */
export const AREA_ITEMS_SQL = `
WITH labels AS (
	SELECT m.plan_id, m.area_label_raw, any_value(m.area_id) AS area_id, min(m.source_file) AS source_file,
		min(m.line_start)::INTEGER AS line_start, max(m.line_end)::INTEGER AS line_end, count(*)::INTEGER AS records,
		bool_or(a.area_id IS NULL OR a.kind = 'omappat') AS unmapped
	FROM measures m
	LEFT JOIN priority_areas a USING (area_id)
	WHERE m.correction_id IS NULL
	GROUP BY m.plan_id, m.area_label_raw
),
flagged AS (
	SELECT l.plan_id, l.area_label_raw, any_value(i.message) AS why
	FROM labels l
	JOIN ingest_issues i ON i.plan_id = l.plan_id AND i.code IN ('unmapped_area', 'table_before_area')
		AND contains(i.message, l.area_label_raw)
	GROUP BY l.plan_id, l.area_label_raw
)
SELECT l.plan_id, l.area_label_raw, l.area_id, l.source_file, l.line_start, l.line_end, l.records, f.why
FROM labels l
LEFT JOIN flagged f USING (plan_id, area_label_raw)
WHERE l.unmapped OR f.why IS NOT NULL
ORDER BY 1, 5
`;

/** Figures a plan quotes whose series has no official value: which series are they? */
export const QUOTE_ITEMS_SQL = `
SELECT v.plan_id, v.indicator_id, coalesce(x.label_sv, v.indicator_id) AS indicator_label, v.grp, v.year, v.value,
	v.quote, v.source_file, v.line_start::INTEGER AS line_start, v.line_end::INTEGER AS line_end
FROM indicator_values v LEFT JOIN indicators x USING (indicator_id)
WHERE v.provenance IN ('quoted_in_plan', 'user_import') AND v.plan_id IS NOT NULL AND v.line_start IS NOT NULL
	AND NOT EXISTS (SELECT 1 FROM indicator_values o WHERE o.indicator_id = v.indicator_id AND o.provenance = 'official')
ORDER BY 1, 9
`;

export interface MeasureItemRow {
	kind: 'cause_link' | 'status' | 'split';
	plan_id: string;
	measure_id: string;
	title: string;
	source_file: string;
	line_start: number;
	line_end: number;
	why: string;
	status: string | null;
	status_basis: string | null;
	status_phrase: string | null;
	/** cause_link: true where the reading linked the measure by a guess (merged cell), false where it found no link. */
	linked: boolean | null;
}
export interface AreaItemRow {
	plan_id: string;
	area_label_raw: string;
	area_id: string;
	source_file: string;
	line_start: number;
	line_end: number;
	records: number;
	why: string | null;
}
export interface QuoteItemRow {
	plan_id: string;
	indicator_id: string;
	indicator_label: string;
	grp: string;
	year: number | null;
	value: number;
	quote: string;
	source_file: string;
	line_start: number;
	line_end: number;
}

export interface WorkItem {
	key: string;
	plan_id: string;
	/** What is uncertain, in Swedish. */
	text: string;
	why: string | null;
	targets: CorrectionTarget[];
}

/**
 * The items still open: an item a correction already settles (same kind, same record) goes at
 * once, not only when the work list's queries have run again over the corrected rows; an item
 * that lingers would be corrected twice, and its dialog would vanish with it.
 */
export function openItems(items: WorkItem[], done: readonly CorrectionInput[]): WorkItem[] {
	const settled = new Set(done.flatMap((c) => recordKeys(c).map((k) => `${c.kind}\u0000${k}`)));
	const key = (t: CorrectionTarget) => t.measure_id ?? t.value_id ?? t.area_label_raw ?? '';
	return items.filter((i) => !i.targets.some((t) => settled.has(`${t.kind}\u0000${key(t)}`)));
}

export function measureItems(rows: MeasureItemRow[], statusLabel: (s: string | null) => string): WorkItem[] {
	return rows.map((r) => {
		const at = {
			plan_id: r.plan_id,
			measure_id: r.measure_id,
			label: r.title,
			source_file: r.source_file,
			line_start: r.line_start,
			line_end: r.line_end
		};
		if (r.kind === 'cause_link')
			return {
				key: `l:${r.measure_id}`,
				plan_id: r.plan_id,
				text: r.linked
					? `Åtgärden "${r.title}" kopplades till sina orsaker genom en sammanslagen cell; kopplingen är en gissning.`
					: `Åtgärden "${r.title}" är inte kopplad till någon orsak.`,
				why: r.why,
				targets: [
					{
						...at,
						kind: 'cause_link',
						replaces: r.linked ? 'koppling läst ur sammanslagen cell' : 'ingen koppling (okänd)'
					}
				]
			};
		if (r.kind === 'status') {
			const target = statusTarget(r, statusLabel);
			return {
				key: `s:${r.measure_id}`,
				plan_id: r.plan_id,
				text: `Åtgärden "${r.title}": ${target.replaces}.`,
				why: r.why,
				targets: [target]
			};
		}
		return {
			key: `d:${r.measure_id}`,
			plan_id: r.plan_id,
			text: `Åtgärden "${r.title}" kan vara fel avgränsad.`,
			why: r.why,
			targets: [
				{ ...at, kind: 'split', replaces: `en åtgärd: ${r.title}`, title: r.title },
				{ ...at, kind: 'merge', replaces: `egen åtgärd: ${r.title}` }
			]
		};
	});
}

export function areaItems(rows: AreaItemRow[]): WorkItem[] {
	return rows.map((r) => ({
		key: `a:${r.plan_id}:${r.area_label_raw}`,
		plan_id: r.plan_id,
		text: `Områdesnamnet "${r.area_label_raw}" (${r.records} ${r.records === 1 ? 'åtgärd' : 'åtgärder'}) lästes som ${r.area_id}.`,
		why: r.why,
		targets: [
			{
				kind: 'area',
				plan_id: r.plan_id,
				area_label_raw: r.area_label_raw,
				label: r.area_label_raw,
				replaces: r.area_id,
				source_file: r.source_file,
				line_start: r.line_start,
				line_end: r.line_end
			}
		]
	}));
}

export function quoteItems(rows: QuoteItemRow[]): WorkItem[] {
	return rows.map((r) => {
		const value_id = quotedValueId(r);
		return {
			key: `q:${value_id}`,
			plan_id: r.plan_id,
			text: `Siffran ${String(r.value).replace('.', ',')} (${r.year ?? 'år okänt'}) i »${r.quote}« har ingen officiell serie; den lästes som ${r.indicator_label}.`,
			why: null,
			targets: [
				{
					kind: 'quote',
					plan_id: r.plan_id,
					value_id,
					label: r.quote,
					replaces: r.indicator_id,
					source_file: r.source_file,
					line_start: r.line_start,
					line_end: r.line_end
				}
			]
		};
	});
}

/** "1 öppen fråga." / "35 öppna frågor, de första 50 visas." above a plan's open items. */
export function openCountText(open: number, shown: number): string {
	const n = formatInt(open);
	const words = open === 1 ? `${n} öppen fråga` : `${n} öppna frågor`;
	return `${words}${open > shown ? `, de första ${formatInt(shown)} visas` : ''}.`;
}
