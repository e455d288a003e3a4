// The contract between a layout parser and the rest of the pipeline.
//
// A parser reads the lines of one document (already decoded, NFC, with
// personal data redacted) and returns candidate records with 1-based,
// inclusive line ranges. It never computes ids, canonical area ids, statuses
// or other derived columns: `normalise.ts` does that once for every layout.
// Keys (`key`, `problem_key`, `cause_keys`, `measure_key`) only link records
// inside one parse result; they never reach the published data.

import type { DocType, Layout, PlaceType, Severity, SituationChange } from '../schema/enums';

export type { DocType, Layout, Severity, SituationChange };

export interface LineRange {
	line_start: number;
	line_end: number;
}

export interface ParsedProblem extends LineRange {
	key: string;
	area_label_raw: string;
	label: string;
}

export interface ParsedCause extends LineRange {
	key: string;
	area_label_raw: string;
	problem_key: string | null;
	text: string;
	/** The layout could not read which measure (if any) answers the cause: never "no measure". */
	link_unknown?: boolean;
}

export interface ParsedMeasure extends LineRange {
	key: string;
	area_label_raw: string;
	problem_key: string | null;
	cause_keys: string[];
	title: string;
	description: string;
	operative_goal: string | null;
	timing_text: string | null;
	responsible: string | null;
	/** null: let normalise.ts decide from responsible/description. */
	with_police: boolean | null;
}

export interface ParsedFollowup extends LineRange {
	measure_key: string;
	/** `2025-08-28`, `T1`, `T2`, `VB`, or `arsuppfoljning` where undated. */
	period: string;
	text: string;
}

export interface ParsedSituationChange extends LineRange {
	area_label_raw: string;
	change: SituationChange;
	comment: string;
}

/** A figure quoted in the plan's own text (LOB counts, survey percentages, SIG cases). */
export interface ParsedQuotedValue {
	indicator_id: string;
	place_type: PlaceType;
	place_id: string;
	year: number | null;
	grp: string;
	value: number;
	line: number;
	quote: string;
}

export interface ParsedIssue {
	line: number;
	/** Last line the issue covers (a block of template text); equals `line` for one line. */
	line_end: number;
	severity: Severity;
	code: string;
	message: string;
}

/** Analysis-sheet counts printed in the plan itself, per raw area label. */
export interface StatedCounts {
	area_label_raw: string;
	problems: number | null;
	causes: number | null;
	measures: number | null;
	line: number;
}

export interface ParsedDocument {
	layout: Layout;
	doc_type: DocType;
	title: string;
	/** District as named in the text (any spelling); null when the text names none. */
	district_name: string | null;
	/** Municipality the text names ("Huddinge kommun"), for documents outside Stockholm's districts. */
	municipality: string | null;
	year: number | null;
	police_areas: string[];
	/** Lines that belong to the plan record itself (title, diary numbers, parties). */
	plan_lines: LineRange[];
	problems: ParsedProblem[];
	causes: ParsedCause[];
	measures: ParsedMeasure[];
	followups: ParsedFollowup[];
	situation_changes: ParsedSituationChange[];
	quoted_values: ParsedQuotedValue[];
	stated_counts: StatedCounts[];
	issues: ParsedIssue[];
}

/** One document as handed to a parser. `lines[0]` is line 1. */
export interface SourceDocument {
	file: string;
	lines: string[];
}

export type Parser = (doc: SourceDocument) => ParsedDocument;

export function emptyDocument(layout: Layout, doc_type: DocType = 'atgardsplan'): ParsedDocument {
	return {
		layout,
		doc_type,
		municipality: null,
		title: '',
		district_name: null,
		year: null,
		police_areas: [],
		plan_lines: [],
		problems: [],
		causes: [],
		measures: [],
		followups: [],
		situation_changes: [],
		quoted_values: [],
		stated_counts: [],
		issues: []
	};
}

/**
 * Runs a layout's reader so that it never throws: whatever it read before an
 * unexpected failure is kept, and the failure becomes one error naming the file.
 */
export function readSafely(
	layout: Layout,
	docType: DocType,
	doc: SourceDocument,
	read: (doc: SourceDocument, out: ParsedDocument) => void
): ParsedDocument {
	const out = emptyDocument(layout, docType);
	try {
		read(doc, out);
	} catch (e) {
		out.issues.push({
			line: 1,
			line_end: Math.max(1, doc.lines.length),
			severity: 'error',
			code: 'parser_failure',
			message: `Tolkningen avbröts oväntat (${e instanceof Error ? e.message : String(e)}). Det som lästes före felet finns kvar; kontrollera filen.`
		});
	}
	return out;
}
