// Källor: the table of documents read.
import { label } from '$lib/labels';
import { numberColumn, textColumn, yearColumn, type ViewColumn } from '../columns';
import type { SourceRow } from './queries';

export const sourceColumns: ViewColumn<SourceRow>[] = [
	textColumn('source_file'),
	textColumn('district_name'),
	yearColumn,
	{ ...textColumn('layout'), format: (v: unknown) => label('layout', v as string) },
	numberColumn('measures'),
	numberColumn('causes'),
	numberColumn('followups'),
	numberColumn('errors'),
	numberColumn('warnings'),
	numberColumn('infos')
];
