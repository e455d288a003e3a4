// "Förra året" when the district's previous document is a lägesbild: per
// priority area, this year's stated statuses beside the lägesbild's judgments
// (positiv / oförändrad / negativ / okänd) and their comments. Pure.
import { label } from '$lib/labels';
import type { AreaReport } from './report';
import type { SituationRow } from './queries';
import { attainmentOf } from '../attainment';

export const CHANGE_ORDER = ['positiv', 'oforandrad', 'negativ', 'okand'] as const;
export type SituationChange = (typeof CHANGE_ORDER)[number];

export interface SituationComparisonRow {
	area_id: string;
	area_label: string;
	/** This year: measures and stated statuses ("12 åtgärder: uppnådd 3, …"), null where the plan has none in the area. */
	current_text: string | null;
	/** Last document's judgments in the area. */
	changes: Record<SituationChange, number>;
	changes_text: string;
	/** Each judgment with its comment and lines, for the source links. */
	judgments: SituationRow[];
}

const changesText = (c: Record<SituationChange, number>) =>
	CHANGE_ORDER.filter((k) => c[k] > 0)
		.map((k) => `${label('change', k).toLowerCase()} ${c[k]}`)
		.join(', ') || 'inga bedömningar';

/** One row per area that either document names, areas in priority order. */
export function situationComparison(
	areas: AreaReport[],
	situations: SituationRow[],
	includeInferred = false
): SituationComparisonRow[] {
	const rows = new Map<string, SituationComparisonRow & { order: number }>();
	const row = (area_id: string, area_label: string, order: number) => {
		let r = rows.get(area_id);
		if (!r) {
			r = {
				area_id,
				area_label,
				order,
				current_text: null,
				changes: { positiv: 0, oforandrad: 0, negativ: 0, okand: 0 },
				changes_text: '',
				judgments: []
			};
			rows.set(area_id, r);
		}
		return r;
	};
	areas.forEach((a, i) => {
		const r = row(a.area_id, a.area_label, a.measures[0]?.area_order ?? 900 + i);
		const { counts } = attainmentOf(a.measures, includeInferred);
		const parts = Object.entries(counts)
			.filter(([, n]) => n > 0)
			.map(([s, n]) => `${label('status', s).toLowerCase()} ${n}`);
		r.current_text = `${a.measures.length} åtgärder: ${parts.join(', ')}`;
	});
	for (const s of situations) {
		const r = row(s.area_id, s.area_label, s.area_order);
		r.changes[s.change]++;
		r.judgments.push(s);
	}
	return [...rows.values()]
		.map((r) => ({ ...r, changes_text: changesText(r.changes) }))
		.sort((a, b) => a.order - b.order)
		.map(({ order: _, ...r }) => r);
}
