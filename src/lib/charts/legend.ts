// A legend drawn inside the chart's own SVG, so the SVG and PNG downloads
// carry it too. Marks differ by shape and dash, never by colour alone.
export type LegendMark = 'line-dot' | 'dash-square' | 'diamond';

export interface LegendItem {
	mark: LegendMark;
	label: string;
	color: string;
}

const NS = 'http://www.w3.org/2000/svg';

function el(doc: Document, name: string, attrs: Record<string, string | number>): SVGElement {
	const e = doc.createElementNS(NS, name) as SVGElement;
	for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
	return e;
}

/** An upper estimate of a 12 px label's width: wide enough that no entry runs into the next. */
const labelWidth = (s: string) => Math.ceil(s.length * 7.2);

/**
 * Where each legend entry goes: left to right, each as wide as its own label
 * (mark 30 px + label + 16 px gap), wrapping to a new row when the next does
 * not fit. A fixed column width let a long name run into its neighbour.
 */
export function legendPlaces(items: LegendItem[], width: number): { x: number; row: number }[] {
	const out: { x: number; row: number }[] = [];
	let x = 4;
	let row = 0;
	for (const item of items) {
		const w = 30 + labelWidth(item.label) + 16;
		if (x > 4 && x + w > width) {
			x = 4;
			row++;
		}
		out.push({ x, row });
		x += w;
	}
	return out;
}

/** Places `chart` (an SVG) under a legend in one outer SVG of the same width. */
export function withLegend(doc: Document, chart: SVGSVGElement, items: LegendItem[], width: number): SVGSVGElement {
	const row = 20;
	const places = legendPlaces(items, width);
	const rows = places.length ? Math.max(...places.map((p) => p.row)) + 1 : 0;
	const legendH = rows * row + 6;
	const chartH = Number(chart.getAttribute('height') ?? 0);
	const outer = el(doc, 'svg', {
		width,
		height: legendH + chartH,
		viewBox: `0 0 ${width} ${legendH + chartH}`,
		'font-family': 'system-ui, sans-serif',
		'font-size': 12
	}) as SVGSVGElement;
	const legend = el(doc, 'g', { class: 'legend' });
	items.forEach((item, i) => {
		const x = places[i].x;
		const y = places[i].row * row + 12;
		const g = el(doc, 'g', { transform: `translate(${x},${y})` });
		if (item.mark === 'line-dot') {
			g.append(el(doc, 'line', { x1: 0, x2: 24, y1: 0, y2: 0, stroke: item.color, 'stroke-width': 2 }));
			g.append(el(doc, 'circle', { cx: 12, cy: 0, r: 4, fill: item.color }));
		} else if (item.mark === 'dash-square') {
			g.append(
				el(doc, 'line', {
					x1: 0,
					x2: 24,
					y1: 0,
					y2: 0,
					stroke: item.color,
					'stroke-width': 2,
					'stroke-dasharray': '5 3'
				})
			);
			g.append(
				el(doc, 'rect', { x: 8, y: -4, width: 8, height: 8, fill: '#fff', stroke: item.color, 'stroke-width': 1.5 })
			);
		} else {
			g.append(el(doc, 'path', { d: 'M12,-6L18,0L12,6L6,0Z', fill: item.color, stroke: '#000', 'stroke-width': 0.75 }));
		}
		const t = el(doc, 'text', { x: 30, y: 4, fill: '#1b1f24' });
		t.textContent = item.label;
		g.append(t);
		legend.append(g);
	});
	outer.append(legend);
	// The outer SVG is one image (role="img" with the chart's summary); Plot's aria-labels
	// on <g> elements are not allowed there (axe: aria-prohibited-attr), so keep them as data.
	for (const g of chart.querySelectorAll('[aria-label], [aria-description]')) {
		const name = g.getAttribute('aria-label');
		if (name !== null) g.setAttribute('data-mark', name);
		g.removeAttribute('aria-label');
		g.removeAttribute('aria-description');
	}
	chart.removeAttribute('aria-label');
	chart.setAttribute('aria-hidden', 'true');
	const inner = el(doc, 'g', { transform: `translate(0,${legendH})` });
	inner.append(chart);
	outer.append(inner);
	return outer;
}
