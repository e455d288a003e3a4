// The printed A4 report, the one a steering group hands on: a summary page
// first (counts per status with what each status means, and a plan without
// stated judgments says so), then per area every followed-up measure with its
// operative goal and the follow-up text its status came from, then once the
// measures that have no follow-up. Line references are text ("rad 245–260"),
// printed in the margin. Pure; the view renders it.
import { label } from '$lib/labels';
import { formatIsoDate } from '$lib/format';
import { attainmentOf, noJudgmentNote, STATUS_DEFINITIONS, COUNTED_ORDER, type CountedStatus } from '../attainment';
import type { AreaReport, MeasureReport } from './report';

export interface PrintMeasure {
	measure_id: string;
	title: string;
	description: string;
	operative_goal: string | null;
	status: CountedStatus;
	status_label: string;
	/** The follow-up entry the status was read from (its text as written), null where none. */
	followup_text: string | null;
	followup_period: string | null;
	/** "rad 245–260" */
	measure_lines: string;
	followup_lines: string | null;
	source_file: string;
}

export interface PrintArea {
	area_id: string;
	area_label: string;
	measures: PrintMeasure[];
}

export interface PrintSummaryRow {
	status: CountedStatus;
	label: string;
	count: number;
	definition: string;
}

export interface PrintReport {
	total: number;
	summary: PrintSummaryRow[];
	/** Where the plan states no judgment at all. */
	no_judgment: string | null;
	areas: PrintArea[];
	/** Measures without any follow-up, listed once. */
	without_followup: { title: string; area_label: string; measure_lines: string }[];
}

export const linesText = (a: number, b: number) => (a === b ? `rad ${a}` : `rad ${a}–${b}`);

const periodText = (p: string | null) =>
	p === null ? null : /^\d{4}-/.test(p) ? formatIsoDate(p) : label('period', p);

function printMeasure(m: MeasureReport): PrintMeasure {
	// The entry of the status's period; of several, the last (the measure_status rule).
	const from = m.entries.filter((e) => e.period === m.status_period).at(-1) ?? null;
	return {
		measure_id: m.measure_id,
		title: m.title,
		description: m.description,
		operative_goal: m.operative_goal,
		status: m.counted_status,
		status_label: m.status_label,
		followup_text: from?.text ?? null,
		followup_period: periodText(from?.period ?? null),
		measure_lines: linesText(m.line_start, m.line_end),
		followup_lines: from ? linesText(from.line_start, from.line_end) : null,
		source_file: m.source_file
	};
}

export function printReport(areas: AreaReport[], includeInferred = false): PrintReport {
	const all = areas.flatMap((a) => a.measures);
	const attainment = attainmentOf(all, includeInferred);
	return {
		total: all.length,
		summary: COUNTED_ORDER.filter((s) => !(includeInferred && s === 'tolkad')).map((s) => ({
			status: s,
			label: label('status', s),
			count: attainment.counts[s],
			definition: STATUS_DEFINITIONS[s]
		})),
		no_judgment: all.length ? noJudgmentNote(attainment) : null,
		areas: areas
			.map((a) => ({
				area_id: a.area_id,
				area_label: a.area_label,
				measures: a.measures.filter((m) => m.status !== 'saknas').map(printMeasure)
			}))
			.filter((a) => a.measures.length > 0),
		without_followup: areas.flatMap((a) =>
			a.measures
				.filter((m) => m.status === 'saknas')
				.map((m) => ({ title: m.title, area_label: a.area_label, measure_lines: linesText(m.line_start, m.line_end) }))
		)
	};
}
