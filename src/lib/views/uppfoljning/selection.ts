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

/**
 * `choices` must be newest first (PLAN_CHOICES_SQL's order). `documents`
 * (DOCUMENTS_SQL: plans and lägesbilder) decides "förra året": the district's
 * newest earlier year with a document, its action plans where it has any, else
 * its lägesbilder. Without `documents`, only plans with measures count.
 */
export function resolveSelection<P extends PlanChoice>(
	choices: P[],
	input: SelectionInput,
	documents: P[] = choices
): Selection<P> {
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
	const earlier = documents.filter(
		(c) => c.district_id === current.district_id && c.year !== null && current.year !== null && c.year < current.year
	);
	const lastYear = earlier.length ? Math.max(...earlier.map((c) => c.year!)) : null;
	const thatYear = earlier.filter((c) => c.year === lastYear);
	const plans = thatYear.filter((c) => c.doc_type !== 'lagesbild');
	const previous = lastYear === null ? null : setOf(plans.length ? plans : thatYear);
	return { kind: 'ok', fromUrl, ...current, previous };
}

export const planIds = (set: { plans: PlanChoice[] } | null | undefined) =>
	set ? set.plans.map((p) => p.plan_id).join(',') : '';

/** Rows grouped by plan, in the order given, each with its place in the whole list. */
export type PlanIndex<T> = Map<string, { rows: T[]; at: number[] }>;

export function groupByPlan<T extends { plan_id: string }>(rows: T[]): PlanIndex<T> {
	const out: PlanIndex<T> = new Map();
	rows.forEach((r, i) => {
		const group = out.get(r.plan_id);
		if (group) {
			group.rows.push(r);
			group.at.push(i);
		} else out.set(r.plan_id, { rows: [r], at: [i] });
	});
	return out;
}

/**
 * The rows of some plans (comma-joined ids, as planIds gives them), in the
 * order of the list the index was made from.
 */
export function rowsOfPlans<T>(index: PlanIndex<T>, ids: string): T[] {
	if (!ids) return [];
	const groups = [...new Set(ids.split(','))].flatMap((id) => index.get(id) ?? []);
	if (groups.length === 1) return groups[0].rows;
	const picked = groups.flatMap((g) => g.rows.map((row, k) => ({ row, at: g.at[k] })));
	return picked.sort((a, b) => a.at - b.at).map((p) => p.row);
}

/** Whether a set of documents is lägesbilder (judgments per area) rather than plans (statuses per measure). */
export const isSituationSet = (set: { plans: PlanChoice[] } | null | undefined) =>
	Boolean(set && set.plans.length && set.plans.every((p) => p.doc_type === 'lagesbild'));
