// Översikt: the table of plans, one row per plan.
import { formatShare } from '$lib/format';
import { label, LABELS, STATUS_ORDER } from '$lib/labels';
import { METRICS } from '../metrics';
import { numberColumn, textColumn, yearColumn, type ViewColumn } from '../columns';
import type { OverviewRow } from './queries';

export const overviewColumns: ViewColumn<OverviewRow>[] = [
	textColumn('district_name'),
	yearColumn,
	{ ...textColumn('doc_type'), format: (v: unknown) => label('doc_type', v as string) },
	numberColumn('problems'),
	numberColumn('causes'),
	numberColumn('measures'),
	{
		key: 'with_goal',
		label: METRICS.share_goal.name,
		kind: 'number',
		format: (v: unknown, r: OverviewRow) =>
			r.fields_absent.includes('operative_goal') ? 'anges inte i planen' : formatShare(v as number, r.measures)
	},
	...STATUS_ORDER.map((s) => numberColumn(s, LABELS.status[s]))
];

/** The counts in the lead sentence. */
export function overviewTotals(rows: OverviewRow[]) {
	return {
		plans: rows.length,
		measures: rows.reduce((a, r) => a + r.measures, 0),
		causes: rows.reduce((a, r) => a + r.causes, 0),
		districts: new Set(rows.map((r) => r.district_id)).size
	};
}
