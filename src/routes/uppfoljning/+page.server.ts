import { readSummary } from '$lib/server/summaries';
import type { FollowupEntryRow, FollowupMeasureRow, PlanChoiceRow, SituationRow } from '$lib/views/uppfoljning';

// The chooser's options and the newest plan's report, so the page has
// content before DuckDB starts (the query string is read after mount).
export const load = () => ({
	choices: readSummary<PlanChoiceRow>('uppfoljning_choices'),
	measures: readSummary<FollowupMeasureRow>('uppfoljning_measures'),
	followups: readSummary<FollowupEntryRow>('uppfoljning_followups'),
	// "Förra året" may be a lägesbild: every document and every lägesbild judgment.
	documents: readSummary<PlanChoiceRow>('uppfoljning_documents'),
	situations: readSummary<SituationRow>('uppfoljning_situations')
});
