// The Åtgärder view's model: measures with their follow-ups, problem and causes,
// as search documents with weighted fields, filtered by the URL's facets and
// ranked by the search.
import { compareSv } from '$lib/format';
import { LABELS, STATUS_ORDER } from '$lib/labels';
import type { FollowupRow, MeasureContextRow, MeasureRow } from '$lib/views/atgarder/queries';
import { snippet, type Segment } from './highlight';
import { buildIndex, search, type SearchIndex, type TermResult } from './inverted';
import { parseQuery } from './query';
import { buildIndexInSlices } from './build-slices';
import type { Suggestion } from './suggest';
import { countedStatus } from '$lib/views/attainment';

/** URL value for a measure whose plan gives no year. */
export const NO_YEAR = 'ej-angivet';

/** The searched fields, in index order, with their weight (within one kind of match) and their name in a sentence. */
export const MEASURE_FIELDS = [
	{ key: 'title', label: 'titeln', weight: 100 },
	{ key: 'problem', label: 'problemet', weight: 50 },
	{ key: 'operative_goal', label: 'det operativa målet', weight: 40 },
	{ key: 'description', label: 'beskrivningen', weight: 40 },
	{ key: 'cause', label: 'orsaken', weight: 30 },
	{ key: 'followup', label: 'uppföljningen', weight: 20 },
	{ key: 'responsible', label: 'vem', weight: 10 },
	{ key: 'timing', label: 'när', weight: 10 }
] as const;
export type MeasureField = (typeof MEASURE_FIELDS)[number]['key'];

export interface MeasureFacets {
	district?: string[];
	year?: string[];
	area?: string[];
	status?: string[];
	/** `ja` | `nej` */
	police?: string[];
	plan?: string[];
	/**
	 * Count a status read from activity words as that status (URL `tolkad=1`). Without it such a
	 * measure is listed under 'tolkad' only, never under a stated status (issue 10).
	 */
	inferred?: boolean;
}

export const yearValue = (year: number | null) => (year === null ? NO_YEAR : String(year));
export const policeValue = (withPolice: boolean) => (withPolice ? 'ja' : 'nej');

/** Rows per measure, keeping the SQL's order. */
export function byMeasure<T extends { measure_id: string }>(rows: T[]): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const r of rows) {
		const list = out.get(r.measure_id);
		if (list) list.push(r);
		else out.set(r.measure_id, [r]);
	}
	return out;
}
/** Follow-ups per measure, keeping the SQL's period order. */
export const groupFollowups = (rows: FollowupRow[]) => byMeasure(rows);

/** The text of each field of a measure. */
export function measureFields(
	m: MeasureRow,
	followups: FollowupRow[] = [],
	context: MeasureContextRow[] = []
): Record<MeasureField, string[]> {
	const of = (kind: MeasureContextRow['kind']) => context.filter((c) => c.kind === kind).map((c) => c.text);
	return {
		title: [m.title],
		problem: of('problem'),
		operative_goal: m.operative_goal ? [m.operative_goal] : [],
		// A description that only repeats the title (Skarpnäck's plan has such rows) adds nothing.
		description: m.description && m.description !== m.title ? [m.description] : [],
		cause: of('cause'),
		followup: followups.flatMap((f) => [f.text, f.status_phrase ?? '']),
		responsible: m.responsible ? [m.responsible] : [],
		timing: m.timing_text ? [m.timing_text] : []
	};
}

/** A measure as a search document: its fields' texts in MEASURE_FIELDS order. */
function measureDoc(m: MeasureRow, followups?: FollowupRow[], context?: MeasureContextRow[]) {
	const f = measureFields(m, followups, context);
	return { fields: MEASURE_FIELDS.map((d) => f[d.key]) };
}
const WEIGHTS = MEASURE_FIELDS.map((d) => d.weight);

export function indexMeasures(
	measures: MeasureRow[],
	followups: Map<string, FollowupRow[]>,
	context: Map<string, MeasureContextRow[]> = new Map()
): SearchIndex {
	return buildIndex(
		measures.map((m) => measureDoc(m, followups.get(m.measure_id), context.get(m.measure_id))),
		WEIGHTS
	);
}

/** The same index built in slices (build-slices.ts); null when cancelled. */
export function indexMeasuresInSlices(
	measures: MeasureRow[],
	followups: Map<string, FollowupRow[]>,
	context: Map<string, MeasureContextRow[]>,
	cancelled: () => boolean
): Promise<SearchIndex | null> {
	const doc = (i: number) => {
		const m = measures[i];
		return measureDoc(m, followups.get(m.measure_id), context.get(m.measure_id));
	};
	return buildIndexInSlices(measures.length, doc, WEIGHTS, cancelled);
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
		(!status || status.has(countedStatus(m.status, m.status_basis, f.inferred))) &&
		(!police || police.has(policeValue(m.with_police))) &&
		(!plan || plan.has(m.plan_id));
}

export interface MeasureResult {
	measures: MeasureRow[];
	terms: TermResult[];
	/** Per found measure, the fields (bits in MEASURE_FIELDS order) where the query matched. */
	matched: Map<string, number>;
	suggestions: Suggestion[];
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
	if (!found) return { measures: measures.filter(pass), terms: [], matched: new Map(), suggestions: [] };
	const out: MeasureRow[] = [];
	const matched = new Map<string, number>();
	for (const h of found.hits) {
		const m = measures[h.doc];
		if (!pass(m)) continue;
		out.push(m);
		matched.set(m.measure_id, h.fields);
	}
	return { measures: out, terms: found.terms, matched, suggestions: found.suggestions };
}

/** Names of the fields in a match mask, in MEASURE_FIELDS order. */
export const matchedFieldLabels = (mask: number): string[] =>
	MEASURE_FIELDS.filter((_, i) => mask & (1 << i)).map((f) => f.label);

/**
 * Where a measure's hit is when its title has none: the first matched field (by weight) with a
 * hit, as a short window. Without a query: the start of the description.
 */
export function hitSnippet(
	m: MeasureRow,
	followups: FollowupRow[] | undefined,
	context: MeasureContextRow[] | undefined,
	terms: TermResult[],
	mask: number
): { where: string; segments: Segment[] } | null {
	if (!terms.length) {
		const segments = m.description && m.description !== m.title ? snippet(m.description, [], 110) : null;
		return segments ? { where: '', segments } : null;
	}
	if (mask & 1) return null; // the title shows the hit
	const fields = measureFields(m, followups, context);
	for (let i = 1; i < MEASURE_FIELDS.length; i++) {
		if (!(mask & (1 << i))) continue;
		for (const text of fields[MEASURE_FIELDS[i].key]) {
			const segments = text ? snippet(text, terms) : null;
			if (segments) return { where: MEASURE_FIELDS[i].label, segments };
		}
	}
	return null;
}

/** Terms that found only near words (a typo, or a word being typed): what they were read as. */
export function approximations(terms: TermResult[]): Approximation[] {
	return terms
		.filter((t) => t.best === 'fuzzy' || t.best === 'begins')
		.map((t) => ({
			word: t.term.word,
			begins: t.best === 'begins',
			read: [...t.words.keys()].sort(compareSv).slice(0, 5)
		}));
}

export interface Approximation {
	word: string;
	/** True when the words only begin with the term (it is still being typed), false for typo matches. */
	begins: boolean;
	read: string[];
}

export interface FacetOption {
	value: string;
	label: string;
}

/**
 * The choices of each filter: the districts, years and areas that have measures; every status
 * (with 'tolkad' apart unless the reader counts inferred statuses); ja/nej.
 */
export function facetOptions(
	rows: MeasureRow[],
	includeInferred = false
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
		// 'tolkad' is how the views count an inferred status; with tolkad=1 it counts as its status instead.
		status: STATUS_ORDER.filter((s) => s !== 'tolkad' || !includeInferred).map((value) => ({
			value,
			label: LABELS.status[value]
		})),
		police: (['ja', 'nej'] as const).map((value) => ({ value, label: LABELS.with_police[value] }))
	};
}
