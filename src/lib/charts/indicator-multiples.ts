// Small multiples: one panel per district with values, on shared x and y
// scales, with the city's series repeated in each panel for reference.
import type * as PlotModule from '@observablehq/plot';
import { withRunKeys } from '$lib/views/indikatorer/runs';
import type { MultiplePoint, TrendPoint } from '$lib/views/indikatorer/series';
import { withLegend, type LegendItem } from './legend';
import { surveyTicks, TREND_COLORS } from './indicator-trend';

type Plot = typeof PlotModule;

export interface MultiplesOptions {
	width: number;
	interval: number;
	yLabel: string;
	facets: string[];
	document?: Document;
}

export function indicatorMultiplesChart(
	Plot: Plot,
	data: { districts: MultiplePoint[]; city: TrendPoint[] },
	o: MultiplesOptions
): SVGSVGElement {
	const doc = o.document ?? document;
	const cols = Math.max(1, Math.min(o.facets.length, Math.floor(o.width / 200)));
	const cell = (name: string) => {
		const i = o.facets.indexOf(name);
		return { fx: i % cols, fy: Math.floor(i / cols) };
	};
	const place = <T extends { facet: string }>(p: T) => ({ ...p, ...cell(p.facet) });
	const official = withRunKeys(
		data.districts.filter((p) => p.role !== 'quoted'),
		(p) => p.facet,
		o.interval
	).map(place);
	const quoted = data.districts.filter((p) => p.role === 'quoted').map(place);
	const city = withRunKeys(data.city, () => 'city', o.interval);
	const labels = o.facets.map((name) => ({ name, ...cell(name) }));
	const rows = Math.ceil(o.facets.length / cols);
	const years = [...data.districts, ...data.city].map((p) => p.year);
	const chart = Plot.plot({
		document: doc,
		width: o.width,
		height: rows * 170 + 40,
		marginLeft: 48,
		marginTop: 30,
		x: {
			label: 'År',
			tickFormat: (d: number) => String(d),
			ticks: surveyTicks(years).length > 4 ? 3 : surveyTicks(years),
			domain: years.length ? [Math.min(...years) - 0.5, Math.max(...years) + 0.5] : undefined
		},
		y: { label: o.yLabel, grid: true, zero: true, nice: true },
		fx: { axis: null, padding: 0.12 },
		fy: { axis: null, padding: 0.25 },
		marks: [
			Plot.frame({ stroke: '#c9d0d8' }),
			Plot.line(city, {
				x: 'year',
				y: 'value',
				z: 'run',
				facet: null,
				stroke: TREND_COLORS.city,
				strokeDasharray: '5 3',
				strokeWidth: 1.5
			}),
			Plot.dot(city, {
				x: 'year',
				y: 'value',
				facet: null,
				symbol: 'square',
				fill: '#fff',
				stroke: TREND_COLORS.city,
				r: 3,
				title: 'title'
			}),
			Plot.line(official, {
				x: 'year',
				y: 'value',
				z: 'run',
				fx: 'fx',
				fy: 'fy',
				stroke: TREND_COLORS.district,
				strokeWidth: 2
			}),
			Plot.dot(official, {
				x: 'year',
				y: 'value',
				fx: 'fx',
				fy: 'fy',
				fill: TREND_COLORS.district,
				r: 3.5,
				title: 'title'
			}),
			Plot.dot(quoted, {
				x: 'year',
				y: 'value',
				fx: 'fx',
				fy: 'fy',
				symbol: 'diamond2',
				fill: TREND_COLORS.quoted,
				stroke: '#000',
				strokeWidth: 0.75,
				r: 6,
				title: 'title'
			}),
			Plot.text(labels, {
				fx: 'fx',
				fy: 'fy',
				text: 'name',
				frameAnchor: 'top-left',
				dx: 4,
				dy: 4,
				lineAnchor: 'top',
				fontWeight: 600
			})
		]
	}) as SVGSVGElement;
	const items: LegendItem[] = [{ mark: 'line-dot', label: 'Stadsdelen (officiell)', color: TREND_COLORS.district }];
	if (city.length)
		items.push({ mark: 'dash-square', label: 'Staden (officiell), som jämförelse', color: TREND_COLORS.city });
	if (quoted.length) items.push({ mark: 'diamond', label: 'Siffra citerad i plan', color: TREND_COLORS.quoted });
	return withLegend(doc, chart, items, o.width);
}
