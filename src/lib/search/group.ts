// Results per district or per priority area, with counts: "who works with X" at a glance.
// The grouping is the URL parameter `group` (`district` | `area`).
import { compareSv } from '$lib/format';
import type { MeasureRow } from '$lib/views/atgarder/queries';

export const GROUPINGS = ['district', 'area'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export const parseGrouping = (v: string | null): Grouping | null =>
	(GROUPINGS as readonly string[]).includes(v ?? '') ? (v as Grouping) : null;

export interface MeasureGroup {
	key: string;
	label: string;
	measures: MeasureRow[];
}

/**
 * Groups in order of size (most measures first; ties by name in Swedish order, areas by
 * their canonical order), each keeping the ranking or list order of its measures.
 */
export function groupMeasures(measures: MeasureRow[], by: Grouping): MeasureGroup[] {
	const groups = new Map<string, MeasureGroup & { order: number }>();
	for (const m of measures) {
		const key = by === 'district' ? (m.district_id ?? '') : m.area_id;
		let g = groups.get(key);
		if (!g) {
			const label = by === 'district' ? m.district_name : m.area_label;
			groups.set(key, (g = { key, label, measures: [], order: by === 'area' ? m.area_order : 0 }));
		}
		g.measures.push(m);
	}
	return [...groups.values()]
		.sort((a, b) => b.measures.length - a.measures.length || a.order - b.order || compareSv(a.label, b.label))
		.map(({ key, label, measures }) => ({ key, label, measures }));
}
