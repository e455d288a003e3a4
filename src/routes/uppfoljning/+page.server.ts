import { readSummary } from '$lib/server/summaries';
import type { FollowupEntryRow, FollowupMeasureRow, PlanChoiceRow } from '$lib/views/uppfoljning/queries';

// The chooser's options and the newest plan's report, so the page has
// content before DuckDB starts (the query string is read after mount).
export const load = () => ({
	choices: readSummary<PlanChoiceRow>('uppfoljning_choices'),
	measures: readSummary<FollowupMeasureRow>('uppfoljning_measures'),
	followups: readSummary<FollowupEntryRow>('uppfoljning_followups')
});
