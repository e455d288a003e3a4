// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import {
	attainmentChart,
	attainmentSegments,
	STATUS_FILL,
	type AttainmentRow
} from '../../../src/lib/charts/attainment';

// EÅV 2025, "Kriminella miljöer och livsstilar": 1 uppnådd, 2 delvis, 1 ej uppnådd, 2 saknas.
const rows: AttainmentRow[] = [
	{ area: 'Kriminella miljöer och livsstilar', status: 'saknas', count: 2 },
	{ area: 'Kriminella miljöer och livsstilar', status: 'uppnadd', count: 1 },
	{ area: 'Kriminella miljöer och livsstilar', status: 'delvis_uppnadd', count: 2 },
	{ area: 'Kriminella miljöer och livsstilar', status: 'ej_uppnadd', count: 1 },
	{ area: 'Tomt område', status: 'paborjad', count: 0 }
];
const areas = ['Kriminella miljöer och livsstilar', 'Tomt område'];

describe('attainmentSegments(rows, areas)', () => {
	it('attainmentSegments stacks in STATUS_ORDER and leaves zero counts out', () => {
		expect(attainmentSegments(rows, areas).map((s) => [s.status, s.x1, s.x2])).toEqual([
			['uppnadd', 0, 1],
			['delvis_uppnadd', 1, 3],
			['ej_uppnadd', 3, 4],
			['saknas', 4, 6]
		]);
	});
});

describe('attainmentChart(Plot, rows, options)', () => {
	const el = attainmentChart(Plot, rows, { width: 640, areas });
	const text = el.textContent ?? '';

	it('attainmentChart labels segments with symbol and count, and the legend with symbol and name', () => {
		expect(text).toContain('● 1');
		expect(text).toContain('◐ 2');
		expect(text).toContain('○ 2');
		expect(text).toContain('● Uppnådd');
		expect(text).toContain('○ Uppföljning saknas');
		expect(text).toContain('Kriminella miljöer och livsstilar');
		expect(text).toContain('Tomt område');
	});

	it('attainmentChart gives "ej uppnådd" the one saturated fill, the others greens and greys', () => {
		const saturation = (hex: string) => {
			const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
			return Math.max(r, g, b) - Math.min(r, g, b);
		};
		const sat = Object.fromEntries(Object.entries(STATUS_FILL).map(([k, v]) => [k, saturation(v)]));
		const most = Object.entries(sat).sort((a, b) => b[1] - a[1])[0][0];
		expect(most).toBe('ej_uppnadd');
		// Red first: the only fill whose red channel leads.
		const lead = (hex: string) => parseInt(hex.slice(1, 3), 16) > parseInt(hex.slice(3, 5), 16) + 0x40;
		expect(
			Object.entries(STATUS_FILL)
				.filter(([, v]) => lead(v))
				.map(([k]) => k)
		).toEqual(['ej_uppnadd']);
		expect(el.innerHTML).toContain(STATUS_FILL.uppnadd);
	});
});
