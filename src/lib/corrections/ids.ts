// Stable ids: a correction's id comes from its kind and the records it
// concerns (a second correction of the same record replaces the first), and
// a quoted figure, which has no id column, gets one from where and what it
// quotes, never from the series it was assigned to (that is what gets corrected).
import { shortHash } from '../ingest/normalise/hash';
import type { Row } from '../schema/tables';
import type { CorrectionInput } from './schema';

/** The records a correction concerns, as stable ids (what the CSV's id columns hold). */
export function recordKeys(c: CorrectionInput): string[] {
	switch (c.kind) {
		case 'cause_link':
			return [c.measure_id, c.cause_id];
		case 'status':
		case 'split':
			return [c.measure_id];
		case 'area':
			return [c.plan_id, c.area_label_raw];
		case 'quote':
			return [c.value_id];
		case 'merge':
			return c.measure_ids;
	}
}

export function correctionId(c: CorrectionInput): string {
	return `${c.kind.replace('_', '-')}-${shortHash([c.kind, ...recordKeys(c)].join('\u0000'))}`;
}

type QuotedValue = Pick<Row<'indicator_values'>, 'source_file' | 'line_start' | 'quote' | 'grp' | 'year' | 'value'>;

/** Id of a quoted figure (indicator_values row with a source line). */
export function quotedValueId(v: QuotedValue): string {
	return `q-${shortHash([v.source_file, v.line_start, v.quote, v.grp, v.year, v.value].join('\u0000'))}`;
}
