import { describe, expect, it } from 'vitest';
import {
	compareCitation,
	direction,
	parseCitation,
	type IndicatorMeta,
	type IndicatorValue
} from '$lib/views/tackning/cited-indicators';

// Rows copied from data/indicators/indicators.csv and indicator_values.csv.
const indicators: IndicatorMeta[] = [
	{
		indicator_id: 'se_ingen_tobak',
		source: 'stockholmsenkaten',
		label_sv: 'Andel elever som inte använder tobak (cigaretter eller snus)',
		unit: 'procent',
		polarity: 'higher_is_better'
	},
	{
		indicator_id: 'se_ofta_ledsen_deppig',
		source: 'stockholmsenkaten',
		label_sv: 'Andel som ofta är ledsna och deppiga utan att veta varför',
		unit: 'procent',
		polarity: 'lower_is_better'
	},
	{
		indicator_id: 'se_antal_svar',
		source: 'stockholmsenkaten',
		label_sv: 'Antal svarande elever i Stockholmsenkäten',
		unit: 'antal',
		polarity: 'neutral'
	},
	{
		indicator_id: 'tm_oro_brott_ofta',
		source: 'trygghetsmatningen',
		label_sv: 'Andel som under de senaste tolv månaderna ofta varit oroliga för att utsättas för brott',
		unit: 'procent',
		polarity: 'lower_is_better'
	}
];
const v = (
	indicator_id: string,
	place_type: string,
	place_id: string,
	year: number,
	grp: string,
	value: number,
	provenance = 'official'
): IndicatorValue => ({
	indicator_id,
	place_type,
	place_id,
	year,
	grp,
	value,
	provenance,
	source_ref: 'https://example.test/' + indicator_id
});
const values: IndicatorValue[] = [
	v('se_ingen_tobak', 'stad', 'stockholm', 2018, 'ak9', 87),
	v('se_ingen_tobak', 'stad', 'stockholm', 2020, 'ak9', 84),
	v('se_ingen_tobak', 'stad', 'stockholm', 2022, 'ak9', 82),
	v('se_ingen_tobak', 'stad', 'stockholm', 2020, 'gy2', 68),
	v('se_ingen_tobak', 'stad', 'stockholm', 2022, 'gy2', 68),
	v('se_ofta_ledsen_deppig', 'stad', 'stockholm', 2022, 'ak9', 34),
	v('tm_oro_brott_ofta', 'stad', 'stockholm', 2017, 'alla', 11),
	v('tm_oro_brott_ofta', 'stad', 'stockholm', 2020, 'alla', 9),
	v('tm_oro_brott_ofta', 'stadsdelsomrade', 'farsta', 2017, 'alla', 12),
	v('tm_oro_brott_ofta', 'stadsdelsomrade', 'farsta', 2020, 'alla', 12),
	v('tm_oro_brott_ofta', 'stadsdelsomrade', 'rinkeby-kista', 2017, 'alla', 21),
	v('tm_oro_brott_ofta', 'stadsdelsomrade', 'rinkeby-kista', 2020, 'alla', 11),
	// a quoted figure never counts as the official series
	v('tm_oro_brott_ofta', 'stadsdelsomrade', 'rinkeby-kista', 2023, 'alla', 30, 'quoted_in_plan'),
	v('tm_oro_brott_ofta', 'stadsdelsomrade', 'rinkeby-kista', 2020, 'funktionsnedsattning', 12, 'quoted_in_plan')
];

describe('parseCitation', () => {
	it('parseCitation(raw) reads the source and the year, and no year where none is given', () => {
		expect(parseCitation('stockholmsenkaten:2022')).toEqual({
			raw: 'stockholmsenkaten:2022',
			source: 'stockholmsenkaten',
			year: 2022
		});
		expect(parseCitation('lob')).toEqual({ raw: 'lob', source: 'lob', year: null });
	});
});

describe('direction', () => {
	it('direction(polarity, prev, value) follows the polarity and keeps neutral without a direction', () => {
		expect(direction('higher_is_better', 84, 82)).toBe('forsamrad');
		expect(direction('lower_is_better', 21, 11)).toBe('forbattrad');
		expect(direction('lower_is_better', 12, 12)).toBe('oforandrad');
		expect(direction('neutral', 229, 387)).toBe('utan_riktning');
	});
});

describe('compareCitation', () => {
	it('compareCitation falls back to the city and finds the worsened tobacco share for åk 9 (84 -> 82)', () => {
		const r = compareCitation('stockholmsenkaten:2022', 'skarpnack', indicators, values);
		expect(r.level).toBe('stad');
		expect(
			r.comparisons.map((c) => [c.indicator_id, c.grp, c.prev_year, c.prev_value, c.year, c.value, c.direction])
		).toEqual([
			['se_ingen_tobak', 'ak9', 2020, 84, 2022, 82, 'forsamrad'],
			['se_ingen_tobak', 'gy2', 2020, 68, 2022, 68, 'oforandrad']
		]);
		expect(r.worsened).toHaveLength(1);
		expect(r.no_series_reason).toBeNull();
	});

	it('compareCitation uses the district when it has the series, and ignores quoted figures', () => {
		const r = compareCitation('trygghetsmatningen:2020', 'rinkeby-kista', indicators, values);
		expect(r.level).toBe('stadsdelsomrade');
		expect(r.comparisons).toHaveLength(1);
		expect(r.comparisons[0]).toMatchObject({
			place_id: 'rinkeby-kista',
			prev_year: 2017,
			prev_value: 21,
			value: 11,
			direction: 'forbattrad'
		});
		expect(r.worsened).toEqual([]);
	});

	it('compareCitation says "ingen jämförbar serie" when the cited year has no official value (trygghetsmätningen 2023)', () => {
		const r = compareCitation('trygghetsmatningen:2023', 'skarpnack', indicators, values);
		expect(r.level).toBeNull();
		expect(r.comparisons).toEqual([]);
		expect(r.no_series_reason).toMatch(/^ingen jämförbar serie/);
	});

	it('compareCitation does not compare a series that has the cited year but no earlier value', () => {
		const only = values.filter((x) => x.indicator_id === 'se_ofta_ledsen_deppig');
		const r = compareCitation('stockholmsenkaten:2022', 'skarpnack', indicators, only);
		expect(r.level).toBeNull();
		expect(r.no_series_reason).toBe('ingen jämförbar serie: 2022 finns men inget tidigare värde i samma serie');
	});

	it('compareCitation never guesses a year for a citation without one', () => {
		const r = compareCitation('lob', 'farsta', indicators, values);
		expect(r.no_series_reason).toBe('ingen jämförbar serie: hänvisningen anger inget år');
	});
});

describe('describeVerdict', () => {
	it('describeVerdict names the indicator, the years, the values and the area level', async () => {
		const { describeVerdict } = await import('$lib/views/tackning/describe');
		const r = compareCitation('stockholmsenkaten:2022', 'skarpnack', indicators, values);
		expect(describeVerdict(r, 'Skarpnäck')).toBe(
			'Jämfört för staden (stadsdelen saknar jämförbar serie): ' +
				'Andel elever som inte använder tobak (cigaretter eller snus), åk 9: 84 % (2020) → 82 % (2022), försämrad; ' +
				'Andel elever som inte använder tobak (cigaretter eller snus), gy 2: 68 % (2020) → 68 % (2022), oförändrad.'
		);
		expect(
			describeVerdict(compareCitation('trygghetsmatningen:2023', 'skarpnack', indicators, values), 'Skarpnäck')
		).toBe('ingen jämförbar serie: inga officiella värden för 2023 i stadsdelen eller staden');
	});
});
