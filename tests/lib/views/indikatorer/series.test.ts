import { describe, expect, it } from 'vitest';
import { acrossDistricts, districtVsCity, mainDistrictGroup, seriesGaps } from '$lib/views/indikatorer/series';
import { cityOfta, farstaOfta, valueRow as row } from './fixtures';

// tm_oro_brott_ofta (indicator_values.csv): Farsta 2017 = 12, 2020 = 12; Rinkeby-Kista (former) 2017 = 21;
// the city 2014 = 8, 2017 = 11, 2020 = 9. LOB in Hökarängen is quoted in farsta-atgardsplan-2024.txt line 70.
const rows = [
	...farstaOfta,
	row({ place_id: 'rinkeby-kista', place_name: 'Rinkeby-Kista', district_status: 'former', year: 2017, value: 21 }),
	...cityOfta,
	row({
		place_type: 'stadsdel',
		place_id: 'hokarangen',
		place_name: 'Hökarängen',
		year: 2023,
		value: 31,
		provenance: 'quoted_in_plan',
		plan_id: 'farsta-atgardsplan-2024',
		plan_district_id: 'farsta',
		quote: 'Antal anmälningar enligt LOB har minskat från 31 till 27st i Hökarängen',
		source_ref: 'farsta-atgardsplan-2024.txt:70',
		line_start: 70,
		line_end: 70
	})
];

describe('districtVsCity', () => {
	it("districtVsCity keeps the district's official series, the city's, and the figures its plans quote", () => {
		const pts = districtVsCity(rows, 'farsta', 'procent');
		expect(pts.map((p) => `${p.role}:${p.series}:${p.year}=${p.value}`)).toEqual([
			'district:Farsta:2017=12',
			'district:Farsta:2020=12',
			'city:Staden:2014=8',
			'city:Staden:2017=11',
			'city:Staden:2020=9',
			'quoted:Hökarängen (stadsdel):2023=31'
		]);
		expect(pts[5].title).toContain(
			'Citerad i plan: ”Antal anmälningar enligt LOB har minskat från 31 till 27st i Hökarängen”'
		);
	});
});

describe('acrossDistricts / mainDistrictGroup / seriesGaps', () => {
	it('acrossDistricts makes one facet per district and marks former districts', () => {
		expect(acrossDistricts(rows, 'alla', 'procent').facets).toEqual(['Farsta', 'Rinkeby-Kista (f.d.)']);
		expect(mainDistrictGroup(rows)).toBe('alla');
	});
	it('seriesGaps names the rounds a series skips and nothing for a complete series', () => {
		expect(seriesGaps(districtVsCity(rows, 'farsta', 'procent'), 3)).toEqual([]);
		const gap = [row({ year: 2011, value: 13 }), row({ year: 2017, value: 19 })];
		expect(seriesGaps(districtVsCity(gap, 'farsta', 'procent'), 3)).toEqual([{ s: 'Farsta, alla', missing: [2014] }]);
	});
});
