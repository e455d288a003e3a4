// The legend's flow layout: no entry runs into the next, and entries wrap
// when the row is full (a fixed 230 px column let long district names overlap).
import { describe, expect, it } from 'vitest';
import { legendPlaces, type LegendItem } from '$lib/charts/legend';

const item = (label: string): LegendItem => ({ mark: 'line-dot', label, color: '#000' });

describe('legendPlaces', () => {
	it('puts the next entry after the whole of a long label', () => {
		const long = 'Rinkeby-Kista (f.d., ingår nu i Järva) (officiell)';
		const [a, b] = legendPlaces([item(long), item('Staden (officiell)')], 800);
		expect(a).toEqual({ x: 4, row: 0 });
		// 30 px for the mark, then at least 7 px per character of the label.
		expect(b.row).toBe(0);
		expect(b.x).toBeGreaterThanOrEqual(4 + 30 + 7 * long.length);
	});

	it('wraps to a new row when the next entry does not fit, and never leaves a row empty', () => {
		const places = legendPlaces([item('a'.repeat(40)), item('b'.repeat(40)), item('c')], 400);
		expect(places.map((p) => p.row)).toEqual([0, 1, 1]);
		expect(places[1].x).toBe(4);
		// One entry wider than the chart still gets a row of its own, at the start.
		expect(legendPlaces([item('x'.repeat(200))], 300)).toEqual([{ x: 4, row: 0 }]);
	});
});
