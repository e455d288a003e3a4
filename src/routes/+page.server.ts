import { readSummary } from '$lib/server/summaries';
import type { OverviewRow } from '$lib/queries/overview';

export const load = () => ({ overview: readSummary<OverviewRow>('overview') });
