// Jämför's tables as they leave the page: the heat table's export, its legend,
// and the status table beside the chart. Numbers are the model's (model.ts);
// shares leave as shares (kind 'share'), never as the count they divide by.
import type { ExportColumn, ExportRow } from '../../export';
import { formatDecimal, formatInt } from '../../format';
import { LABELS, STATUS_ORDER } from '../../labels';
import { judgedCount } from '../attainment';
import { attainmentMix, cellValue, isShareMetric, type CompareGrid, type CountOptions, type Metric } from './model';

const STATED_ONLY: CountOptions = { includeInferred: false };

/** How a metric's numbers leave in an export: shares as %, measures per cause with one decimal, counts as they are. */
export const metricExportKind = (m: Metric): 'share' | 'decimal' | 'number' =>
	isShareMetric(m) ? 'share' : m === 'measures_per_cause' ? 'decimal' : 'number';

/** The heat table as export columns and rows: one row per plan, one column per area, the cell values. */
export function heatExport(
	grid: CompareGrid,
	metric: Metric,
	opts: CountOptions = STATED_ONLY
): { columns: ExportColumn[]; rows: ExportRow[] } {
	const kind = metricExportKind(metric);
	return {
		columns: [
			{ key: 'district', label: 'Stadsdel' },
			{ key: 'year', label: 'År', kind: 'number' },
			{ key: 'doc_type', label: 'Dokument' },
			...grid.areas.map((a) => ({ key: a.area_id, label: a.label, kind, digits: 1 }))
		],
		rows: grid.plans.map((p) => ({
			district: p.district_name,
			year: p.year,
			doc_type: (LABELS.doc_type as Record<string, string>)[p.doc_type] ?? p.doc_type,
			...Object.fromEntries(
				grid.areas.map((a) => {
					const row = grid.cell(p.plan_id, a.area_id);
					return [a.area_id, row ? cellValue(metric, row, opts).value : null];
				})
			)
		}))
	};
}

/** The heat table's legend sentence: the darkest bin is the highest value shown, as the screen writes it. */
export function heatLegend(metric: Metric, max: number): string {
	if (isShareMetric(metric)) return 'Ljusast = 0, mörkast = 100 %.';
	if (metric === 'measures_per_cause') return `Ljusast = 0, mörkast = ${formatDecimal(max)} (högsta värdet).`;
	return `Ljusast = 0, mörkast = ${formatInt(max)} (högsta värdet).`;
}

export type MixRow = {
	plan_id: string;
	label: string;
	total: number;
	judged: number;
	share_uppnadd: number | null;
} & Record<(typeof STATUS_ORDER)[number], number>;

/** The status table beside the Jämför chart: counts per status, the judged count and the share uppnådda (0–100, null without judgments). */
export function mixTable(grid: CompareGrid, opts: CountOptions = STATED_ONLY): MixRow[] {
	const mix = attainmentMix(grid, opts);
	return grid.plans.map((p) => {
		const r = mix.filter((m) => m.plan_id === p.plan_id);
		const by = Object.fromEntries(STATUS_ORDER.map((s) => [s, r.find((m) => m.status === s)?.count ?? 0])) as Record<
			(typeof STATUS_ORDER)[number],
			number
		>;
		const judged = judgedCount(by);
		return {
			plan_id: p.plan_id,
			label: p.label,
			total: r[0]?.total ?? 0,
			...by,
			judged,
			share_uppnadd: judged ? (100 * by.uppnadd) / judged : null
		};
	});
}

export const MIX_COLUMNS: ExportColumn[] = [
	{ key: 'label', label: 'Stadsdel' },
	{ key: 'total', label: 'Åtgärder', kind: 'number' },
	...STATUS_ORDER.map((s) => ({ key: s, label: LABELS.status[s], kind: 'number' as const })),
	{ key: 'judged', label: 'Med uttrycklig bedömning', kind: 'number' },
	{ key: 'share_uppnadd', label: 'Andel uppnådda', kind: 'share' }
];
