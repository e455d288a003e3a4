import { readSummary } from '$lib/server/summaries';
import type { MeasureRow } from '$lib/views/atgarder';

export const load = () => ({ measures: readSummary<MeasureRow>('measures') });
