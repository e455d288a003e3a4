import { describe, expect, it } from 'vitest';
import { similarDistricts, type DistrictValue } from '$lib/views/indikatorer/similar';

// tm_oro_brott_ofta, alla: official district values in data/indicators/indicator_values.csv.
const v = (indicator_id: string, place_id: string, year: number, value: number, grp = 'alla'): DistrictValue => ({
	indicator_id,
	place_id,
	year,
	grp,
	value
});
const real: DistrictValue[] = [
	v('tm_oro_brott_ofta', 'bromma', 2017, 13),
	v('tm_oro_brott_ofta', 'bromma', 2020, 10),
	v('tm_oro_brott_ofta', 'farsta', 2017, 12),
	v('tm_oro_brott_ofta', 'farsta', 2020, 12),
	v('tm_oro_brott_ofta', 'rinkeby-kista', 2017, 21),
	v('tm_oro_brott_ofta', 'rinkeby-kista', 2020, 11),
	v('tm_oro_brott_ofta', 'spanga-tensta', 2017, 26),
	v('tm_oro_brott_ofta', 'spanga-tensta', 2020, 13),
	v('mu_tillit', 'farsta', 2021, 60),
	v('mu_trygg_ga_hem_kvall', 'bromma', 2019, 59)
];

describe('similarDistricts', () => {
	it('similarDistricts with the real data: two shared points are too few, so no distance is given', () => {
		const r = similarDistricts('farsta', real);
		expect(r.map((n) => [n.place_id, n.shared, n.shared_indicators, n.distance])).toEqual([
			['bromma', 2, 1, null],
			['rinkeby-kista', 2, 1, null],
			['spanga-tensta', 2, 1, null]
		]);
	});

	it('similarDistricts gives the mean absolute z difference when enough points are shared', () => {
		// Over 2017 and 2020 the values are 13, 10, 12, 12, 21, 11, 26, 13: mean 14.75,
		// population sd = sqrt(((13-14.75)^2+...)/8) = sqrt(223.5/8) = 5.2857, so Farsta-Bromma = 1.5/5.2857 = 0.2838.
		const r = similarDistricts('farsta', real, 2);
		const sd = Math.sqrt(223.5 / 8);
		const bromma = r.find((n) => n.place_id === 'bromma')!;
		expect(bromma.distance).toBeCloseTo((Math.abs(12 - 13) + Math.abs(12 - 10)) / 2 / sd, 10);
		expect(bromma.distance).toBeCloseTo(0.2838, 4);
		expect(r[0].place_id).toBe('bromma');
		expect(r[r.length - 1].place_id).toBe('spanga-tensta');
	});

	it('similarDistricts lists a district with no shared point with 0 and no distance', () => {
		const r = similarDistricts('hasselby-vallingby', [
			...real,
			v('mu_trygg_bo_stadsdel', 'hasselby-vallingby', 2017, 51)
		]);
		expect(r.every((n) => n.shared === 0 && n.distance === null)).toBe(true);
	});
});
