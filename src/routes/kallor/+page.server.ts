import { readSummary } from '$lib/server/summaries';
import type { IssueRow, SourceRow } from '$lib/views/kallor';

export const load = () => ({ sources: readSummary<SourceRow>('sources'), issues: readSummary<IssueRow>('issues') });
