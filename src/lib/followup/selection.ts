// The URL (district, year, plan) -> which plans the report covers, and which
// earlier plans of the same district it is compared with. Pure.
export interface PlanChoice {
	plan_id: string;
	district_id: string;
	district_name: string;
	year: number | null;
	doc_type: string;
}

export interface PlanSet<P extends PlanChoice> {
	district_id: string;
	district_name: string;
	year: number | null;
	plans: P[];
}

export type Selection<P extends PlanChoice> =
	| { kind: 'none' }
	| { kind: 'not_found'; district: string | null; year: string | null; plan: string | null }
	| (PlanSet<P> & { kind: 'ok'; fromUrl: boolean; previous: PlanSet<P> | null });

export interface SelectionInput {
	district: string | null;
	year: string | null;
	plan: string | null;
}

const setOf = <P extends PlanChoice>(plans: P[]): PlanSet<P> => ({
	district_id: plans[0].district_id,
	district_name: plans[0].district_name,
	year: plans[0].year,
	plans
});

/** `choices` must be newest first (PLAN_CHOICES_SQL's order). */
export function resolveSelection<P extends PlanChoice>(choices: P[], input: SelectionInput): Selection<P> {
	if (choices.length === 0) return { kind: 'none' };
	const fromUrl = Boolean(input.district || input.plan);
	let chosen: P[];
	if (input.plan) {
		chosen = choices.filter((c) => c.plan_id === input.plan);
	} else {
		const district = input.district ?? choices[0].district_id;
		const mine = choices.filter((c) => c.district_id === district);
		// No year in the URL: the district's newest plan year (a plan without a
		// year only when the district has nothing else; then pass `plan`).
		const year = input.year !== null ? Number(input.year) : (mine[0]?.year ?? null);
		chosen = year === null ? mine.slice(0, 1) : mine.filter((c) => c.year === year);
	}
	if (chosen.length === 0) return { kind: 'not_found', ...input };
	const current = setOf(chosen);
	const earlier = choices.filter(
		(c) => c.district_id === current.district_id && c.year !== null && current.year !== null && c.year < current.year
	);
	const lastYear = earlier.length ? Math.max(...earlier.map((c) => c.year!)) : null;
	const previous = lastYear === null ? null : setOf(earlier.filter((c) => c.year === lastYear));
	return { kind: 'ok', fromUrl, ...current, previous };
}

export const planIds = (set: { plans: PlanChoice[] } | null | undefined) =>
	set ? set.plans.map((p) => p.plan_id).join(',') : '';

/** Rows grouped by plan, each plan's rows in the order given. */
export function groupByPlan<T extends { plan_id: string }>(rows: T[]): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const r of rows) {
		const list = out.get(r.plan_id);
		if (list) list.push(r);
		else out.set(r.plan_id, [r]);
	}
	return out;
}

/**
 * The rows of some plans (comma-joined ids, as planIds gives them), in the
 * order of `rows`: one plan straight from the index, several by one pass.
 */
export function rowsOfPlans<T extends { plan_id: string }>(rows: T[], index: Map<string, T[]>, ids: string): T[] {
	if (!ids) return [];
	const list = ids.split(',');
	if (list.length === 1) return index.get(list[0]) ?? [];
	const keep = new Set(list);
	return rows.filter((r) => keep.has(r.plan_id));
}
