// The Åtgärder result as table rows: Swedish words in every cell, so the CSV
// and Excel downloads read the same as the screen.
import { label } from '$lib/labels';
import type { MeasureRow } from '$lib/views/atgarder/queries';
import { countedStatus } from '$lib/views/attainment';

export interface MeasureTableRow {
	stadsdel: string;
	ar: number | null;
	omrade: string;
	atgard: string;
	status: string;
	med_polisen: string;
	nar: string | null;
	vem: string | null;
	kalla: string;
	plan_id: string;
	line_start: number;
	line_end: number;
}

export const measureTableColumns = [
	{ key: 'stadsdel', label: 'Stadsdel' },
	{ key: 'ar', label: 'År', kind: 'number' as const },
	{ key: 'omrade', label: 'Område' },
	{ key: 'atgard', label: 'Åtgärd' },
	{ key: 'status', label: 'Status' },
	{ key: 'med_polisen', label: 'Med polisen' },
	{ key: 'nar', label: 'När' },
	{ key: 'vem', label: 'Vem' },
	{ key: 'kalla', label: 'Källa' }
];

/** A status read from activity words reads "Tolkad (ingen bedömning) – läst som …" unless tolkad=1 counts it. */
function statusText(m: MeasureRow, includeInferred: boolean): string {
	const counted = countedStatus(m.status, m.status_basis, includeInferred);
	return counted === 'tolkad'
		? `${label('status', counted)} – läst som ${label('status', m.status)}`
		: label('status', counted);
}

export function measureTableRow(m: MeasureRow, includeInferred = false): MeasureTableRow {
	return {
		stadsdel: m.district_name,
		ar: m.year,
		omrade: m.area_label,
		atgard: m.title,
		status: statusText(m, includeInferred),
		med_polisen: m.with_police ? 'Ja' : 'Nej',
		nar: m.timing_text,
		vem: m.responsible,
		kalla: `${m.source_file}:${m.line_start}${m.line_end > m.line_start ? `-${m.line_end}` : ''}`,
		plan_id: m.plan_id,
		line_start: m.line_start,
		line_end: m.line_end
	};
}
