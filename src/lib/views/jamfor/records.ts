// The records behind one heat-table cell, as the list under it shows them:
// each measure with its status as stated (a status read from activity words
// is shown as tolkad, never as attainment, unless the reader counts them),
// each cause with the measures that answer it (or "okänd" where the link
// could not be read), and a link to its lines in the source.
import { label } from '$lib/labels';
import { sourceHref } from '$lib/views/kallor/links';
import { countedStatusText } from '../attainment';
import { countsIn, recordsBehind, type Metric } from './model';
import type { CellRecordRow } from './queries';

export interface ShownRecord {
	kind: string;
	text: string;
	status: string;
	counts: string;
	area: string;
	lines: string;
	href: string;
	correction_id: string | null;
}

const KIND = { measure: 'Åtgärd', cause: 'Orsak', problem: 'Problem' } as const;

/** What the "counts" column says for a cause: how many measures answer it, or that nobody can tell. */
export function causeAnswers(r: Pick<CellRecordRow, 'answered_by' | 'link_status'>): string {
	if (r.link_status === 'unknown' && !r.answered_by) return 'okänd (kopplingen kunde inte läsas)';
	return String(r.answered_by ?? 0);
}

export function shownRecords(
	metric: Metric,
	rows: CellRecordRow[],
	o: { plan_id: string; area: string; includeInferred: boolean }
): ShownRecord[] {
	return recordsBehind(metric, rows).map((r) => {
		const c = countsIn(metric, r, { includeInferred: o.includeInferred });
		const yesNo = (v: boolean | null) => (v === null ? '' : v ? 'Ja' : 'Nej');
		return {
			kind: KIND[r.kind],
			text: r.text,
			status:
				r.kind === 'measure'
					? countedStatusText(r.status ?? 'saknas', r.status_basis, r.status_phrase, o.includeInferred)
					: '',
			counts: r.kind === 'cause' ? causeAnswers(r) : metric === 'measures_per_cause' ? yesNo(r.linked) : yesNo(c),
			area: o.area,
			lines: r.line_end > r.line_start ? `${r.line_start}–${r.line_end}` : String(r.line_start),
			href: sourceHref(o.plan_id, r.line_start, r.line_end),
			correction_id: r.correction_id ?? null
		};
	});
}

/** The area's short name without soft hyphens (the heading above gives the full one). */
export function shortAreaName(area: { area_id: string; label: string }): string {
	const short = label('area_short', area.area_id);
	return short === area.area_id ? area.label : short.replace(/\u00ad/g, '');
}
