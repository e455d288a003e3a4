import { readSummary } from '$lib/server/summaries';
import type { FollowupEntryRow, FollowupMeasureRow, PlanChoiceRow, SituationRow } from '$lib/views/uppfoljning';

// The chooser's options and every plan's measures and follow-ups (the same rows the
// page asks DuckDB for), so the page has content and choices before DuckDB starts
// (the query string is read after mount; the newest plan is shown first).
export const load = () => ({
	choices: readSummary<PlanChoiceRow>('uppfoljning_choices'),
	measures: readSummary<FollowupMeasureRow>('uppfoljning_measures'),
	followups: readSummary<FollowupEntryRow>('uppfoljning_followups'),
	// "Förra året" may be a lägesbild: every document and every lägesbild judgment.
	documents: readSummary<PlanChoiceRow>('uppfoljning_documents'),
	situations: readSummary<SituationRow>('uppfoljning_situations')
});
