// Table columns the views share: a key, its Swedish header from labels.ts,
// and how its cells read (the same words on screen and in CSV/Excel).
import { LABELS } from '$lib/labels';
import type { ExportColumn } from '$lib/export';

export interface ViewColumn<R = unknown> extends ExportColumn {
	// Method syntax: a shared column (no row type) fits every table.
	format?(v: unknown, r: R): string;
}

type ColumnKey = keyof typeof LABELS.column;

/** A text column headed by its label in LABELS.column. */
export const textColumn = (key: ColumnKey, header: string = LABELS.column[key]): ViewColumn => ({ key, label: header });

/** A number column headed by its label in LABELS.column. */
export const numberColumn = (key: ColumnKey | string, header?: string): ViewColumn => ({
	key,
	label: header ?? LABELS.column[key as ColumnKey],
	kind: 'number'
});

/** The plan year; a plan without one says so. */
export const yearColumn: ViewColumn = {
	key: 'year',
	label: LABELS.column.year,
	kind: 'number',
	format: (v: unknown) => (v === null ? 'Ej angivet' : String(v))
};
