// Jämför stadsdelar: two pure chart builders (Plot passed in, so the app loads
// it lazily and vitest draws it in jsdom).
// - buildCompareChart: one metric as horizontal bars, a group per priority area,
//   a bar per district, the Swedish number at the end of each bar ("–" where there
//   is nothing to count: no bar, never a zero-length bar that reads as 0).
// - buildAttainmentChart: the status mix per district as a 100 % stacked bar, statuses
//   in STATUS_ORDER, told apart by luminance (and a hatch for "saknas"), by a legend
//   with the status labels, and by the count printed in each segment.
import type * as PlotModule from '@observablehq/plot';
import { formatInt, formatNumber } from '$lib/format';
import { LABELS, STATUS_ORDER } from '$lib/labels';
import { DARK_FILLS, STATUS_FILL as ATTAINMENT_FILL } from './attainment';
import type { CountedStatus } from '$lib/schema/enums';

type Plot = typeof PlotModule;
type Status = CountedStatus;

export interface CompareChartDatum {
	/** Row label (district, with year when a district has several rows). */
	plan: string;
	area: string;
	value: number | null;
	/** The number as the table shows it ("12", "1,4", "83 %", "–"). */
	text: string;
}

export interface CompareChartOptions {
	width: number;
	metricLabel: string;
	/** Values are percentages (0–100). */
	share: boolean;
	planOrder: string[];
	areaOrder: string[];
}

export const BAR_FILL = '#0b5cad';
const ROW = 22;

/** An upper estimate of a label's width in 12 px system-ui (å/ä/ö and wide letters included): margins without measuring, and no name cut. */
const textWidth = (s: string) => Math.ceil(s.length * 7.2);

export function buildCompareChart(Plot: Plot, data: CompareChartDatum[], o: CompareChartOptions): Element {
	const max = Math.max(0, ...data.map((d) => d.value ?? 0));
	const marginLeft = Math.min(Math.max(...o.planOrder.map(textWidth), 40) + 12, Math.floor(o.width * 0.45));
	const facetHeight = o.planOrder.length * ROW;
	const bars = data.filter((d) => d.value !== null);
	const plot = Plot.plot({
		width: o.width,
		height: o.areaOrder.length * (facetHeight + 34) + 40,
		marginLeft,
		marginRight: 48,
		marginTop: 28,
		style: { fontSize: '12px' },
		x: {
			domain: o.share ? [0, 100] : [0, max > 0 ? max : 1],
			label: o.share ? `${o.metricLabel} (%)` : o.metricLabel,
			labelAnchor: 'left',
			grid: true,
			ticks: Math.max(2, Math.floor(o.width / 110)),
			tickFormat: (d: number) => (o.share ? `${formatInt(d)} %` : formatNumber(d))
		},
		y: { domain: o.planOrder, label: null, tickSize: 0 },
		fy: { domain: o.areaOrder, axis: null, padding: 0.42 },
		marks: [
			Plot.barX(bars, { x: 'value', y: 'plan', fy: 'area', fill: BAR_FILL, insetTop: 2, insetBottom: 2 }),
			Plot.ruleX([0], { stroke: '#1b1f24' }),
			Plot.text(data, {
				x: (d: CompareChartDatum) => d.value ?? 0,
				y: 'plan',
				fy: 'area',
				text: 'text',
				textAnchor: 'start',
				dx: 4,
				fill: '#1b1f24'
			}),
			// The area's name above its group of bars, starting at the left edge of the chart.
			Plot.text(o.areaOrder, {
				fy: (d: string) => d,
				text: (d: string) => d,
				frameAnchor: 'top-left',
				dx: -marginLeft,
				dy: -16,
				fontWeight: 'bold',
				fill: '#1b1f24'
			})
		]
	}) as SVGSVGElement;
	return wrap(plot, 0, [], false);
}

export interface AttainmentDatum {
	plan: string;
	status: Status;
	count: number;
}

export interface AttainmentChartOptions {
	width: number;
	planOrder: string[];
}

const HATCH_ID = 'planbild-hatch-saknas';
/** The attainment chart's fills (one palette on screen and in print); "saknas" hatched. */
export const STATUS_FILL: Record<Status, string> = { ...ATTAINMENT_FILL, saknas: `url(#${HATCH_ID})` };
/** Text on a segment: white on the dark fills, else near-black (both ≥ 4.5:1). */
const STATUS_INK = Object.fromEntries(
	STATUS_ORDER.map((s) => [s, DARK_FILLS.has(s) ? '#ffffff' : '#1b1f24'])
) as Record<Status, string>;

const SVG_NS = 'http://www.w3.org/2000/svg';

function el(doc: Document, name: string, attrs: Record<string, string | number>): SVGElement {
	const e = doc.createElementNS(SVG_NS, name) as SVGElement;
	for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
	return e;
}

export function buildAttainmentChart(Plot: Plot, data: AttainmentDatum[], o: AttainmentChartOptions): Element {
	const totals = new Map<string, number>();
	for (const d of data) totals.set(d.plan, (totals.get(d.plan) ?? 0) + d.count);
	const shown = data.filter((d) => (totals.get(d.plan) ?? 0) > 0);
	const planOrder = o.planOrder.filter((p) => (totals.get(p) ?? 0) > 0);
	const marginLeft = Math.min(Math.max(...planOrder.map(textWidth), 40) + 12, Math.floor(o.width * 0.45));
	const stack = { offset: 'normalize' as const, order: [...STATUS_ORDER], x: 'count', y: 'plan', z: 'status' };
	const plot = Plot.plot({
		width: o.width,
		height: planOrder.length * 36 + 50,
		marginLeft,
		marginRight: 28, // room for the last tick label, "100 %"
		style: { fontSize: '12px' },
		x: { percent: true, label: 'Andel av åtgärderna (%)', labelAnchor: 'left', tickFormat: (d: number) => `${d} %` },
		y: { domain: planOrder, label: null, tickSize: 0 },
		color: { type: 'ordinal', domain: [...STATUS_ORDER], range: STATUS_ORDER.map((s) => STATUS_FILL[s]) },
		marks: [
			Plot.barX(shown, Plot.stackX({ ...stack, fill: 'status', stroke: '#1b1f24', strokeWidth: 0.75 })),
			Plot.text(
				shown,
				Plot.stackX({
					...stack,
					// A count only where the segment is wide enough to hold it (the table has every count).
					text: (d: AttainmentDatum) =>
						d.count > 0 && d.count / (totals.get(d.plan) ?? 1) >= 0.06 ? formatInt(d.count) : '',
					fill: (d: AttainmentDatum) => STATUS_INK[d.status],
					fontWeight: 'bold'
				})
			)
		]
	}) as SVGSVGElement;

	// The legend lives in the same SVG as the bars, so a downloaded SVG or PNG keeps it.
	const doc = plot.ownerDocument;
	const legend = el(doc, 'g', { 'font-size': 12, 'font-family': 'system-ui, sans-serif', fill: '#1b1f24' });
	let x = 0;
	let y = 0;
	for (const s of STATUS_ORDER) {
		const text = LABELS.status[s];
		const w = 18 + textWidth(text) + 14;
		if (x > 0 && x + w > o.width) {
			x = 0;
			y += 20;
		}
		const item = el(doc, 'g', { class: 'legend-item', 'data-status': s, transform: `translate(${x},${y})` });
		item.append(el(doc, 'rect', { width: 12, height: 12, y: 2, fill: STATUS_FILL[s], stroke: '#1b1f24' }));
		const label = el(doc, 'text', { x: 18, y: 12 });
		label.textContent = text;
		item.append(label);
		legend.append(item);
		x += w;
	}
	return wrap(plot, y + 26, [legend], true);
}

/**
 * The chart as one outer SVG: ChartFigure gives it role="img" and a name; the Plot SVG
 * inside is aria-hidden, since Plot's aria-labelled groups are not allowed inside an
 * image (axe: aria-prohibited-attr). `top` leaves room for `above` (the legend); `hatch`
 * adds the pattern that fills "saknas".
 */
function wrap(plot: SVGSVGElement, top: number, above: SVGElement[], hatch: boolean): SVGSVGElement {
	const doc = plot.ownerDocument;
	const width = Number(plot.getAttribute('width'));
	const height = Number(plot.getAttribute('height')) + top;
	const outer = el(doc, 'svg', { width, height, viewBox: `0 0 ${width} ${height}` }) as SVGSVGElement;
	plot.setAttribute('y', String(top));
	plot.setAttribute('aria-hidden', 'true');
	outer.append(...above, plot);
	if (!hatch) return outer;
	const defs = el(doc, 'defs', {});
	const pattern = el(doc, 'pattern', {
		id: HATCH_ID,
		width: 6,
		height: 6,
		patternUnits: 'userSpaceOnUse',
		patternTransform: 'rotate(45)'
	});
	pattern.append(el(doc, 'rect', { width: 6, height: 6, fill: '#ffffff' }));
	pattern.append(el(doc, 'line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#6b7480', 'stroke-width': 1.5 }));
	defs.append(pattern);
	outer.prepend(defs);
	return outer;
}
