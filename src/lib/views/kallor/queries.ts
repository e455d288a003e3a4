// Källor: what was read from each file, and the issues it raised.
import type { Severity } from '../../schema/enums';
import { districtNameSql } from '../sql';

export const SOURCES_SQL = `
SELECT
	p.plan_id,
	p.source_file,
	p.layout,
	p.doc_type,
	p.year,
	p.district_id,
	${districtNameSql()} AS district_name,
	p.encoding,
	p.line_count,
	p.provenance,
	p.source_sha256,
	(SELECT count(*) FROM problems x WHERE x.plan_id = p.plan_id)::INTEGER AS problems,
	(SELECT count(*) FROM causes x WHERE x.plan_id = p.plan_id)::INTEGER AS causes,
	(SELECT count(*) FROM measures x WHERE x.plan_id = p.plan_id)::INTEGER AS measures,
	(SELECT count(*) FROM followups x WHERE x.plan_id = p.plan_id)::INTEGER AS followups,
	(SELECT count(*) FROM situation_changes x WHERE x.plan_id = p.plan_id)::INTEGER AS situation_changes,
	(SELECT count(*) FROM indicator_values x WHERE x.plan_id = p.plan_id)::INTEGER AS quoted_values,
	(SELECT count(*) FROM ingest_issues i WHERE i.source_file = p.source_file AND i.severity = 'error')::INTEGER AS errors,
	(SELECT count(*) FROM ingest_issues i WHERE i.source_file = p.source_file AND i.severity = 'warning')::INTEGER AS warnings,
	(SELECT count(*) FROM ingest_issues i WHERE i.source_file = p.source_file AND i.severity = 'info')::INTEGER AS infos
FROM plans p
LEFT JOIN districts d USING (district_id)
ORDER BY district_name, p.year DESC NULLS LAST
`;

export interface SourceRow {
	plan_id: string;
	source_file: string;
	layout: string;
	doc_type: string;
	year: number | null;
	district_id: string | null;
	district_name: string;
	encoding: string;
	line_count: number;
	provenance: string;
	source_sha256: string;
	problems: number;
	causes: number;
	measures: number;
	followups: number;
	situation_changes: number;
	quoted_values: number;
	errors: number;
	warnings: number;
	infos: number;
}

export const ISSUES_SQL = `
SELECT source_file, line, line_end, severity, code, message
FROM ingest_issues
ORDER BY source_file, CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, line
`;

export interface IssueRow {
	source_file: string;
	line: number;
	line_end: number;
	severity: Severity;
	code: string;
	message: string;
}

export const PLAN_LINES_SQL = `
SELECT l.line, l.text FROM source_lines l JOIN plans p USING (source_file) WHERE p.plan_id = ? ORDER BY l.line
`;

/** What each line of a plan belongs to, for the viewer's margin. */
export const PLAN_RECORDS_SQL = `
SELECT 'Åtgärd' AS kind, title AS label, line_start, line_end FROM measures WHERE plan_id = ?1
UNION ALL SELECT 'Orsak', text, line_start, line_end FROM causes WHERE plan_id = ?1
UNION ALL SELECT 'Problem', label, line_start, line_end FROM problems WHERE plan_id = ?1
UNION ALL SELECT 'Uppföljning', period, line_start, line_end FROM followups WHERE plan_id = ?1
UNION ALL SELECT 'Lägesbild', area_label_raw, line_start, line_end FROM situation_changes WHERE plan_id = ?1
ORDER BY line_start
`;

export const SOURCE_BY_PLAN_SQL = `SELECT * FROM (${SOURCES_SQL}) WHERE plan_id = ?`;

export const FILE_ISSUES_SQL = `
SELECT i.source_file, i.line, i.line_end, i.severity, i.code, i.message
FROM ingest_issues i JOIN plans p USING (source_file)
WHERE p.plan_id = ?
ORDER BY CASE i.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, i.line
`;
