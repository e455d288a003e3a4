import { readSummary } from '$lib/server/summaries';
import type { MeasureRow } from '$lib/queries/atgarder';

export const load = () => ({ measures: readSummary<MeasureRow>('measures') });
