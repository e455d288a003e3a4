// Indikatorer: the columns of its two tables, the indicator's values and the
// measures whose causes cite the indicator's source (headers from labels.ts).
import { LABELS, label } from '$lib/labels';
import { numberColumn, textColumn, yearColumn, type ViewColumn } from '../columns';
import { citationLabel } from '../tackning/describe';
import type { CitingMeasureRow, IndicatorValueRow } from './queries';

const labelled = (key: 'place_type' | 'grp' | 'provenance'): ViewColumn<IndicatorValueRow> => ({
	...textColumn(key),
	format: (v: unknown) => label(key, v as string)
});

/** All values of one indicator; the value header names the unit where it is a share. */
export function valueColumns(unit: string): ViewColumn<IndicatorValueRow>[] {
	return [
		textColumn('place_name'),
		labelled('place_type'),
		labelled('grp'),
		yearColumn,
		numberColumn('value', unit === 'procent' ? `${LABELS.column.value} (%)` : LABELS.column.value),
		labelled('provenance'),
		{ key: 'source_ref', label: LABELS.column.source },
		textColumn('quote')
	];
}

/** Measures that answer a cause citing the source. */
export const citingColumns: ViewColumn<CitingMeasureRow>[] = [
	textColumn('district_name'),
	textColumn('area_label'),
	{ key: 'title', label: LABELS.column.measure },
	{ ...textColumn('cited'), format: (v: unknown) => citationLabel(v as string) },
	{ key: 'cause_text', label: LABELS.column.cause }
];
