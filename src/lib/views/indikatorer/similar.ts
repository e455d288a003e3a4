// "Liknande stadsdelar": which districts are most like a chosen one on the
// indicators both have. Each official district value is turned into a
// z-score within its indicator and group (over every district and year that
// has one), so percentages and scales compare; the distance between two
// districts is the mean absolute z difference over the points (indicator,
// group, year) that both have. Fewer than `minShared` shared points: no
// distance, only the count.

export interface DistrictValue {
	indicator_id: string;
	place_id: string;
	year: number | null;
	grp: string;
	value: number;
}

export interface Neighbour {
	place_id: string;
	/** Shared (indicator, group, year) points. */
	shared: number;
	/** Distinct indicators among them. */
	shared_indicators: number;
	/** Mean absolute z difference; null when `shared` < minShared. */
	distance: number | null;
	points: { indicator_id: string; grp: string; year: number; value: number; other: number }[];
}

export const MIN_SHARED_POINTS = 3;

export const SIMILARITY_METHOD =
	'Varje officiellt stadsdelsvärde räknas om till ett z-värde inom sin indikator och grupp (över alla stadsdelar och år som har värdet). ' +
	'Avståndet mellan två stadsdelar är medelvärdet av de absoluta skillnaderna i z-värde över de punkter (indikator, grupp, år) som båda har. ' +
	'Lägre avstånd betyder mer lika. Antal (som beror på befolkningens storlek), svarsfrekvenser och verksamhetsmått ingår inte.';

const seriesKey = (v: DistrictValue) => `${v.indicator_id}\u0000${v.grp}`;
const pointKey = (v: DistrictValue) => `${seriesKey(v)}\u0000${v.year}`;

function zScores(values: DistrictValue[]): Map<DistrictValue, number> {
	const bySeries = new Map<string, DistrictValue[]>();
	for (const v of values) bySeries.set(seriesKey(v), [...(bySeries.get(seriesKey(v)) ?? []), v]);
	const z = new Map<DistrictValue, number>();
	for (const list of bySeries.values()) {
		if (list.length < 2) continue;
		const mean = list.reduce((a, v) => a + v.value, 0) / list.length;
		const sd = Math.sqrt(list.reduce((a, v) => a + (v.value - mean) ** 2, 0) / list.length);
		if (sd === 0) continue;
		for (const v of list) z.set(v, (v.value - mean) / sd);
	}
	return z;
}

/** Every other district with its shared points and distance, closest first, then most shared. */
export function similarDistricts(
	districtId: string,
	values: DistrictValue[],
	minShared = MIN_SHARED_POINTS
): Neighbour[] {
	const dated = values.filter((v) => v.year !== null);
	const z = zScores(dated);
	const byArea = new Map<string, Map<string, DistrictValue>>();
	for (const v of dated) {
		const m = byArea.get(v.place_id) ?? new Map<string, DistrictValue>();
		m.set(pointKey(v), v);
		byArea.set(v.place_id, m);
	}
	const mine = byArea.get(districtId) ?? new Map<string, DistrictValue>();
	const out: Neighbour[] = [];
	for (const [area, theirs] of byArea) {
		if (area === districtId) continue;
		const points: Neighbour['points'] = [];
		const diffs: number[] = [];
		for (const [k, a] of mine) {
			const b = theirs.get(k);
			if (!b) continue;
			points.push({ indicator_id: a.indicator_id, grp: a.grp, year: a.year as number, value: a.value, other: b.value });
			const za = z.get(a);
			const zb = z.get(b);
			// A series with no spread (all equal) says the two are alike on it.
			diffs.push(za === undefined || zb === undefined ? 0 : Math.abs(za - zb));
		}
		const shared = points.length;
		out.push({
			place_id: area,
			shared,
			shared_indicators: new Set(points.map((p) => p.indicator_id)).size,
			distance: shared >= minShared ? diffs.reduce((x, y) => x + y, 0) / shared : null,
			points
		});
	}
	return out.sort(
		(a, b) =>
			(a.distance ?? Infinity) - (b.distance ?? Infinity) || b.shared - a.shared || a.place_id.localeCompare(b.place_id)
	);
}
