// Attainment per priority area: one horizontal stacked bar per area, the
// statuses in STATUS_ORDER. Every segment carries its status symbol and count
// as text and the legend names each status with its symbol, so no status rests
// on colour. "Ej uppnådd" has the one saturated fill: it is what a reader must
// not miss. The same fills and symbols are used on screen, in the Jämför chart
// and in the printed report.
import type * as PlotModule from '@observablehq/plot';
import { formatInt } from '$lib/format';
import { LABELS, STATUS_ORDER, STATUS_SYMBOL } from '$lib/labels';
import type { CountedStatus } from '$lib/schema/enums';

/** A status as the views count it ('tolkad' apart). */
export type AttainmentStatus = CountedStatus;

export interface AttainmentRow {
	area: string;
	status: AttainmentStatus;
	count: number;
}

/** Greens for stated progress, a strong red for "ej uppnådd", greys for no judgment; "saknas" is white with an outline. */
export const STATUS_FILL: Record<AttainmentStatus, string> = {
	uppnadd: '#0b3d1e',
	delvis_uppnadd: '#2e7d4f',
	paborjad: '#99c699',
	ej_uppnadd: '#b3261e',
	tolkad: '#d9d2e9',
	ej_bedomd: '#e3e3e3',
	saknas: '#ffffff'
};
/** Fills that take white text (contrast ≥ 4.5:1). */
export const DARK_FILLS = new Set<AttainmentStatus>(['uppnadd', 'delvis_uppnadd', 'ej_uppnadd']);
const DARK = DARK_FILLS;

export const statusKey = (s: AttainmentStatus) => `${STATUS_SYMBOL[s]} ${LABELS.status[s]}`;

export interface AttainmentOptions {
	width: number;
	/** Area labels in display order (every area gets a bar, even one with no measures). */
	areas: string[];
}

interface Segment extends AttainmentRow {
	key: string;
	x1: number;
	x2: number;
}

/** Cumulative segments per area in STATUS_ORDER; zero counts are left out. */
export function attainmentSegments(rows: AttainmentRow[], areas: string[]): Segment[] {
	const out: Segment[] = [];
	for (const area of areas) {
		let x = 0;
		for (const status of STATUS_ORDER) {
			const count = rows.filter((r) => r.area === area && r.status === status).reduce((a, r) => a + r.count, 0);
			if (count === 0) continue;
			out.push({ area, status, count, key: statusKey(status), x1: x, x2: x + count });
			x += count;
		}
	}
	return out;
}

export function attainmentChart(
	Plot: typeof PlotModule,
	rows: AttainmentRow[],
	{ width, areas }: AttainmentOptions
): Element {
	const segments = attainmentSegments(rows, areas);
	const narrow = width < 560;
	const marginLeft = narrow ? Math.round(width * 0.4) : 250;
	const label = (s: Segment) => `${STATUS_SYMBOL[s.status]} ${formatInt(s.count)}`;
	// A segment too narrow for its label keeps only the bar (the table beside has every number).
	const max = Math.max(1, ...segments.map((s) => s.x2));
	const pxPerUnit = (width - marginLeft - 16) / max;
	const labelled = segments.filter((s) => s.count * pxPerUnit >= 6 + 7 * label(s).length);
	return Plot.plot({
		width,
		height: 50 + areas.length * (narrow ? 52 : 40),
		marginLeft,
		marginRight: 16,
		style: { fontSize: '12px', fontFamily: 'inherit', color: '#1b1f24', background: '#ffffff' },
		x: { label: 'Antal åtgärder →', grid: true, tickFormat: (d: number) => formatInt(d) },
		y: { domain: areas, label: null, padding: 0.25 },
		color: {
			type: 'ordinal',
			domain: STATUS_ORDER.map(statusKey),
			range: STATUS_ORDER.map((s) => STATUS_FILL[s]),
			legend: true
		},
		marks: [
			// lineWidth is in ems (≈ 12 px here): long area names wrap inside the margin instead of being cut.
			Plot.axisY({ lineWidth: Math.floor((marginLeft - 14) / 12), tickSize: 0, fontSize: 12 }),
			Plot.barX(segments, {
				x1: 'x1',
				x2: 'x2',
				y: 'area',
				fill: 'key',
				stroke: '#1b1f24',
				strokeWidth: 0.75,
				title: (s: Segment) => `${s.area}: ${LABELS.status[s.status]} ${formatInt(s.count)}`
			}),
			...[true, false].map((dark) =>
				Plot.text(
					labelled.filter((s) => DARK.has(s.status) === dark),
					{
						x: (s: Segment) => (s.x1 + s.x2) / 2,
						y: 'area',
						text: label,
						fill: dark ? '#ffffff' : '#1b1f24',
						fontSize: 12,
						fontWeight: 600
					}
				)
			),
			// Decorative (axe: an aria-label on a <g> without a role is not allowed).
			Plot.ruleX([0], { ariaHidden: 'true' })
		]
	});
}
