// Jämför stadsdelar: the metrics over (plan, area) rows, pure so the page,
// the chart and the tests agree on every number and every "–".
import { compareSv, formatDecimal, formatInt, formatShare } from '../../format';
import { LABELS, STATUS_ORDER } from '../../labels';
import type { CountedStatus } from '../../schema/enums';
import { LAYOUTS_WITH_GOAL_COLUMN, type CellRecordRow, type CompareRow } from './queries';
import { attainmentFromColumns, countedStatus, judgedCount, sumColumns } from '../attainment';

/** How statuses are counted: stated judgments only, unless the reader includes statuses read from activity words (tolkad=1). */
export interface CountOptions {
	includeInferred: boolean;
}
const STATED_ONLY: CountOptions = { includeInferred: false };
import { METRIC_IDS, METRICS, isMetric, measuresPerCause, metricName, sharePercent, type Metric } from '../metrics';

/** The metric picker offers every metric (src/lib/views/metrics.ts), in that order. */
export { METRIC_IDS as METRICS, isMetric, type Metric };
export const DEFAULT_METRIC: Metric = 'measures';

export const metricLabel = metricName;
export const isShareMetric = (m: Metric) => METRICS[m].kind === 'share';

export interface CellValue {
	/** null: nothing to count, shown as "–" and never coloured as zero. */
	value: number | null;
	/** Swedish text for the cell. */
	text: string;
	/** Why the value is null (Swedish), or a note on how it was counted. */
	reason: string | null;
	part?: number;
	whole?: number;
}

/** True when the plan's template has no "Operativa mål" column (so null goals are the layout's, not the plan's). */
export function lacksGoalColumn(r: Pick<CompareRow, 'layout' | 'plan_with_goal'>): boolean {
	return r.plan_with_goal === 0 && !(LAYOUTS_WITH_GOAL_COLUMN as readonly string[]).includes(r.layout);
}

const count = (n: number, planTotal: number, none: string): CellValue =>
	planTotal === 0 ? { value: null, text: '–', reason: none } : { value: n, text: formatInt(n), reason: null };

function share(part: number, whole: number, empty: string): CellValue {
	const value = sharePercent(part, whole);
	if (value === null) return { value: null, text: '–', reason: empty, part, whole };
	return { value, text: formatShare(part, whole), reason: null, part, whole };
}

export function cellValue(metric: Metric, r: CompareRow, opts: CountOptions = STATED_ONLY): CellValue {
	const noMeasures = 'Inga åtgärder i området';
	switch (metric) {
		case 'measures':
			return count(r.measures, r.plan_measures, 'Planen anger inga åtgärder');
		case 'problems':
			return count(r.problems, r.plan_problems, 'Planen anger inga problem');
		case 'causes':
			return count(r.causes, r.plan_causes, 'Planen anger inga orsaker');
		case 'measures_per_cause': {
			const v = measuresPerCause(r.measures, r.causes);
			if (v === null)
				return {
					value: null,
					text: '–',
					reason: r.plan_causes === 0 ? 'Planen anger inga orsaker' : 'Inga orsaker i området'
				};
			return { value: v, text: formatDecimal(v), reason: null, part: r.measures, whole: r.causes };
		}
		case 'share_goal':
			if (lacksGoalColumn(r)) return { value: null, text: '–', reason: 'Planens mall saknar kolumnen Operativa mål' };
			return share(r.with_goal, r.measures, noMeasures);
		case 'share_responsible':
			return share(r.with_responsible, r.measures, noMeasures);
		case 'share_timing':
			return share(r.with_timing, r.measures, noMeasures);
		case 'share_police':
			return share(r.with_police, r.measures, noMeasures);
		case 'attainment': {
			// Uppnådda of the measures whose follow-up judges the goal (uppnådd, delvis, påbörjad, ej uppnådd).
			if (r.measures === 0) return { value: null, text: '–', reason: noMeasures };
			const a = attainmentFromColumns(r, opts.includeInferred);
			return share(
				a.counts.uppnadd,
				judgedCount(a.counts),
				a.inferred > 0 && !opts.includeInferred
					? `Ingen åtgärd i området har en uttrycklig bedömning (${formatInt(a.inferred)} tolkade ur aktivitetsord räknas inte)`
					: 'Ingen åtgärd i området har en bedömning av målet'
			);
		}
	}
}

/** A plan as a row of the comparison: the district, and in words which plan it is. */
export interface ComparePlan {
	plan_id: string;
	district_id: string;
	district_name: string;
	year: number | null;
	doc_type: string;
	layout: string;
	/** "Skarpnäck 2024", or the district alone when only one plan per district is shown. */
	label: string;
}

export interface CompareArea {
	area_id: string;
	label: string;
	kind: string;
}

export interface CompareGrid {
	plans: ComparePlan[];
	areas: CompareArea[];
	cell(plan_id: string, area_id: string): CompareRow | undefined;
}

/** Rows -> rows of districts (å/ä/ö order, then newest year) and columns of areas (sort_order). */
export function compareGrid(rows: CompareRow[]): CompareGrid {
	const plans = new Map<string, ComparePlan>();
	const areas = new Map<string, CompareArea & { order: number }>();
	const cells = new Map<string, CompareRow>();
	for (const r of rows) {
		if (!plans.has(r.plan_id))
			plans.set(r.plan_id, {
				plan_id: r.plan_id,
				district_id: r.district_id,
				district_name: r.district_name,
				year: r.year,
				doc_type: r.doc_type,
				layout: r.layout,
				label: r.district_name
			});
		if (!areas.has(r.area_id))
			areas.set(r.area_id, { area_id: r.area_id, label: r.area_label, kind: r.area_kind, order: r.sort_order });
		cells.set(`${r.plan_id}\u0000${r.area_id}`, r);
	}
	const planList = [...plans.values()].sort(
		(a, b) => compareSv(a.district_name, b.district_name) || (b.year ?? -1) - (a.year ?? -1)
	);
	const perDistrict = new Map<string, number>();
	for (const p of planList) perDistrict.set(p.district_id, (perDistrict.get(p.district_id) ?? 0) + 1);
	for (const p of planList)
		if ((perDistrict.get(p.district_id) ?? 0) > 1) p.label = `${p.district_name} ${p.year ?? '(utan år)'}`;
	return {
		plans: planList,
		areas: [...areas.values()].sort((a, b) => a.order - b.order).map(({ order: _, ...a }) => a),
		cell: (plan_id, area_id) => cells.get(`${plan_id}\u0000${area_id}`)
	};
}

/** "Skarpnäck: åtgärdsplan 2024" — which plan a row is, in words. */
export function planInWords(p: Pick<ComparePlan, 'district_name' | 'doc_type' | 'year'>): string {
	const type = (LABELS.doc_type as Record<string, string>)[p.doc_type] ?? p.doc_type;
	return `${p.district_name}: ${type.toLowerCase()} ${p.year ?? 'utan årtal'}`;
}

/** Which records of a cell stand behind a metric's number, and what each says about it. */
export function recordsBehind(metric: Metric, records: CellRecordRow[]): CellRecordRow[] {
	switch (metric) {
		case 'problems':
			return records.filter((r) => r.kind === 'problem');
		case 'causes':
			return records.filter((r) => r.kind === 'cause');
		case 'measures_per_cause':
			return records.filter((r) => r.kind === 'cause' || r.kind === 'measure');
		default:
			return records.filter((r) => r.kind === 'measure');
	}
}

/** Whether a measure counts in the metric's numerator (null: the metric does not split measures). */
export function countsIn(metric: Metric, r: CellRecordRow, opts: CountOptions = STATED_ONLY): boolean | null {
	if (r.kind !== 'measure') return null;
	switch (metric) {
		case 'share_goal':
			return r.has_goal;
		case 'share_responsible':
			return r.has_responsible;
		case 'share_timing':
			return r.has_timing;
		case 'share_police':
			return r.with_police;
		case 'attainment':
			return countedStatus(r.status ?? 'saknas', r.status_basis, opts.includeInferred) === 'uppnadd';
		default:
			return null;
	}
}

export interface AttainmentRow {
	plan_id: string;
	label: string;
	status: CountedStatus;
	count: number;
	/** Measures of the district (in the areas shown). */
	total: number;
}

/** Status mix per district over the areas shown: one row per plan and status, in STATUS_ORDER (tolkad apart). */
export function attainmentMix(grid: CompareGrid, opts: CountOptions = STATED_ONLY): AttainmentRow[] {
	const out: AttainmentRow[] = [];
	for (const p of grid.plans) {
		const cells = grid.areas.map((a) => grid.cell(p.plan_id, a.area_id)).filter((c) => c !== undefined);
		const total = cells.reduce((s, c) => s + c.measures, 0);
		const { counts } = attainmentFromColumns(sumColumns(cells), opts.includeInferred);
		for (const status of STATUS_ORDER)
			out.push({ plan_id: p.plan_id, label: p.label, status, count: counts[status], total });
	}
	return out;
}

/** What the reader must know about a plan's operative goals before reading "Andel med operativt mål". */
export function goalNote(p: Pick<CompareRow, 'layout' | 'plan_with_goal'>): string | null {
	if (lacksGoalColumn(p)) return 'Planens mall saknar kolumnen Operativa mål; andelen kan inte räknas och visas som –.';
	if (p.layout === 'word-tables')
		return 'Planens mall saknar kolumnen Operativa mål; Planbild läser målen ur kolumnen Åtgärd, där planen skriver dem.';
	return null;
}
