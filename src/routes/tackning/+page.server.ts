import { readSummary } from '$lib/server/summaries';
import type { IndicatorMeta, IndicatorValue } from '$lib/views/tackning';
import type { CauseColumnRow, CoverageCauseRow, CoverageRow, ExcludedPlanRow } from '$lib/views/tackning';

export const load = () => ({
	matrix: readSummary<CoverageRow>('coverage_matrix'),
	excluded: readSummary<ExcludedPlanRow>('coverage_excluded'),
	causes: readSummary<CoverageCauseRow>('coverage_causes'),
	indicators: readSummary<IndicatorMeta>('coverage_indicators'),
	values: readSummary<IndicatorValue>('coverage_values'),
	causeColumns: readSummary<CauseColumnRow>('coverage_cause_columns')
});
