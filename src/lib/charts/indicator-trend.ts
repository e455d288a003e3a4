// One indicator over time: the chosen district's official series against the
// city's, and the figures the district's plans quote, drawn as diamonds.
// Lines join only consecutive survey rounds (splitRuns), so a missing year
// is a gap, never a straight line or a zero.
import type * as PlotModule from '@observablehq/plot';
import { withRunKeys } from '$lib/views/indikatorer/runs';
import type { TrendPoint } from '$lib/views/indikatorer/series';
import { withLegend, type LegendItem } from './legend';

type Plot = typeof PlotModule;

export const TREND_COLORS = { district: '#0b5cad', city: '#4a5360', quoted: '#b35900' } as const;

export interface TrendOptions {
	width: number;
	/** Years between survey rounds (cadence table). */
	interval: number;
	yLabel: string;
	districtName: string | null;
	document?: Document;
}

/** Ticks at the years that have values (at most eight), not at years between survey rounds. */
export function surveyTicks(years: number[]): number[] {
	const all = [...new Set(years)].sort((a, b) => a - b);
	if (all.length <= 8) return all;
	const step = Math.ceil(all.length / 8);
	return all.filter((_, i) => i % step === 0);
}

export function indicatorTrendChart(Plot: Plot, points: TrendPoint[], o: TrendOptions): SVGSVGElement {
	const doc = o.document ?? document;
	const official = withRunKeys(
		points.filter((p) => p.role !== 'quoted'),
		(p) => `${p.role}|${p.place_id}|${p.grp}`,
		o.interval
	);
	const district = official.filter((p) => p.role === 'district');
	const city = official.filter((p) => p.role === 'city');
	const quoted = points.filter((p) => p.role === 'quoted');
	// `Alla` first, then the groups in the order the rows give them.
	const groups = [...new Set(points.map((p) => p.grp_label))].sort((a, b) =>
		a === 'Alla' ? -1 : b === 'Alla' ? 1 : 0
	);
	const facet = groups.length > 1;
	const years = points.map((p) => p.year);
	const fy = facet ? 'grp_label' : undefined;
	const chart = Plot.plot({
		document: doc,
		width: o.width,
		height: facet ? 50 + groups.length * 150 : 280,
		marginLeft: 48,
		marginRight: 20,
		x: {
			label: 'År',
			tickFormat: (d: number) => String(d),
			ticks: surveyTicks(years),
			domain: years.length ? [Math.min(...years) - 0.5, Math.max(...years) + 0.5] : undefined
		},
		y: { label: o.yLabel, grid: true, zero: true, nice: true },
		fy: facet ? { axis: null, domain: groups, padding: 0.2 } : undefined,
		marks: [
			facet ? Plot.frame({ stroke: '#c9d0d8' }) : null,
			facet
				? Plot.text(groups, {
						fy: (g: string) => g,
						text: (g: string) => `Grupp: ${g}`,
						frameAnchor: 'top-left',
						dx: 4,
						dy: 4,
						lineAnchor: 'top',
						fontWeight: 600
					})
				: null,
			Plot.ruleY([0]),
			Plot.line(district, { x: 'year', y: 'value', z: 'run', fy, stroke: TREND_COLORS.district, strokeWidth: 2 }),
			Plot.line(city, {
				x: 'year',
				y: 'value',
				z: 'run',
				fy,
				stroke: TREND_COLORS.city,
				strokeWidth: 2,
				strokeDasharray: '5 3'
			}),
			Plot.dot(district, { x: 'year', y: 'value', fy, fill: TREND_COLORS.district, r: 4, title: 'title' }),
			Plot.dot(city, {
				x: 'year',
				y: 'value',
				fy,
				symbol: 'square',
				fill: '#fff',
				stroke: TREND_COLORS.city,
				strokeWidth: 1.5,
				r: 4,
				title: 'title'
			}),
			Plot.dot(quoted, {
				x: 'year',
				y: 'value',
				fy,
				symbol: 'diamond2',
				fill: TREND_COLORS.quoted,
				stroke: '#000',
				strokeWidth: 0.75,
				r: 7,
				title: 'title'
			}),
			Plot.tip(points, Plot.pointer({ x: 'year', y: 'value', fy, title: 'title' }))
		]
	}) as SVGSVGElement;
	const items: LegendItem[] = [];
	if (district.length)
		items.push({
			mark: 'line-dot',
			label: `${o.districtName ?? 'Stadsdelen'} (officiell)`,
			color: TREND_COLORS.district
		});
	if (city.length) items.push({ mark: 'dash-square', label: 'Staden (officiell)', color: TREND_COLORS.city });
	if (quoted.length) items.push({ mark: 'diamond', label: 'Siffra citerad i plan', color: TREND_COLORS.quoted });
	return withLegend(doc, chart, items, o.width);
}
