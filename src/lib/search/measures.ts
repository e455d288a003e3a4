// The Åtgärder view's model: measures with their follow-ups, as search
// documents, filtered by the URL's facets and ranked by the search.
import { compareSv } from '$lib/format';
import { LABELS, STATUS_ORDER } from '$lib/labels';
import type { FollowupRow, MeasureRow } from '$lib/views/atgarder/queries';
import { snippet, type Segment } from './highlight';
import { buildIndex, search, type SearchIndex } from './inverted';
import { parseQuery, type QueryTerm } from './query';

/** URL value for a measure whose plan gives no year. */
export const NO_YEAR = 'ej-angivet';

export interface MeasureFacets {
	district?: string[];
	year?: string[];
	area?: string[];
	status?: string[];
	/** `ja` | `nej` */
	police?: string[];
	plan?: string[];
}

export const yearValue = (year: number | null) => (year === null ? NO_YEAR : String(year));
export const policeValue = (withPolice: boolean) => (withPolice ? 'ja' : 'nej');

/** Follow-ups per measure, keeping the SQL's period order. */
export function groupFollowups(rows: FollowupRow[]): Map<string, FollowupRow[]> {
	const out = new Map<string, FollowupRow[]>();
	for (const f of rows) {
		const list = out.get(f.measure_id);
		if (list) list.push(f);
		else out.set(f.measure_id, [f]);
	}
	return out;
}

export function indexMeasures(measures: MeasureRow[], followups: Map<string, FollowupRow[]>): SearchIndex {
	return buildIndex(
		measures.map((m) => ({
			title: m.title,
			body: [
				m.description,
				m.operative_goal ?? '',
				m.responsible ?? '',
				m.timing_text ?? '',
				m.district_name,
				m.area_label,
				...(followups.get(m.measure_id) ?? []).flatMap((f) => [f.text, f.status_phrase ?? ''])
			]
		}))
	);
}

function facetTest(f: MeasureFacets): (m: MeasureRow) => boolean {
	const set = (v?: string[]) => (v && v.length ? new Set(v) : null);
	const district = set(f.district);
	const year = set(f.year);
	const area = set(f.area);
	const status = set(f.status);
	const police = set(f.police);
	const plan = set(f.plan);
	return (m) =>
		(!district || district.has(m.district_id ?? '')) &&
		(!year || year.has(yearValue(m.year))) &&
		(!area || area.has(m.area_id)) &&
		(!status || status.has(m.status)) &&
		(!police || police.has(policeValue(m.with_police))) &&
		(!plan || plan.has(m.plan_id));
}

export interface MeasureResult {
	measures: MeasureRow[];
	terms: QueryTerm[];
}

/** Measures passing the facets and the query: ranked when there is a query, else in the SQL's order. */
export function selectMeasures(
	measures: MeasureRow[],
	index: () => SearchIndex,
	facets: MeasureFacets,
	query: string
): MeasureResult {
	const pass = facetTest(facets);
	// The index is asked for only when there is something to search (it is built lazily by the caller).
	const found = parseQuery(query).length ? search(index(), query) : null;
	if (!found) return { measures: measures.filter(pass), terms: [] };
	const out: MeasureRow[] = [];
	for (const h of found.hits) if (pass(measures[h.doc])) out.push(measures[h.doc]);
	return { measures: out, terms: found.terms };
}

/**
 * Where a measure's hit is when its title has none: the first of description, goal, who, when and
 * follow-ups with a hit, as a short window. Without a query: the start of the description.
 */
export function hitSnippet(
	m: MeasureRow,
	followups: FollowupRow[] | undefined,
	terms: QueryTerm[]
): { where: string; segments: Segment[] } | null {
	if (!terms.length) {
		const segments = m.description && m.description !== m.title ? snippet(m.description, [], 110) : null;
		return segments ? { where: '', segments } : null;
	}
	const fields: [string, string | null][] = [
		['beskrivningen', m.description],
		['det operativa målet', m.operative_goal],
		['vem', m.responsible],
		['när', m.timing_text],
		...(followups ?? []).map((f): [string, string] => ['uppföljningen', f.text])
	];
	for (const [where, text] of fields) {
		// A field that only repeats the title (Skarpnäck's plan has such rows) adds nothing.
		const segments = text && text !== m.title ? snippet(text, terms) : null;
		if (segments) return { where, segments };
	}
	return null;
}

export interface FacetOption {
	value: string;
	label: string;
}

/** The choices of each filter: the districts, years and areas that have measures; every status; ja/nej. */
export function facetOptions(
	rows: MeasureRow[]
): Record<'district' | 'year' | 'area' | 'status' | 'police', FacetOption[]> {
	const districts = new Map<string, string>();
	const years = new Set<string>();
	const areas = new Map<string, { label: string; order: number }>();
	for (const m of rows) {
		if (m.district_id) districts.set(m.district_id, m.district_name);
		years.add(yearValue(m.year));
		areas.set(m.area_id, { label: m.area_label, order: m.area_order });
	}
	return {
		district: [...districts].map(([value, label]) => ({ value, label })).sort((a, b) => compareSv(a.label, b.label)),
		year: [...years]
			.sort((a, b) => (a === NO_YEAR ? 1 : b === NO_YEAR ? -1 : Number(b) - Number(a)))
			.map((value) => ({ value, label: value === NO_YEAR ? 'Ej angivet' : value })),
		area: [...areas]
			.sort((a, b) => a[1].order - b[1].order || compareSv(a[1].label, b[1].label))
			.map(([value, a]) => ({ value, label: a.label })),
		// 'tolkad' is how the views count an inferred status, not a status a measure has.
		status: STATUS_ORDER.filter((s) => s !== 'tolkad').map((value) => ({ value, label: LABELS.status[value] })),
		police: (['ja', 'nej'] as const).map((value) => ({ value, label: LABELS.with_police[value] }))
	};
}
