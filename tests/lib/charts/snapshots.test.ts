// @vitest-environment jsdom
// Every chart builder in src/lib/charts drawn from fixed rows, with a fixed
// time zone and Swedish number formats, compared with its stored SVG
// (tests/svg-snapshot.ts). The rows are the ones the behaviour tests beside
// this file check by hand.
process.env.TZ = 'Europe/Stockholm';
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { attainmentChart, type AttainmentRow } from '$lib/charts/attainment';
import { indicatorMultiplesChart } from '$lib/charts/indicator-multiples';
import { indicatorTrendChart } from '$lib/charts/indicator-trend';
import { buildAttainmentChart, buildCompareChart, type AttainmentDatum } from '$lib/charts/jamfor';
import { withLegend } from '$lib/charts/legend';
import { STATUS_ORDER } from '$lib/labels';
import { acrossDistricts, districtVsCity } from '$lib/views/indikatorer/series';
import { farstaTrendOptions, multiplesOptions, oftaRows } from '../views/indikatorer/fixtures';
import { expectSvgSnapshot, normaliseSvg } from '../../svg-snapshot';

describe('chart snapshots', () => {
	it('normaliseSvg renumbers ids with their references and rounds numbers', () => {
		expect(normaliseSvg('<svg><clipPath id="c-7"></clipPath><g clip-path="url(#c-7)" x="1.23456"></g></svg>')).toBe(
			'<svg>\n<clipPath id="id1">\n</clipPath>\n<g clip-path="url(#id1)" x="1.23">\n</g>\n</svg>\n'
		);
	});

	it('attainmentChart (Uppföljning)', () => {
		// EÅV 2025, Kriminella miljöer: 1 uppnådd, 2 delvis, 1 ej uppnådd, 2 saknas.
		const rows: AttainmentRow[] = [
			{ area: 'Kriminella miljöer och livsstilar', status: 'uppnadd', count: 1 },
			{ area: 'Kriminella miljöer och livsstilar', status: 'delvis_uppnadd', count: 2 },
			{ area: 'Kriminella miljöer och livsstilar', status: 'ej_uppnadd', count: 1 },
			{ area: 'Kriminella miljöer och livsstilar', status: 'saknas', count: 2 }
		];
		expectSvgSnapshot(
			'attainment',
			attainmentChart(Plot, rows, { width: 640, areas: ['Kriminella miljöer och livsstilar'] })
		);
	});

	it('buildCompareChart (Jämför)', () => {
		const areas = ['Unga i riskzon för destruktivt beteende', 'Otrygga och brottsutsatta platser'];
		const svg = buildCompareChart(
			Plot,
			[
				{ plan: 'Enskede-Årsta-Vantör', area: areas[0], value: 13 / 17, text: '0,8' },
				{ plan: 'Skarpnäck', area: areas[0], value: 10 / 7, text: '1,4' },
				{ plan: 'Skärholmen', area: areas[0], value: null, text: '–' },
				{ plan: 'Enskede-Årsta-Vantör', area: areas[1], value: 1, text: '1,0' },
				{ plan: 'Skarpnäck', area: areas[1], value: 1, text: '1,0' },
				{ plan: 'Skärholmen', area: areas[1], value: null, text: '–' }
			],
			{
				width: 640,
				metricLabel: 'Åtgärder per orsak',
				share: false,
				planOrder: ['Enskede-Årsta-Vantör', 'Skarpnäck', 'Skärholmen'],
				areaOrder: areas
			}
		);
		expectSvgSnapshot('jamfor-compare', svg);
	});

	it('buildAttainmentChart (Jämför)', () => {
		// In STATUS_ORDER: Skarpnäck 2024 states no judgment (31 tolkade, 1 ej bedömd, 7 saknas); Skärholmen 41 saknas.
		const counts: Record<string, number[]> = {
			Skarpnäck: [0, 0, 0, 0, 31, 1, 7],
			Skärholmen: [0, 0, 0, 0, 0, 0, 41]
		};
		expect(STATUS_ORDER).toHaveLength(7);
		const rows: AttainmentDatum[] = Object.entries(counts).flatMap(([plan, c]) =>
			STATUS_ORDER.map((status, i) => ({ plan, status, count: c[i] }))
		);
		expectSvgSnapshot(
			'jamfor-attainment',
			buildAttainmentChart(Plot, rows, { width: 640, planOrder: ['Skarpnäck', 'Skärholmen'] })
		);
	});

	it('indicatorTrendChart (Indikatorer)', () => {
		const svg = indicatorTrendChart(Plot, districtVsCity(oftaRows, 'farsta', 'procent'), farstaTrendOptions(3));
		expectSvgSnapshot('indicator-trend', svg);
	});

	it('indicatorMultiplesChart (Indikatorer)', () => {
		const data = acrossDistricts(oftaRows, 'alla', 'procent');
		const svg = indicatorMultiplesChart(Plot, data, multiplesOptions(data.facets));
		expectSvgSnapshot('indicator-multiples', svg);
	});

	it('withLegend (legend above any chart)', () => {
		const chart = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
		chart.setAttribute('width', '300');
		chart.setAttribute('height', '100');
		const svg = withLegend(
			document,
			chart,
			[
				{ mark: 'line-dot', label: 'Farsta (officiell)', color: '#1b1f24' },
				{ mark: 'dash-square', label: 'Staden (officiell)', color: '#555555' },
				{ mark: 'diamond', label: 'Siffra citerad i plan', color: '#8a3b12' }
			],
			300
		);
		expectSvgSnapshot('legend', svg);
	});
});
