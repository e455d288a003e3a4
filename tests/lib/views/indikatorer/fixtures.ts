// Indicator value rows for the Indikatorer series and chart tests: one row
// builder and the series the tests share, each figure copied from
// data/indicators/indicator_values.csv (tm_oro_brott_ofta, group "alla").
import type { ValueRow } from '$lib/views/indikatorer/series';

/** An official Farsta row of tm_oro_brott_ofta; the test names what differs. */
export const valueRow = (r: Partial<ValueRow>): ValueRow => ({
	indicator_id: 'tm_oro_brott_ofta',
	place_type: 'stadsdelsomrade',
	place_id: 'farsta',
	place_name: 'Farsta',
	year: 2017,
	grp: 'alla',
	value: 0,
	provenance: 'official',
	source_ref: 'https://example.test',
	quote: '',
	plan_id: null,
	plan_district_id: null,
	line_start: null,
	line_end: null,
	...r
});

const city = { place_type: 'stad', place_id: 'stockholm', place_name: 'Stockholms stad' } as const;

/** tm_oro_brott_ofta, alla: Farsta 2017 = 12, 2020 = 12. */
export const farstaOfta = [valueRow({ year: 2017, value: 12 }), valueRow({ year: 2020, value: 12 })];
/** tm_oro_brott_ofta, alla: Bromma 2017 = 13, 2020 = 10. */
export const brommaOfta = [
	valueRow({ place_id: 'bromma', place_name: 'Bromma', year: 2017, value: 13 }),
	valueRow({ place_id: 'bromma', place_name: 'Bromma', year: 2020, value: 10 })
];
/** tm_oro_brott_ofta, alla: the city 2014 = 8, 2017 = 11, 2020 = 9. */
export const cityOfta = [
	valueRow({ ...city, year: 2014, value: 8 }),
	valueRow({ ...city, year: 2017, value: 11 }),
	valueRow({ ...city, year: 2020, value: 9 })
];

/** What the tests draw Farsta's trend against the city with: 600 px wide, one round every `interval` years. */
export const farstaTrendOptions = (interval: number, yLabel = 'Andel (%)') => ({
	width: 600,
	interval,
	yLabel,
	districtName: 'Farsta',
	document
});

/** tm_oro_brott_ofta, alla: Bromma 13/10, Farsta 12/12 (2017/2020); Staden 8/11/9 (2014/2017/2020). */
export const oftaRows = [...brommaOfta, ...farstaOfta, ...cityOfta];

/** What the tests draw the small multiples with: shares, a round every third year, 600 px wide. */
export const multiplesOptions = (facets: string[]) => ({
	width: 600,
	interval: 3,
	yLabel: 'Andel (%)',
	facets,
	document
});
