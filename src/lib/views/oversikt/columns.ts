// Översikt: the table of plans, one row per plan.
import { formatShare } from '$lib/format';
import { label, LABELS, STATUS_ORDER } from '$lib/labels';
import { METRICS } from '../metrics';
import { numberColumn, textColumn, yearColumn, type ViewColumn } from '../columns';
import type { OverviewRow } from './queries';

/** The lägesbild judgments per area, one column each. */
export const CHANGE_KEYS = ['change_positiv', 'change_oforandrad', 'change_negativ', 'change_okand'] as const;
const CHANGE_LABELS: Record<(typeof CHANGE_KEYS)[number], string> = {
	change_positiv: 'Lägesbild: positiv',
	change_oforandrad: 'Lägesbild: oförändrad',
	change_negativ: 'Lägesbild: negativ',
	change_okand: 'Lägesbild: ingen bedömning'
};

/** Columns of the plan table; with the tolkade counted in, the separate Tolkad column goes. */
export const overviewColumns = (includeInferred: boolean): ViewColumn<OverviewRow>[] => [
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
	...STATUS_ORDER.filter((s) => !(includeInferred && s === 'tolkad')).map((s) => numberColumn(s, LABELS.status[s])),
	...CHANGE_KEYS.map((k) => numberColumn(k, CHANGE_LABELS[k]))
];

/** What the export's header block says about the table. */
export const overviewMeta = (includeInferred: boolean) => ({
	title: 'Översikt: inlästa planer och lägesbilder per stadsdel och år',
	definition:
		(includeInferred
			? 'Statusar räknade med tolkade (läst ur aktivitetsord). '
			: 'Statusar är planernas uttryckliga bedömningar; tolkade ur aktivitetsord står i kolumnen Tolkad. ') +
		'Lägesbildens kolumner räknar bedömningarna per område.',
	filters: includeInferred ? 'tolkad=1 (tolkade statusar räknas med)' : 'Inga filter'
});

/** The counts in the lead sentence. */
export function overviewTotals(rows: OverviewRow[]) {
	return {
		plans: rows.length,
		measures: rows.reduce((a, r) => a + r.measures, 0),
		causes: rows.reduce((a, r) => a + r.causes, 0),
		districts: new Set(rows.map((r) => r.district_id)).size
	};
}
