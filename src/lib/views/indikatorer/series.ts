// Indicator values -> chart points: which rows belong to the chosen
// district, which to the city, which a plan quotes. Pure, shared by the
// charts, the tables and the tests.
import { label } from '$lib/labels';
import { formatNumber } from '$lib/format';
import type { IndicatorValueRow } from '$lib/views/indikatorer/queries';
import { missingRounds } from './runs';
import { isQuoted } from '$lib/schema/enums';

/** An indicator value as the view's query returns it (district fields optional for tests and the build). */
export type ValueRow = Omit<IndicatorValueRow, 'district_status' | 'merged_into'> & {
	/** `former` for a district that no longer exists (Rinkeby-Kista, Spånga-Tensta, Östermalm). */
	district_status?: string | null;
};

export type Role = 'district' | 'city' | 'quoted';

export interface TrendPoint {
	year: number;
	value: number;
	role: Role;
	/** The area as a reader names it: "Farsta", "Staden", "Hökarängen (stadsdel)". */
	series: string;
	grp: string;
	grp_label: string;
	place_id: string;
	/** Tooltip text: area, group, year, value, and for quoted values the quote and source line. */
	title: string;
}

const unitSuffix = (unit: string) => (unit === 'procent' ? ' %' : '');

/** Does a quoted value belong to the district? Its area is the district, or its plan is the district's. */
export function quotedForDistrict(r: ValueRow, districtId: string): boolean {
	return (r.place_type === 'stadsdelsomrade' && r.place_id === districtId) || r.plan_district_id === districtId;
}

export function pointTitle(r: ValueRow, unit: string): string {
	const head = `${r.place_name} (${label('place_type', r.place_type)}), ${label('grp', r.grp)}, ${r.year}: ${formatNumber(r.value)}${unitSuffix(unit)}`;
	if (isQuoted(r.provenance))
		return `${head}\nCiterad i plan: ”${r.quote}”\nKälla: ${r.source_ref}${r.line_start ? ` rad ${r.line_start}` : ''}`;
	return `${head}\nOfficiell källa: ${r.source_ref}`;
}

function toPoint(r: ValueRow, role: Role, unit: string): TrendPoint {
	const area = r.place_type === 'stad' ? 'Staden' : r.place_name;
	return {
		year: r.year as number,
		value: r.value,
		role,
		series:
			role === 'quoted' && r.place_type !== 'stadsdelsomrade'
				? `${area} (${label('place_type', r.place_type).toLowerCase()})`
				: area,
		grp: r.grp,
		grp_label: label('grp', r.grp),
		place_id: r.place_id,
		title: pointTitle(r, unit)
	};
}

/** The chosen district's official series, the city's, and the values the district's plans quote. */
export function districtVsCity(rows: ValueRow[], districtId: string | null, unit: string): TrendPoint[] {
	const out: TrendPoint[] = [];
	for (const r of rows) {
		if (r.year === null) continue;
		if (isQuoted(r.provenance)) {
			if (districtId && quotedForDistrict(r, districtId)) out.push(toPoint(r, 'quoted', unit));
		} else if (r.place_type === 'stad') out.push(toPoint(r, 'city', unit));
		else if (districtId && r.place_type === 'stadsdelsomrade' && r.place_id === districtId)
			out.push(toPoint(r, 'district', unit));
	}
	return out;
}

export interface MultiplePoint extends TrendPoint {
	/** The district (facet) the point is drawn in. */
	facet: string;
}

/** One facet per district with values (official or quoted), for one group; the city series for the same group. */
export function acrossDistricts(
	rows: ValueRow[],
	grp: string,
	unit: string
): { districts: MultiplePoint[]; city: TrendPoint[]; facets: string[] } {
	const districts: MultiplePoint[] = [];
	for (const r of rows) {
		if (r.year === null || r.grp !== grp || r.place_type !== 'stadsdelsomrade') continue;
		const role: Role = isQuoted(r.provenance) ? 'quoted' : 'district';
		const facet = r.district_status === 'former' ? `${r.place_name} (f.d.)` : r.place_name;
		districts.push({ ...toPoint(r, role, unit), facet });
	}
	const city = rows
		.filter((r) => r.year !== null && r.grp === grp && r.place_type === 'stad' && !isQuoted(r.provenance))
		.map((r) => toPoint(r, 'city', unit));
	const facets = [...new Set(districts.map((d) => d.facet))].sort((a, b) => a.localeCompare(b, 'sv'));
	return { districts, city, facets };
}

/** The group with most district values (ties: `alla` first, then by name); null when none. */
export function mainDistrictGroup(rows: ValueRow[]): string | null {
	const n = new Map<string, number>();
	for (const r of rows) if (r.place_type === 'stadsdelsomrade') n.set(r.grp, (n.get(r.grp) ?? 0) + 1);
	const sorted = [...n].sort(
		(a, b) => b[1] - a[1] || (a[0] === 'alla' ? -1 : b[0] === 'alla' ? 1 : a[0].localeCompare(b[0]))
	);
	return sorted[0]?.[0] ?? null;
}

/** Official series (area, group) in the chart and the survey rounds each skips, for a sentence under the chart. */
export function seriesGaps(points: TrendPoint[], interval: number): { s: string; missing: number[] }[] {
	const bySeries = new Map<string, number[]>();
	for (const p of points) {
		if (p.role === 'quoted') continue;
		const k = `${p.series}, ${p.grp_label.toLowerCase()}`;
		bySeries.set(k, [...(bySeries.get(k) ?? []), p.year]);
	}
	return [...bySeries].map(([s, ys]) => ({ s, missing: missingRounds(ys, interval) })).filter((g) => g.missing.length);
}
