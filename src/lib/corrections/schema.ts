// What a correction is: one analyst's decision about a record the reading
// could not settle. Six kinds, one zod schema each; the fields every kind
// shares say what it replaces, why, when, who (a role, never a name) and
// which source lines it concerns. Imports only zod and the table enums.
import { z } from 'zod';
import { FOLLOWUP_STATUSES, STATUS_BASES } from '../schema/tables';

export const CORRECTION_KINDS = ['cause_link', 'status', 'area', 'quote', 'split', 'merge'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** Record ids as the dataset writes them (DATA_MODEL: slugs or hashes). */
const ID = /^[a-z0-9][a-z0-9_:.-]*$/;
export const recordId = z.string().max(200).regex(ID, 'ogiltigt id (bara a–z, 0–9 och _ : . -)');
/** Several record ids in one CSV cell, separated by `|`. */
export const LIST_SEPARATOR = '|';
const text = (max: number) => z.string().trim().min(1, 'får inte vara tom').max(max, `högst ${max} tecken`);

export const common = {
	correction_id: recordId,
	reason: text(2000),
	/** A role the user types ("analytiker, stadsledningskontoret"); never taken from a plan. */
	decided_by: text(120),
	decided_at: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum som ÅÅÅÅ-MM-DD'),
	/** What the reading said before the correction, in words. */
	replaces: z.string().max(2000),
	source_file: z.string().trim().min(1, 'får inte vara tom').max(300),
	line_start: z.number().int().min(1).nullable(),
	line_end: z.number().int().min(1).nullable()
};

export const KIND_FIELDS = {
	cause_link: {
		measure_id: recordId,
		cause_id: recordId,
		action: z.enum(['link', 'unlink'])
	},
	status: {
		measure_id: recordId,
		status: z.enum(FOLLOWUP_STATUSES),
		status_basis: z.enum(STATUS_BASES),
		/** The words the new status is read from (a quote from the follow-up), or null. */
		status_phrase: z.string().max(2000).nullable()
	},
	area: {
		plan_id: recordId,
		area_label_raw: text(300),
		area_id: recordId
	},
	quote: {
		value_id: recordId,
		indicator_id: recordId
	},
	split: {
		measure_id: recordId,
		/** Titles of the measures the record really holds, at least two. */
		parts: z
			.array(text(500).refine((s) => !s.includes(LIST_SEPARATOR), 'får inte innehålla |'))
			.min(2, 'minst två delar')
			.max(20, 'högst 20 delar')
	},
	merge: {
		/** The measures that are really one; the first keeps its id. */
		measure_ids: z.array(recordId).min(2, 'minst två åtgärder').max(20, 'högst 20 åtgärder'),
		title: z.string().max(500).nullable()
	}
} as const;

export const CORRECTION_SCHEMAS = {
	cause_link: z.object({ kind: z.literal('cause_link'), ...common, ...KIND_FIELDS.cause_link }).strict(),
	status: z.object({ kind: z.literal('status'), ...common, ...KIND_FIELDS.status }).strict(),
	area: z.object({ kind: z.literal('area'), ...common, ...KIND_FIELDS.area }).strict(),
	quote: z.object({ kind: z.literal('quote'), ...common, ...KIND_FIELDS.quote }).strict(),
	split: z.object({ kind: z.literal('split'), ...common, ...KIND_FIELDS.split }).strict(),
	merge: z.object({ kind: z.literal('merge'), ...common, ...KIND_FIELDS.merge }).strict()
};

export const CORRECTION_SCHEMA = z.discriminatedUnion('kind', [
	CORRECTION_SCHEMAS.cause_link,
	CORRECTION_SCHEMAS.status,
	CORRECTION_SCHEMAS.area,
	CORRECTION_SCHEMAS.quote,
	CORRECTION_SCHEMAS.split,
	CORRECTION_SCHEMAS.merge
]);

export type Correction = z.infer<typeof CORRECTION_SCHEMA>;
export type CorrectionOf<K extends CorrectionKind> = Extract<Correction, { kind: K }>;
/** What a user fills in; the id is derived from the records it concerns. */
export type CorrectionInput = Correction extends infer C
	? C extends Correction
		? Omit<C, 'correction_id'>
		: never
	: never;

/** CSV columns of each kind's file, in order (data/corrections/<kind>.csv). */
export const CSV_COLUMNS: Record<CorrectionKind, string[]> = Object.fromEntries(
	CORRECTION_KINDS.map((k) => [k, ['correction_id', ...Object.keys(KIND_FIELDS[k]), ...Object.keys(common).slice(1)]])
) as Record<CorrectionKind, string[]>;

/** Swedish names of the kinds (the app's labels). */
export const KIND_LABELS: Record<CorrectionKind, string> = {
	cause_link: 'Koppling orsak–åtgärd',
	status: 'Status och grund',
	area: 'Prioriterat område',
	quote: 'Citerad siffra → indikator',
	split: 'Dela en åtgärd',
	merge: 'Slå ihop åtgärder'
};
