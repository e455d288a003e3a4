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
		polarity: 'higher_is_better',
		definition:
			'Andel elever som inte använder tobak (varken cigaretter eller snus), enligt Stockholmsenkäten (skolenkät i åk 9 och gymnasiets år 2, vartannat år).'
	},
	{
		indicator_id: 'se_ofta_ledsen_deppig',
		source: 'stockholmsenkaten',
		label_sv: 'Andel som ofta är ledsna och deppiga utan att veta varför',
		unit: 'procent',
		polarity: 'lower_is_better',
		definition:
			'Andel elever som ofta är ledsna och deppiga utan att veta varför, enligt Stockholmsenkäten (skolenkät i åk 9 och gymnasiets år 2, vartannat år).'
	},
	{
		indicator_id: 'se_antal_svar',
		source: 'stockholmsenkaten',
		label_sv: 'Antal svarande elever i Stockholmsenkäten',
		unit: 'antal',
		polarity: 'neutral',
		definition: 'Antal elever som besvarade Stockholmsenkäten i området och gruppen.'
	},
	{
		indicator_id: 'se_testat_narkotika',
		source: 'stockholmsenkaten',
		label_sv: 'Andel elever som någon gång testat narkotika',
		unit: 'procent',
		polarity: 'lower_is_better',
		definition:
			'Andel elever som någon gång testat narkotika, enligt Stockholmsenkäten (skolenkät i åk 9 och gymnasiets år 2, vartannat år).'
	},
	{
		indicator_id: 'tm_oro_brott_ofta',
		source: 'trygghetsmatningen',
		label_sv: 'Andel som under de senaste tolv månaderna ofta varit oroliga för att utsättas för brott',
		unit: 'procent',
		polarity: 'lower_is_better',
		definition:
			'Andel som under de senaste tolv månaderna ofta (varje dag eller någon dag i veckan) varit oroliga för att utsättas för brott av något slag, enligt Stockholms stads trygghetsmätning (genomförs vart tredje år). Inte jämförbar med tm_oro_brott_ospec.'
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
// The causes' own text (data/raw/skarpnack-atgardsplan-2024.txt, Orsak column).
const LINE_19 =
	'Enligt Stockholmsenkäten (2022) har det skett en ökning av otrygghet i sitt bostadsområde bland barn/ungdomar i skolålder med 5 % sedan föregående mätning. Flickor uppper i högre utsträckning otrygghet än pojkar.';
const LINE_22 =
	'I Stockholmsenkäten (2022) sticker pojkar i års 2 i gymnasiet ut i frågan om det har använt sig av narkotika de senaste 4-veckorna.';
const LINE_29 =
	'Enligt stockholmenkäten (2022) lider fler flickor än pojkar av psykisk ohälsa, men en ökning har skett för båda könen sedan föregående mätning.';
const LINE_35 =
	'Av andelen som svarat att de känner sig mycket otrygga eller inte går ut ensam på kvällen av oro för att utsätts för brott i trygghetsmätningen (2023), ligger Skarpnäcks statsdel strax över snittet i staden.';
// Not from a seed: a cause about tobacco, to show that a matching series is still compared.
const TOBACCO = 'Enligt Stockholmsenkäten (2022) använder fler elever i åk 9 tobak än förra mätningen.';

const values: IndicatorValue[] = [
	v('se_ingen_tobak', 'stad', 'stockholm', 2018, 'ak9', 87),
	v('se_ingen_tobak', 'stad', 'stockholm', 2020, 'ak9', 84),
	v('se_ingen_tobak', 'stad', 'stockholm', 2022, 'ak9', 82),
	v('se_ingen_tobak', 'stad', 'stockholm', 2020, 'gy2', 68),
	v('se_ingen_tobak', 'stad', 'stockholm', 2022, 'gy2', 68),
	v('se_ofta_ledsen_deppig', 'stad', 'stockholm', 2022, 'ak9', 34),
	v('se_testat_narkotika', 'stad', 'stockholm', 2020, 'ak9', 9),
	v('se_testat_narkotika', 'stad', 'stockholm', 2022, 'ak9', 12),
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
		const r = compareCitation('stockholmsenkaten:2022', 'skarpnack', indicators, values, TOBACCO);
		expect(r.subjects).toEqual(['tobak']);
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
		const r = compareCitation('trygghetsmatningen:2020', 'rinkeby-kista', indicators, values, LINE_35);
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
		const r = compareCitation('trygghetsmatningen:2023', 'skarpnack', indicators, values, LINE_35);
		expect(r.level).toBeNull();
		expect(r.comparisons).toEqual([]);
		expect(r.no_series_reason).toMatch(/^ingen jämförbar serie/);
	});

	it('compareCitation does not compare a series that has the cited year but no earlier value', () => {
		const only = values.filter((x) => x.indicator_id === 'se_ofta_ledsen_deppig');
		const r = compareCitation('stockholmsenkaten:2022', 'skarpnack', indicators, only, LINE_29);
		expect(r.level).toBeNull();
		expect(r.no_series_reason).toBe('ingen jämförbar serie: 2022 finns men inget tidigare värde i samma serie');
	});

	it('compareCitation never guesses a year for a citation without one', () => {
		const r = compareCitation('lob', 'farsta', indicators, values, 'LOB-ärenden ökar');
		expect(r.no_series_reason).toBe('ingen jämförbar serie: hänvisningen anger inget år');
	});
});

describe('compareCitation on subject', () => {
	it('compareCitation never compares Skarpnäck line 19 (otrygghet) with the tobacco series: no Stockholmsenkäten series on it', () => {
		const r = compareCitation('stockholmsenkaten:2022', 'skarpnack', indicators, values, LINE_19);
		expect(r.subjects).toEqual(['otrygghet']);
		expect(r.comparisons).toEqual([]);
		expect(r.worsened).toEqual([]);
		expect(r.no_series_reason).toBe(
			'ingen jämförbar serie: orsaken handlar om otrygghet, och ingen serie från samma undersökning mäter det'
		);
	});
	it('compareCitation compares Skarpnäck line 22 (narkotika) only with the narcotics series', () => {
		const r = compareCitation('stockholmsenkaten:2022', 'skarpnack', indicators, values, LINE_22);
		expect(r.subjects).toEqual(['narkotika']);
		expect(r.comparisons.map((c) => [c.indicator_id, c.grp, c.prev_value, c.value, c.direction])).toEqual([
			['se_testat_narkotika', 'ak9', 9, 12, 'forsamrad']
		]);
	});
	it('compareCitation matches Skarpnäck line 29 (psykisk ohälsa) with "ledsna och deppiga", never with tobacco', () => {
		const r = compareCitation('stockholmsenkaten:2022', 'skarpnack', indicators, values, LINE_29);
		expect(r.subjects).toEqual(['psykisk_ohalsa']);
		// The only such series has 2022 and nothing earlier.
		expect(r.comparisons).toEqual([]);
		expect(r.no_series_reason).toBe('ingen jämförbar serie: 2022 finns men inget tidigare värde i samma serie');
	});
	it('compareCitation gives no series when the cause does not say what was measured', () => {
		const r = compareCitation(
			'stockholmsenkaten:2022',
			'skarpnack',
			indicators,
			values,
			'Enligt Stockholmsenkäten 2022.'
		);
		expect(r.no_series_reason).toBe('ingen jämförbar serie: orsakens text säger inte vad den citerade siffran mäter');
	});
});

describe('describeVerdict', () => {
	it('describeVerdict names the indicator, the years, the values and the area level', async () => {
		const { describeVerdict } = await import('$lib/views/tackning/describe');
		const r = compareCitation('stockholmsenkaten:2022', 'skarpnack', indicators, values, TOBACCO);
		expect(describeVerdict(r, 'Skarpnäck')).toBe(
			'Jämfört för staden (stadsdelen saknar jämförbar serie): ' +
				'Andel elever som inte använder tobak (cigaretter eller snus), åk 9: 84 % (2020) → 82 % (2022), försämrad; ' +
				'Andel elever som inte använder tobak (cigaretter eller snus), gy 2: 68 % (2020) → 68 % (2022), oförändrad.'
		);
		expect(
			describeVerdict(compareCitation('trygghetsmatningen:2023', 'skarpnack', indicators, values, LINE_35), 'Skarpnäck')
		).toBe('ingen jämförbar serie: inga officiella värden för 2023 i stadsdelen eller staden');
	});
});
