// Queries whose results the build writes to summaries.json, so that
// prerendered pages show real numbers before DuckDB has started.
import { FOLLOWUPS_SQL, MEASURE_CONTEXT_SQL, MEASURES_SQL } from './atgarder/queries';
import { COMPARE_PLANS_SQL, COMPARE_SQL } from './jamfor/queries';
import { OVERVIEW_SQL } from './oversikt/queries';
import { ISSUES_SQL, SOURCES_SQL } from './kallor/queries';
import {
	ALL_FOLLOWUPS_SQL,
	ALL_MEASURES_SQL,
	DOCUMENTS_SQL,
	PLAN_CHOICES_SQL,
	SITUATIONS_SQL
} from './uppfoljning/queries';
import * as coverage from './tackning/queries';
import * as indicators from './indikatorer/queries';

export const SUMMARY_QUERIES = {
	overview: OVERVIEW_SQL,
	jamfor: COMPARE_SQL,
	jamfor_plans: COMPARE_PLANS_SQL,
	sources: SOURCES_SQL,
	issues: ISSUES_SQL,
	measures: MEASURES_SQL,
	measure_followups: FOLLOWUPS_SQL,
	measure_context: MEASURE_CONTEXT_SQL,
	uppfoljning_choices: PLAN_CHOICES_SQL,
	uppfoljning_measures: ALL_MEASURES_SQL,
	uppfoljning_followups: ALL_FOLLOWUPS_SQL,
	uppfoljning_documents: DOCUMENTS_SQL,
	uppfoljning_situations: SITUATIONS_SQL,
	coverage_matrix: coverage.COVERAGE_MATRIX_SQL,
	coverage_excluded: coverage.COVERAGE_EXCLUDED_SQL,
	coverage_causes: coverage.COVERAGE_CAUSES_SQL,
	coverage_indicators: coverage.COVERAGE_INDICATORS_SQL,
	coverage_values: coverage.COVERAGE_VALUES_SQL,
	coverage_cause_columns: coverage.CAUSE_COLUMN_SQL,
	indicator_list: indicators.INDICATOR_LIST_SQL,
	indicator_values: indicators.INDICATOR_VALUES_ALL_SQL,
	citing_measures: indicators.CITING_MEASURES_ALL_SQL,
	similarity_values: indicators.SIMILARITY_VALUES_SQL,
	districts: indicators.DISTRICTS_SQL,
	source_lines: 'SELECT source_file, line, text FROM source_lines ORDER BY source_file, line'
} as const;

/**
 * The published database's comment on its measures table: this prefix and the id of the
 * summaries the build computed from its rows (src/lib/server/summaries.ts). DuckDB has no
 * comment on a database, so one table carries it.
 */
export const SUMMARIES_COMMENT = 'planbild-summaries:';
