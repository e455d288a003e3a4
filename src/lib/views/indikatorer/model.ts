// Indikatorer: what the page shows of one indicator, shaped from the rows its
// queries return. Pure, so every sentence and count on the page is tested.
import { compareSv, formatInt } from '$lib/format';
import { label } from '$lib/labels';
import { isQuoted } from '$lib/schema/enums';
import { cadenceOf } from './cadence';
import type { DistrictRow, IndicatorListRow, IndicatorValueRow } from './queries';
import { acrossDistricts, districtVsCity, mainDistrictGroup, seriesGaps, type TrendPoint } from './series';

/** A district's name; a former district names the one it is now part of. */
export function districtLabel(districts: DistrictRow[], id: string): string {
	const d = districts.find((x) => x.district_id === id);
	if (!d) return id;
	const merged = d.merged_into ? districts.find((x) => x.district_id === d.merged_into)?.name : null;
	return merged ? `${d.name} (f.d., ingår nu i ${merged})` : d.name;
}

/** The y axis title for a unit. */
export const yAxisLabel = (unit: string) =>
	unit === 'procent' ? 'Andel (%)' : unit === 'antal' ? 'Antal' : 'Per 1 000';

/** "2017" as "år 2017", a span as "år 2011–2020". */
export function yearSpan(ys: number[]): string {
	const lo = Math.min(...ys);
	const hi = Math.max(...ys);
	return lo === hi ? `år ${lo}` : `år ${lo}–${hi}`;
}

/** A Swedish list: "a", "a och b", "a, b och c". */
export const listSv = (xs: string[]) =>
	xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} och ${xs[xs.length - 1]}`;

/** How many values per level, in the query's order: "stadsdelsområde 4, stad 3". */
export function levelCounts(values: IndicatorValueRow[]): string[] {
	const counts = values.reduce(
		(m, v) => m.set(v.place_type, (m.get(v.place_type) ?? 0) + 1),
		new Map<string, number>()
	);
	return [...counts].map(([t, n]) => `${label('place_type', t).toLowerCase()} ${formatInt(n)}`);
}

/** The sentence beside the trend chart: what it holds, counted by role. */
export function trendSummary(trend: TrendPoint[], districtName: string | null): string {
	if (trend.length === 0) return `Varken ${districtName ?? 'någon stadsdel'} eller staden har värden för indikatorn.`;
	const n = (role: TrendPoint['role']) => formatInt(trend.filter((p) => p.role === role).length);
	return (
		(districtName ? `${n('district')} officiella värden för ${districtName}, ` : 'Ingen stadsdel vald, ') +
		`${n('city')} för staden och ${n('quoted')} siffror citerade i planer, ` +
		`${yearSpan(trend.map((p) => p.year))}. Linjer binder bara ihop på varandra följande mättillfällen.`
	);
}

/** The indicator the URL names, else the first in the list, else the prerendered default. */
export function chosenIndicator(list: IndicatorListRow[], param: string | null, fallback: string | null) {
	const id = param ?? list[0]?.indicator_id ?? fallback;
	return { id, indicator: list.find((i) => i.indicator_id === id) ?? null };
}

/** Indicator sources in Swedish label order (the groups of the picker). */
export const indicatorSources = (list: IndicatorListRow[]) =>
	[...new Set(list.map((i) => i.source))].sort((a, b) =>
		compareSv(label('indicator_source', a), label('indicator_source', b))
	);

/** Everything the page shows of one indicator's values, for the chosen (or first official) district. */
export function indicatorModel(
	indicator: IndicatorListRow | null,
	values: IndicatorValueRow[],
	districts: DistrictRow[],
	districtParam: string | null
) {
	const cadence = cadenceOf(indicator?.source ?? 'other');
	const id = indicator?.indicator_id ?? '';
	const name = indicator?.label_sv ?? '';
	const unit = indicator?.unit ?? 'procent';
	const districtValues = values.filter((v) => v.place_type === 'stadsdelsomrade');
	const official = districtValues.filter((v) => v.provenance === 'official');
	const districtId = districtParam ?? [...new Set(official.map((v) => v.place_id))].sort()[0] ?? null;
	const districtName = districtId ? districtLabel(districts, districtId) : null;
	const trend = districtVsCity(values, districtId, unit);
	const group = mainDistrictGroup(values);
	const groupName = label('grp', group).toLowerCase();
	const multiples = group ? acrossDistricts(values, group, unit) : { districts: [], city: [], facets: [] };
	return {
		cadence,
		unit,
		yLabel: yAxisLabel(unit),
		districtValues,
		districtId,
		districtName,
		/** Districts with values for this indicator, counted for the picker. */
		valuesOf: (id: string) => districtValues.filter((v) => v.place_id === id).length,
		otherDistricts: new Set(districtValues.map((v) => v.place_id)).size,
		trend,
		group,
		multiples,
		quoted: values.filter((v) => isQuoted(v.provenance)),
		officialRefs: [...new Set(values.filter((v) => v.provenance === 'official').map((v) => v.source_ref))],
		levelCounts: levelCounts(values),
		lastDistrictYear: Math.max(...official.map((v) => v.year ?? 0), 0),
		gaps: seriesGaps(trend, cadence.interval),
		/** Title, summary and file name of the trend chart (district against the city). */
		trendFigure: {
			title: `${name}: ${districtName ? `${districtName} och staden` : 'staden'}`,
			summary: trendSummary(trend, districtName),
			filename: `planbild-${id}-${districtId ?? 'staden'}`
		},
		/** Title, summary and file name of the small multiples (every district on shared scales). */
		multiplesFigure: {
			title: `${name}: stadsdelar (${groupName})`,
			summary: `${formatInt(multiples.facets.length)} ${multiples.facets.length === 1 ? 'stadsdel' : 'stadsdelar'} med värden för gruppen ${groupName}, på samma skalor; streckad linje är staden.`,
			filename: `planbild-${id}-stadsdelar`
		},
		/** What both charts are drawn with besides the width. */
		chartOptions: { interval: cadence.interval, yLabel: yAxisLabel(unit) },
		/** "vartannat år" from "Vartannat år (jämna år)": the words the gap note uses. */
		cadenceShort: cadence.how_often.replace(/\s*\(.*\)$/, '').toLowerCase()
	};
}
