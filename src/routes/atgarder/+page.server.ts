import { readSummary } from '$lib/server/summaries';
import type { FollowupRow, MeasureContextRow, MeasureRow } from '$lib/views/atgarder';

// The measures, and their follow-ups and problems/causes for the search and the detail:
// with nothing imported, DuckDB's answers are these same rows, and none of the three is run again.
export const load = () => ({
	measures: readSummary<MeasureRow>('measures'),
	followups: readSummary<FollowupRow>('measure_followups'),
	context: readSummary<MeasureContextRow>('measure_context')
});
