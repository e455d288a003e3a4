// @vitest-environment jsdom
// The Jämför charts drawn in jsdom: concrete marks, labels and the "–" rule.
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import {
	buildAttainmentChart,
	buildCompareChart,
	STATUS_FILL,
	type AttainmentDatum,
	type CompareChartDatum
} from '../../../src/lib/charts/jamfor';

const AREAS = ['Unga i riskzon för destruktivt beteende', 'Otrygga och brottsutsatta platser'];
const PLANS = ['Enskede-Årsta-Vantör', 'Skarpnäck', 'Skärholmen'];

const compare: CompareChartDatum[] = [
	{ plan: 'Enskede-Årsta-Vantör', area: AREAS[0], value: 7 / 17, text: '0,4' },
	{ plan: 'Skarpnäck', area: AREAS[0], value: 10 / 7, text: '1,4' },
	{ plan: 'Skärholmen', area: AREAS[0], value: null, text: '–' },
	{ plan: 'Enskede-Årsta-Vantör', area: AREAS[1], value: 1, text: '1,0' },
	{ plan: 'Skarpnäck', area: AREAS[1], value: 1, text: '1,0' },
	{ plan: 'Skärholmen', area: AREAS[1], value: null, text: '–' }
];

describe('buildCompareChart', () => {
	const svg = buildCompareChart(Plot, compare, {
		width: 640,
		metricLabel: 'Åtgärder per orsak',
		share: false,
		planOrder: PLANS,
		areaOrder: AREAS
	});

	it('buildCompareChart(rows) draws one bar per non-empty cell and none for "–"', () => {
		expect(svg.tagName.toLowerCase()).toBe('svg');
		// Plot's labelled groups sit in an aria-hidden inner SVG: the outer one is the image.
		expect(svg.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
		// 4 cells have a value; Skärholmen has no causes, so no bar at all (not a zero bar).
		expect(svg.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(4);
	});

	it('buildCompareChart(rows) prints the Swedish number of every cell, "–" included', () => {
		const texts = [...svg.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent);
		for (const t of ['0,4', '1,4', '1,0', '–']) expect(texts).toContain(t);
		expect(texts.filter((t) => t === '–')).toHaveLength(2);
		// Area titles above each group.
		expect(texts).toContain('Unga i riskzon för destruktivt beteende');
		expect(texts).toContain('Otrygga och brottsutsatta platser');
	});

	it('buildCompareChart(rows) names the districts on the y axis in the given order', () => {
		const ticks = [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) => t.textContent);
		expect(ticks.slice(0, 3)).toEqual(PLANS);
	});

	it('buildCompareChart(share) uses a 0–100 % axis with Swedish tick labels', () => {
		const share = buildCompareChart(Plot, [{ plan: 'Skarpnäck', area: AREAS[0], value: 90, text: '90 %' }], {
			width: 400,
			metricLabel: 'Andel med ansvarig',
			share: true,
			planOrder: ['Skarpnäck'],
			areaOrder: [AREAS[0]]
		});
		const ticks = [...share.querySelectorAll('g[aria-label="x-axis tick label"] text')].map((t) => t.textContent);
		expect(ticks[0]).toBe('0 %');
		expect(ticks.at(-1)).toBe('100 %');
		expect(share.querySelector('g[aria-label="x-axis label"]')?.textContent).toContain('Andel med ansvarig (%)');
	});
});

describe('buildAttainmentChart', () => {
	// Skarpnäck 2024 as built: 8 uppnådd, 1 delvis, 23 påbörjad, 7 ej bedömd; Skärholmen: 41 without follow-up.
	const counts: Record<string, number[]> = {
		Skarpnäck: [8, 1, 23, 0, 7, 0],
		Skärholmen: [0, 0, 0, 0, 0, 41],
		Tomt: [0, 0, 0, 0, 0, 0]
	};
	const statuses = ['uppnadd', 'delvis_uppnadd', 'paborjad', 'ej_uppnadd', 'ej_bedomd', 'saknas'] as const;
	const rows: AttainmentDatum[] = Object.entries(counts).flatMap(([plan, c]) =>
		statuses.map((status, i) => ({ plan, status, count: c[i] }))
	);
	const svg = buildAttainmentChart(Plot, rows, { width: 640, planOrder: ['Skarpnäck', 'Skärholmen', 'Tomt'] });

	it('buildAttainmentChart(rows) stacks one segment per status and district, and leaves out a district without measures', () => {
		expect(svg.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(12);
		const ticks = [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) => t.textContent);
		expect(ticks).toEqual(['Skarpnäck', 'Skärholmen']);
	});

	it('buildAttainmentChart(rows) has a legend with every status label in STATUS_ORDER', () => {
		const legend = [...svg.querySelectorAll('.legend-item')].map((g) => g.textContent);
		expect(legend).toEqual([
			'Uppnådd',
			'Delvis uppnådd',
			'Påbörjad',
			'Ej uppnådd',
			'Tolkad (ingen bedömning)',
			'Ej bedömd',
			'Uppföljning saknas'
		]);
		expect(svg.querySelector('pattern#planbild-hatch-saknas')).not.toBeNull();
		expect(svg.querySelector('.legend-item[data-status="saknas"] rect')?.getAttribute('fill')).toBe(STATUS_FILL.saknas);
	});

	it('buildAttainmentChart(rows) prints the counts in segments wide enough to hold them', () => {
		const texts = [...svg.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent).filter(Boolean);
		// Skarpnäck: 8, 23, 7 (1 of 39 is under 6 %); Skärholmen: 41.
		expect(texts).toEqual(['8', '23', '7', '41']);
	});

	it('buildAttainmentChart(rows) fills segments by status in the given order', () => {
		const fills = [...svg.querySelectorAll('g[aria-label="bar"] rect')].slice(0, 6).map((r) => r.getAttribute('fill'));
		expect(fills).toContain(STATUS_FILL.uppnadd);
		expect(fills).toContain(STATUS_FILL.ej_bedomd);
	});
});
