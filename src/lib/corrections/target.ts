// What a "Rätta" button hands its dialog: the record, what the reading said,
// and where in the source it stands. Pure (the work list builds these).
import type { CorrectionKind } from './schema';

export interface CorrectionTarget {
	kind: CorrectionKind;
	/** The record, as the heading of the dialog names it. */
	label: string;
	plan_id: string;
	measure_id?: string;
	cause_id?: string;
	area_label_raw?: string;
	value_id?: string;
	/** What the reading said, in words (kept as the correction's `replaces`). */
	replaces: string;
	source_file: string;
	line_start: number | null;
	line_end: number | null;
	/** Starting values of the form. */
	status?: string;
	status_basis?: string;
	status_phrase?: string | null;
	title?: string;
}

/** A measure whose status was read from activity words, as a "Rätta statusen" button hands it over. */
export interface InferredStatusMeasure {
	plan_id: string;
	measure_id: string;
	title: string;
	source_file: string;
	line_start: number;
	line_end: number;
	status: string | null;
	status_basis: string | null;
	status_phrase: string | null;
}

/** The status correction's target; `statusLabel` names the status in Swedish. */
export function statusTarget(m: InferredStatusMeasure, statusLabel: (s: string | null) => string): CorrectionTarget {
	return {
		kind: 'status',
		label: m.title,
		plan_id: m.plan_id,
		measure_id: m.measure_id,
		replaces: `${statusLabel(m.status)} (tolkad)${m.status_phrase ? `: »${m.status_phrase}«` : ''}`,
		source_file: m.source_file,
		line_start: m.line_start,
		line_end: m.line_end,
		status: m.status ?? undefined,
		status_basis: m.status_basis ?? undefined,
		status_phrase: m.status_phrase
	};
}

const ROLE_KEY = 'planbild-rattelse-roll';
/** The role the user typed last time (this browser only; a role, never a name from the plans). */
export const rememberedRole = () => (typeof localStorage === 'undefined' ? '' : (localStorage.getItem(ROLE_KEY) ?? ''));
export const rememberRole = (role: string) => {
	if (typeof localStorage !== 'undefined') localStorage.setItem(ROLE_KEY, role);
};
