// Jämför's derived pieces that are not the grid itself: the selected cell
// (`cell=<plan_id>:<area_id>` in the URL), the chart's points and its
// summary sentence. Pure, so the sentence a screen reader hears is tested.
import { cellValue, metricLabel, type CompareArea, type CompareGrid, type ComparePlan, type CellValue } from './model';
import type { CountOptions } from './model';
import type { Metric } from '../metrics';

export type CellSelection = { plan: ComparePlan; area: CompareArea; value: CellValue } | { missing: true };

/** The cell the URL names, or `missing` where the selection no longer holds it. */
export function selectedCell(
	grid: CompareGrid,
	cell: string | null,
	metric: Metric,
	opts: CountOptions
): CellSelection | null {
	if (!cell) return null;
	const [plan_id, area_id] = cell.split(':');
	const plan = grid.plans.find((p) => p.plan_id === plan_id);
	const area = grid.areas.find((a) => a.area_id === area_id);
	const row = grid.cell(plan_id, area_id);
	return plan && area && row ? { plan, area, value: cellValue(metric, row, opts) } : { missing: true };
}

export interface ChartPoint {
	plan: string;
	area: string;
	value: number | null;
	text: string;
}

/** One point per plan and area; an empty cell has no value ("–"). */
export function chartPoints(grid: CompareGrid, metric: Metric, opts: CountOptions): ChartPoint[] {
	return grid.plans.flatMap((p) =>
		grid.areas.map((a) => {
			const row = grid.cell(p.plan_id, a.area_id);
			const v = row ? cellValue(metric, row, opts) : { value: null, text: '–' };
			return { plan: p.label, area: a.label, value: v.value, text: v.text };
		})
	);
}

/** The chart in one sentence: how many districts and areas, the highest cell, how many are empty. */
export function chartSummary(points: ChartPoint[], metric: Metric, plans: number, areas: number): string {
	const filled = points.filter((d) => d.value !== null);
	if (!filled.length) return 'Inga värden att visa för urvalet.';
	const top = filled.reduce((a, b) => ((b.value ?? 0) > (a.value ?? 0) ? b : a));
	return `${metricLabel(metric)} för ${plans} stadsdelar i ${areas} områden. Högst: ${top.plan}, ${top.area} (${top.text}). ${points.length - filled.length} rutor saknar värde (–). Samma siffror finns i tabellen.`;
}
