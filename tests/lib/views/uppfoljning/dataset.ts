// The rows Uppföljning asks of the built dataset for one plan, so every test
// reads a plan the way the view does (MEASURES_SQL / FOLLOWUPS_SQL) instead of
// filtering every plan's rows again.
import {
	FOLLOWUPS_SQL,
	MEASURES_SQL,
	type FollowupEntryRow,
	type FollowupMeasureRow
} from '$lib/views/uppfoljning/queries';

type Query = <T>(sql: string, params: string[]) => Promise<T[]>;

/** One plan's measures and follow-ups, as Uppföljning reads them; `query`: `sql` or a Dataset's `all`. */
export async function planRows(query: Query, plan: string) {
	const measures = await query<FollowupMeasureRow>(MEASURES_SQL, [plan]);
	const followups = await query<FollowupEntryRow>(FOLLOWUPS_SQL, [plan]);
	return { measures, followups };
}
