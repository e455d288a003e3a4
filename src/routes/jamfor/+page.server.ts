import { readSummary } from '$lib/server/summaries';
import type { ComparePlanRow, CompareRow } from '$lib/views/jamfor';

export const load = () => ({
	compare: readSummary<CompareRow>('jamfor'),
	plans: readSummary<ComparePlanRow>('jamfor_plans')
});
