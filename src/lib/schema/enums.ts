// Every enumeration of the data model, written once. The zod schemas
// (tables.ts), the parsers, labels.ts and the charts take their value lists
// and types from here; nothing else spells a value list out again.

const values = <const V extends readonly [string, ...string[]]>(v: V) => v;

// medborgarlofte: the police's promises to a municipality or area; uppfoljning: a document
// that follows up promises or a plan (its bullets are follow-ups, not new measures).
export const DOC_TYPES = values(['atgardsplan', 'lagesbild', 'gemensam_atgardsplan', 'medborgarlofte', 'uppfoljning']);
export const LAYOUTS = values([
	'tsv-rows',
	'pdf-columns',
	'word-tables',
	'lagesbild-list',
	'forum-keyvalue',
	'xlsx-template',
	'generic'
]);
export const ENCODINGS = values(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252']);
export const TIMING_KINDS = values(['linje', 'tidsatt', 'projekt', 'okand']);
export const FOLLOWUP_STATUSES = values(['uppnadd', 'delvis_uppnadd', 'paborjad', 'ej_uppnadd', 'ej_bedomd']);
/** A measure's status for its plan year, in display order (best first, "saknas" last). */
export const MEASURE_STATUSES = values([...FOLLOWUP_STATUSES, 'saknas']);
export const STATUS_BASES = values(['explicit', 'inferred', 'none']);
/**
 * How the views count a measure's status: the data's statuses, with 'tolkad'
 * (a status read from activity words, status_basis 'inferred'; no value in
 * the data, see src/lib/views/attainment.ts) before those that judge nothing.
 */
export const COUNTED_STATUSES = values([
	'uppnadd',
	'delvis_uppnadd',
	'paborjad',
	'ej_uppnadd',
	'tolkad',
	'ej_bedomd',
	'saknas'
]);
/** A cause is answered by a measure, by none, or the layout could not read which. */
export const CAUSE_LINK_STATUSES = values(['linked', 'none', 'unknown']);
export const CHANGES = values(['positiv', 'oforandrad', 'negativ', 'okand']);
export const INDICATOR_SOURCES = values([
	'stockholmsenkaten',
	'trygghetsmatningen',
	'lob',
	'sig',
	'polisens_trygghetsundersokning',
	'ntu',
	'other'
]);
export const UNITS = values(['procent', 'antal', 'per_1000']);
export const POLARITIES = values(['lower_is_better', 'higher_is_better', 'neutral']);
export const PLACE_TYPES = values(['stadsdelsomrade', 'lokalpolisomrade', 'stadsdel', 'stad', 'lan', 'riket']);
/** Where an indicator value comes from. */
export const PROVENANCES = values(['official', 'quoted_in_plan', 'user_import', 'corrected']);
/** A value a plan quotes: as read, or assigned to its series by an analyst's correction. */
export const isQuoted = (provenance: string) => provenance === 'quoted_in_plan' || provenance === 'corrected';
/** Where a plan comes from. */
export const PLAN_PROVENANCES = values(['published', 'user_import']);
export const SEVERITIES = values(['error', 'warning', 'info']);
export const AREA_KINDS = values(['central', 'eget', 'aldre', 'omappat']);
export const DISTRICT_STATUSES = values(['current', 'former']);

/** Tables whose rows are read from a plan document (copied per plan by the benchmark). */
export const PLAN_TABLES = values([
	'plans',
	'problems',
	'causes',
	'measures',
	'measure_causes',
	'followups',
	'measure_status',
	'situation_changes',
	'stated_counts'
]);
/** Tables an import may add rows to (the reference tables come only from the build). */
export const IMPORT_TABLES = values([...PLAN_TABLES, 'indicator_values', 'ingest_issues', 'source_lines']);

export type DocType = (typeof DOC_TYPES)[number];
export type Layout = (typeof LAYOUTS)[number];
export type Encoding = (typeof ENCODINGS)[number];
export type TimingKind = (typeof TIMING_KINDS)[number];
export type FollowupStatus = (typeof FOLLOWUP_STATUSES)[number];
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export type StatusBasis = (typeof STATUS_BASES)[number];
export type CountedStatus = (typeof COUNTED_STATUSES)[number];
export type CauseLinkStatus = (typeof CAUSE_LINK_STATUSES)[number];
export type SituationChange = (typeof CHANGES)[number];
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];
export type Unit = (typeof UNITS)[number];
export type Polarity = (typeof POLARITIES)[number];
export type PlaceType = (typeof PLACE_TYPES)[number];
export type Provenance = (typeof PROVENANCES)[number];
export type PlanProvenance = (typeof PLAN_PROVENANCES)[number];
export type Severity = (typeof SEVERITIES)[number];
export type AreaKind = (typeof AREA_KINDS)[number];
export type PlanTable = (typeof PLAN_TABLES)[number];
export type ImportTable = (typeof IMPORT_TABLES)[number];
