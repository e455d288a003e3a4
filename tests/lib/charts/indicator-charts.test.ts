// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { indicatorMultiplesChart } from '$lib/charts/indicator-multiples';
import { indicatorTrendChart } from '$lib/charts/indicator-trend';
import { acrossDistricts, districtVsCity } from '$lib/views/indikatorer/series';
import { farstaTrendOptions, multiplesOptions, oftaRows, valueRow as row } from '../views/indikatorer/fixtures';

// se_dricker_ej_alkohol, Staden, åk 9 flickor: 2012 = 45, 2018 = 60 (2014 and 2016 missing).
const gapRows = [
	row({
		place_type: 'stad',
		place_id: 'stockholm',
		place_name: 'Stockholms stad',
		grp: 'ak9_flickor',
		year: 2012,
		value: 45
	}),
	row({
		place_type: 'stad',
		place_id: 'stockholm',
		place_name: 'Stockholms stad',
		grp: 'ak9_flickor',
		year: 2018,
		value: 60
	})
];
// plan_sig_ungdomar_nya, quoted in farsta-atgardsplan-2024.txt line 39.
const quotedRows = [
	row({
		year: 2023,
		value: 10,
		provenance: 'quoted_in_plan',
		plan_id: 'farsta-atgardsplan-2024',
		plan_district_id: 'farsta',
		source_ref: 'farsta-atgardsplan-2024.txt:39',
		quote: '10 stycken SIG-ärenden aktualiserades under år 2023',
		line_start: 39,
		line_end: 39
	}),
	row({
		year: 2024,
		value: 9,
		provenance: 'quoted_in_plan',
		plan_id: 'farsta-atgardsplan-2024',
		plan_district_id: 'farsta',
		source_ref: 'farsta-atgardsplan-2024.txt:39',
		quote: 'Under 2024 har det startats upp ytterligare nio ärenden',
		line_start: 39,
		line_end: 39
	})
];

const linePaths = (svg: Element) =>
	[...svg.querySelectorAll('g[data-mark="line"] path')].filter((p) => (p.getAttribute('d') ?? '').includes('L'));

describe('indicatorTrendChart', () => {
	it('indicatorTrendChart draws no line across the missing rounds 2014 and 2016', () => {
		const svg = indicatorTrendChart(Plot, districtVsCity(gapRows, 'farsta', 'procent'), farstaTrendOptions(2));
		expect(linePaths(svg)).toHaveLength(0);
		expect(svg.querySelectorAll('g[data-mark="dot"] path, g[data-mark="dot"] circle').length).toBe(2);
		expect(svg.textContent).toContain('Staden (officiell)');
	});

	it('indicatorTrendChart joins consecutive rounds and marks quoted figures with their own legend entry', () => {
		const rows = [
			row({ place_type: 'stad', place_id: 'stockholm', year: 2017, value: 11 }),
			row({ place_type: 'stad', place_id: 'stockholm', year: 2020, value: 9 }),
			...quotedRows
		];
		const svg = indicatorTrendChart(Plot, districtVsCity(rows, 'farsta', 'antal'), farstaTrendOptions(3, 'Antal'));
		expect(linePaths(svg)).toHaveLength(1);
		expect(svg.textContent).toContain('Siffra citerad i plan');
		const titles = [...svg.querySelectorAll('title')].map((t) => t.textContent);
		expect(titles.some((t) => t?.includes('”10 stycken SIG-ärenden aktualiserades under år 2023”'))).toBe(true);
		expect(titles.some((t) => t?.includes('farsta-atgardsplan-2024.txt:39 rad 39'))).toBe(true);
	});
});

describe('indicatorMultiplesChart', () => {
	it('indicatorMultiplesChart draws one labelled panel per district on shared scales', () => {
		const data = acrossDistricts(oftaRows, 'alla', 'procent');
		expect(data.facets).toEqual(['Bromma', 'Farsta']);
		const svg = indicatorMultiplesChart(Plot, data, multiplesOptions(data.facets));
		expect(svg.textContent).toContain('Bromma');
		expect(svg.textContent).toContain('Farsta');
		// one y axis for all panels: the shared scale
		expect(svg.querySelectorAll('g[data-mark="y-axis tick"]').length).toBe(1);
	});
});
