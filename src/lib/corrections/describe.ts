// A correction in words (Swedish) and as a row of the published `corrections` table.
import { label } from '../labels';
import type { Row } from '../schema/tables';
import { recordKeys } from './ids';
import type { Correction } from './schema';

export function describeChange(c: Correction): string {
	switch (c.kind) {
		case 'cause_link':
			return c.action === 'link'
				? `Åtgärden ${c.measure_id} svarar på orsaken ${c.cause_id}`
				: `Åtgärden ${c.measure_id} svarar inte på orsaken ${c.cause_id}`;
		case 'status':
			return `${label('status', c.status)} (${label('status_basis', c.status_basis).toLowerCase()})${
				c.status_phrase ? `: »${c.status_phrase}«` : ''
			}`;
		case 'area':
			return `"${c.area_label_raw}" hör till området ${c.area_id}`;
		case 'quote':
			return `Siffran hör till indikatorn ${c.indicator_id}`;
		case 'split':
			return `Delas i ${c.parts.length} åtgärder: ${c.parts.join(' | ')}`;
		case 'merge':
			return `${c.measure_ids.length} åtgärder slås ihop${c.title ? ` till "${c.title}"` : ''}`;
	}
}

export function correctionRow(
	c: Correction,
	applied: boolean,
	csv: { file: string; line: number | null } = { file: '', line: null }
): Row<'corrections'> {
	return {
		correction_id: c.correction_id,
		kind: c.kind,
		record_ids: recordKeys(c),
		change: describeChange(c),
		replaces: c.replaces,
		reason: c.reason,
		decided_by: c.decided_by,
		decided_at: c.decided_at,
		source_file: c.source_file,
		line_start: c.line_start,
		line_end: c.line_end,
		applied,
		csv_file: csv.file,
		csv_line: csv.line
	};
}
