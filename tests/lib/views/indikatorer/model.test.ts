// What the Indikatorer page shows, shaped from the built dataset (npm run
// build:data). Figures from data/indicators/indicator_values.csv:
// tm_oro_brott_ofta has 8 district values (Bromma, Farsta, Rinkeby-Kista and
// Spånga-Tensta, 2017 and 2020; Rinkeby-Kista 21 and 11, line 143) and 5 for the city (lines 134-138: 2014, 2017,
// and three groups in 2020); plan_sig_ungdomar_nya has no official value, only
// the two figures farsta-atgardsplan-2024.txt quotes on line 39.
import { describe, expect, it } from 'vitest';
import {
	DISTRICTS_SQL,
	INDICATOR_LIST_SQL,
	INDICATOR_VALUES_SQL,
	chosenIndicator,
	districtLabel,
	indicatorModel,
	indicatorSources,
	levelCounts,
	listSv,
	yearSpan,
	type DistrictRow,
	type IndicatorListRow,
	type IndicatorValueRow
} from '$lib/views/indikatorer';
import { label } from '$lib/labels';
import { sql } from '../../../dataset';

const load = async (id: string) => ({
	list: await sql<IndicatorListRow>(INDICATOR_LIST_SQL),
	districts: await sql<DistrictRow>(DISTRICTS_SQL),
	values: await sql<IndicatorValueRow>(INDICATOR_VALUES_SQL, [id])
});
const indicatorOf = (list: IndicatorListRow[], id: string) => chosenIndicator(list, id, null).indicator;

describe('indicatorModel on the built dataset', () => {
	it('tm_oro_brott_ofta without a chosen district: the first district with official values, its sentence and counts', async () => {
		const { list, districts, values } = await load('tm_oro_brott_ofta');
		const m = indicatorModel(indicatorOf(list, 'tm_oro_brott_ofta'), values, districts, null);
		expect([m.districtId, m.districtName, m.unit, m.yLabel]).toEqual(['bromma', 'Bromma', 'procent', 'Andel (%)']);
		expect(m.levelCounts).toEqual(['stadsdelsområde 8', 'staden 5']);
		expect([m.lastDistrictYear, m.otherDistricts, m.valuesOf('farsta'), m.valuesOf('skarpnack')]).toEqual([
			2020, 4, 2, 0
		]);
		expect(m.trendFigure.summary).toBe(
			'2 officiella värden för Bromma, 5 för staden och 0 siffror citerade i planer, år 2014–2020. ' +
				'Linjer binder bara ihop på varandra följande mättillfällen.'
		);
		expect(m.trendFigure.title).toBe(
			'Andel som under de senaste tolv månaderna ofta varit oroliga för att utsättas för brott: Bromma och staden'
		);
		expect([m.trendFigure.filename, m.multiplesFigure.filename]).toEqual([
			'planbild-tm_oro_brott_ofta-bromma',
			'planbild-tm_oro_brott_ofta-stadsdelar'
		]);
		expect(m.chartOptions).toEqual({ interval: 3, yLabel: 'Andel (%)' });
		expect(m.multiples.facets).toEqual(['Bromma', 'Farsta', 'Rinkeby-Kista (f.d.)', 'Spånga-Tensta (f.d.)']);
		expect(m.multiplesFigure.summary).toBe(
			'4 stadsdelar med värden för gruppen alla, på samma skalor; streckad linje är staden.'
		);
		expect([m.cadence.interval, m.cadenceShort, m.gaps]).toEqual([3, 'vart tredje år', []]);
		expect(m.officialRefs).toHaveLength(4);
		expect(m.quoted).toEqual([]);
	});

	it('a chosen former district is named with the district it is now part of', async () => {
		const { list, districts, values } = await load('tm_oro_brott_ofta');
		const m = indicatorModel(indicatorOf(list, 'tm_oro_brott_ofta'), values, districts, 'rinkeby-kista');
		expect(m.districtName).toBe('Rinkeby-Kista (f.d., ingår nu i Järva)');
		expect(m.trend.filter((p) => p.role === 'district').map((p) => [p.year, p.value])).toEqual([
			[2017, 21],
			[2020, 11]
		]);
		expect(districtLabel(districts, 'farsta')).toBe('Farsta');
		expect(districtLabel(districts, 'ingen-sadan')).toBe('ingen-sadan');
	});

	it('plan_sig_ungdomar_nya: only quoted figures, no official district, an empty trend said in words', async () => {
		const { list, districts, values } = await load('plan_sig_ungdomar_nya');
		const m = indicatorModel(indicatorOf(list, 'plan_sig_ungdomar_nya'), values, districts, null);
		expect([m.districtId, m.yLabel, m.lastDistrictYear, m.officialRefs]).toEqual([null, 'Antal', 0, []]);
		expect(m.quoted.map((q) => [q.year, q.value, q.source_ref])).toEqual([
			[2023, 10, 'farsta-atgardsplan-2024.txt:39'],
			[2024, 9, 'farsta-atgardsplan-2024.txt:39']
		]);
		expect(m.trendFigure.summary).toBe('Varken någon stadsdel eller staden har värden för indikatorn.');
		expect(m.multiplesFigure.summary).toMatch(/^1 stadsdel med värden/);
	});

	it('chosenIndicator takes the URL, else the first of the list, else the prerendered default', async () => {
		const { list } = await load('tm_oro_brott_ofta');
		expect(chosenIndicator(list, 'tm_oro_brott_ofta', null).indicator?.indicator_id).toBe('tm_oro_brott_ofta');
		expect(chosenIndicator(list, null, 'x').id).toBe(list[0].indicator_id);
		expect(chosenIndicator([], null, 'x')).toEqual({ id: 'x', indicator: null });
		expect(chosenIndicator(list, 'ingen-sadan', null).indicator).toBeNull();
		const sources = indicatorSources(list);
		expect(new Set(sources)).toEqual(new Set(list.map((i) => i.source)));
		const names = sources.map((s) => label('indicator_source', s));
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sv-SE')));
	});
});

describe('small helpers', () => {
	it('yearSpan, listSv and levelCounts say it in Swedish', () => {
		expect([yearSpan([2017]), yearSpan([2020, 2014, 2017])]).toEqual(['år 2017', 'år 2014–2020']);
		expect([listSv([]), listSv(['2014']), listSv(['2014', '2016', '2018'])]).toEqual([
			'',
			'2014',
			'2014, 2016 och 2018'
		]);
		const v = (place_type: string) => ({ place_type }) as IndicatorValueRow;
		expect(levelCounts([v('stad'), v('stadsdelsomrade'), v('stad')])).toEqual(['staden 2', 'stadsdelsområde 1']);
	});
});
