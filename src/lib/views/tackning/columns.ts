// Täckning's three tables: coverage per plan and area, causes (without a
// measure, or with an unknown link), and causes that cite an indicator.
import { formatDecimal, formatInt } from '$lib/format';
import { METRICS } from '../metrics';
import { numberColumn, textColumn, yearColumn, type ViewColumn } from '../columns';

const orDash = (f: (v: number) => string) => (v: unknown) => (v === null ? '–' : f(v as number));

export const coverageColumns: ViewColumn[] = [
	textColumn('district_name'),
	yearColumn,
	textColumn('area_label'),
	numberColumn('problems'),
	numberColumn('causes'),
	numberColumn('measures'),
	{ ...numberColumn('per_cause', METRICS.measures_per_cause.name), format: orDash(formatDecimal) },
	numberColumn('causes_without_measure', 'Orsaker utan åtgärd'),
	{ ...numberColumn('unlinked', 'Åtgärder utan koppling till orsak'), format: orDash(formatInt) },
	{ ...numberColumn('goal_share', METRICS.share_goal.name), format: orDash((v) => `${formatInt(Math.round(v))} %`) },
	{ key: 'state', label: 'Täckning' }
];

export const causeColumns: ViewColumn[] = [
	textColumn('district_name'),
	yearColumn,
	textColumn('area_label'),
	textColumn('cause'),
	numberColumn('line_start', 'Källrader')
].map((c) => (c.key === 'cause' ? { ...c, key: 'text' } : c));

export const citedColumns: ViewColumn[] = [
	textColumn('district_name'),
	textColumn('area_label'),
	{ key: 'text', label: 'Orsak' },
	{ key: 'citation', label: 'Citerar' },
	numberColumn('measures'),
	{ key: 'worsened', label: 'Försämrad?' },
	{ key: 'verdict_text', label: 'Jämförelse' }
];
