// Follow-up periods in the order a year runs: T1, T2, dated entries by date,
// an undated year-end follow-up, then the business report (VB) last.
const RANK: Record<string, number> = { T1: 0, T2: 1, arsuppfoljning: 3, VB: 4 };
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function rank(period: string): number {
	if (period in RANK) return RANK[period];
	return DATE.test(period) ? 2 : 5;
}

export function comparePeriods(a: string, b: string): number {
	return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Distinct periods of some follow-ups, in year order. */
export function orderedPeriods(periods: Iterable<string>): string[] {
	return [...new Set(periods)].sort(comparePeriods);
}
