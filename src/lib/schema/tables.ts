// Every table of the dataset (../shared/DATA_MODEL.md), in one place.
// The pipeline validates each row against these schemas, creates the DuckDB
// tables from the same column list, and the browser validates the manifest.
import { z } from 'zod';
import {
	bool,
	double,
	int,
	intOrNull,
	line,
	lineOrNull,
	list,
	nonEmpty,
	oneOf,
	rowSchema,
	slug,
	slugOrNull,
	sha256,
	text,
	textOrNull,
	textOrAbsent,
	type Columns,
	type RowOf
} from './columns';
import {
	AREA_KINDS,
	CAUSE_LINK_STATUSES,
	CHANGES,
	DISTRICT_STATUSES,
	DOC_TYPES,
	ENCODINGS,
	FOLLOWUP_STATUSES,
	INDICATOR_SOURCES,
	LAYOUTS,
	MEASURE_STATUSES,
	PLACE_TYPES,
	PLAN_PROVENANCES,
	POLARITIES,
	PROVENANCES,
	SEVERITIES,
	STATUS_BASES,
	TIMING_KINDS,
	UNITS
} from './enums';

export * from './enums';

/** Set on a row an analyst's correction changed or made (src/lib/corrections/, data/corrections/). */
const corrected = {
	correction_id: textOrAbsent('correction that changed or made the row (table corrections); null where none did'),
	correction_reason: textOrAbsent('why, as the analyst wrote it; null where no correction did')
};

const sourceLines = {
	source_file: nonEmpty('path under data/raw/ of the document the row was read from'),
	line_start: line('first line (1-based) the row was read from'),
	line_end: line('last line (1-based, inclusive)')
};

export const TABLES = {
	districts: {
		district_id: slug('district administration (stadsdelsområde) slug'),
		name: nonEmpty('name as the city writes it'),
		municipality: nonEmpty('municipality'),
		police_areas: list('lokalpolisområden covering the district'),
		status: oneOf(DISTRICT_STATUSES, 'whether the district exists today'),
		merged_into: slugOrNull('district a former district became part of')
	},
	plans: {
		plan_id: slug('district, document type and year'),
		district_id: slugOrNull('district the plan belongs to; null when no district could be found'),
		year: intOrNull('plan year; null where the document gives none'),
		doc_type: oneOf(DOC_TYPES, 'document type'),
		municipality: textOrNull(
			"municipality: the district's, or the one the text names where it names no Stockholm district; null when none"
		),
		police_areas: list('police areas named by the document'),
		title: text('title as written'),
		source_file: nonEmpty('path under data/raw/'),
		source_sha256: sha256('SHA-256 of the raw bytes'),
		layout: oneOf(LAYOUTS, 'which parser read it'),
		encoding: oneOf(ENCODINGS, 'detected text encoding'),
		line_count: int('number of lines in the source document'),
		provenance: oneOf(PLAN_PROVENANCES, 'published dataset or imported in the browser'),
		fields_absent: list(
			'what the document states for none of its measures (operative_goal, responsible, timing, causes, followups): a gap in the plan, not a zero'
		)
	},
	priority_areas: {
		area_id: slug('canonical priority area'),
		label_sv: nonEmpty('Swedish label'),
		kind: oneOf(AREA_KINDS, 'central agreement area, own area, older city-wide area, or unmapped'),
		sort_order: int('display order')
	},
	area_labels: {
		area_label_raw: nonEmpty('priority-area label as a document writes it'),
		area_id: slug('canonical area it maps to (data/area_map.csv)')
	},
	problems: {
		problem_id: slug('stable id'),
		plan_id: slug('plan'),
		area_id: slug('canonical area'),
		area_label_raw: text('area label as written'),
		label: text('problem as written'),
		...sourceLines,
		...corrected
	},
	causes: {
		cause_id: slug('stable id'),
		plan_id: slug('plan'),
		area_id: slug('canonical area'),
		area_label_raw: text('area label as written'),
		problem_id: slugOrNull('problem the cause explains'),
		text: text('cause as written'),
		cited_sources: list('surveys the cause cites, e.g. stockholmsenkaten:2022'),
		link_status: oneOf(
			CAUSE_LINK_STATUSES,
			'linked: a measure answers it; none: the plan gives it no measure; unknown: the link could not be read'
		),
		...sourceLines,
		...corrected
	},
	measures: {
		measure_id: slug('stable id'),
		plan_id: slug('plan'),
		district_id: slugOrNull('district'),
		year: intOrNull('plan year'),
		area_id: slug('canonical area'),
		area_label_raw: text('area label as written'),
		problem_id: slugOrNull('problem'),
		title: text('short name'),
		description: text('what is done'),
		operative_goal: textOrNull('operative goal, null where the plan gives none'),
		timing_text: textOrNull('when, as written'),
		timing_kind: oneOf(TIMING_KINDS, 'kind of timing'),
		responsible: textOrNull('who, as written (personal names removed)'),
		with_police: bool('done together with the police'),
		...sourceLines,
		...corrected
	},
	measure_causes: {
		measure_id: slug('measure'),
		cause_id: slug('cause it answers'),
		...corrected
	},
	followups: {
		followup_id: slug('stable id'),
		measure_id: slug('measure'),
		plan_id: slug('plan'),
		period: nonEmpty('2025-08-28, T1, T2, VB or arsuppfoljning'),
		text: text('follow-up as written'),
		status: oneOf(FOLLOWUP_STATUSES, 'status read from the text'),
		status_basis: oneOf(STATUS_BASES, 'explicit judgment, inferred from wording, or none'),
		status_phrase: textOrNull('words the status was read from'),
		...sourceLines,
		...corrected
	},
	measure_status: {
		measure_id: slug('measure'),
		status: oneOf(MEASURE_STATUSES, 'final status for the plan year'),
		status_basis: oneOf(STATUS_BASES, 'basis of that status'),
		status_phrase: textOrNull('words the status was read from'),
		period: textOrNull('period of the follow-up it came from; null for saknas'),
		...corrected
	},
	situation_changes: {
		situation_change_id: slug('stable id'),
		plan_id: slug('plan'),
		area_label_raw: text('area as written in the lägesbild'),
		area_id: slug('canonical area'),
		change: oneOf(CHANGES, 'judged change'),
		comment: text('the comment as written'),
		...sourceLines,
		...corrected
	},
	indicators: {
		indicator_id: slug('indicator'),
		source: oneOf(INDICATOR_SOURCES, 'survey or register'),
		label_sv: nonEmpty('Swedish label'),
		unit: oneOf(UNITS, 'unit'),
		polarity: oneOf(POLARITIES, 'which direction is better'),
		definition: text('definition and caveats')
	},
	indicator_values: {
		indicator_id: slug('indicator'),
		place_type: oneOf(PLACE_TYPES, 'kind of place'),
		place_id: slug('the place: a district_id for a district (area_id is kept for priority areas)'),
		place_name: textOrNull('place name as the source writes it'),
		year: intOrNull('year; null where the source gives none'),
		grp: nonEmpty('group asked (alla, flickor, pojkar, ak9, gy2, ...)'),
		value: double('value'),
		provenance: oneOf(PROVENANCES, 'official, quoted in a plan, or imported by a user'),
		source_ref: nonEmpty('URL, or file:line'),
		quote: text('the words the value was read from'),
		plan_id: slugOrNull('plan that quotes it (quoted_in_plan only)'),
		source_file: textOrNull('raw file (quoted_in_plan only)'),
		line_start: lineOrNull('line (quoted_in_plan only)'),
		line_end: lineOrNull('line (quoted_in_plan only)'),
		...corrected
	},
	ingest_issues: {
		source_file: nonEmpty('file the issue is about'),
		plan_id: slugOrNull('plan, where one was made'),
		line: int('first line the issue names (0: the file as a whole)'),
		line_end: int('last line the issue names'),
		severity: oneOf(SEVERITIES, 'error, warning or info'),
		code: slug('machine-readable kind'),
		message: text('what was expected, what was found, what to do (Swedish)')
	},
	stated_counts: {
		plan_id: slug('plan'),
		area_label_raw: text('area as the analysis sheet writes it'),
		area_id: slug('canonical area'),
		problems: intOrNull('problem areas the plan itself states'),
		causes: intOrNull('identified causes the plan itself states'),
		measures: intOrNull('measures the plan itself states'),
		...sourceLines,
		...corrected
	},
	corrections: {
		correction_id: slug('stable id: kind + hash of the records it concerns'),
		kind: oneOf(['cause_link', 'status', 'area', 'quote', 'split', 'merge'], 'what was corrected'),
		record_ids: list('stable ids of the records it concerns (measure_id, cause_id, plan_id + label, value id)'),
		change: text('the new value, in words'),
		replaces: text('what the reading said before, in words'),
		reason: text('why, as the analyst wrote it'),
		decided_by: text('role of who decided (typed by the user; never a name from the plans)'),
		decided_at: text('date decided (YYYY-MM-DD)'),
		source_file: text('plan file the correction concerns'),
		line_start: lineOrNull('first source line it concerns'),
		line_end: lineOrNull('last source line it concerns'),
		applied: bool('false when its records no longer exist (see ingest_issues)'),
		csv_file: text('corrections file it came from (data/corrections/<kind>.csv), empty in the browser'),
		csv_line: intOrNull('line in that file')
	},
	source_lines: {
		source_file: nonEmpty('file'),
		line: line('line number'),
		text: text('the line, with personal data removed')
	}
} satisfies Record<string, Columns>;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export type Row<T extends TableName> = RowOf<(typeof TABLES)[T]>;
export type Dataset = { [T in TableName]: Row<T>[] };

export const ROW_SCHEMAS = Object.fromEntries(TABLE_NAMES.map((t) => [t, rowSchema(TABLES[t])])) as {
	[T in TableName]: ReturnType<typeof rowSchema<(typeof TABLES)[T]>>;
};

export function emptyDataset(): Dataset {
	return Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as Dataset;
}

export const MANIFEST_SCHEMA = z.object({
	schema_version: z.literal(1),
	built_at: z.string(),
	database: z.string(),
	tables: z.array(
		z.object({
			name: z.string(),
			parquet: z.string(),
			rows: z.number().int().min(0),
			columns: z.array(z.object({ name: z.string(), type: z.string() }))
		})
	),
	sources: z.array(
		z.object({
			source_file: z.string(),
			sha256: z.string(),
			bytes: z.number().int(),
			layout: z.string().nullable(),
			plan_id: z.string().nullable()
		})
	)
});
export type Manifest = z.infer<typeof MANIFEST_SCHEMA>;
