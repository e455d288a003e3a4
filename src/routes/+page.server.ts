import { readSummary } from '$lib/server/summaries';
import type { OverviewRow } from '$lib/views/oversikt';

export const load = () => ({ overview: readSummary<OverviewRow>('overview') });
