// The view's SQL against the built dataset (npm run build:data). Numbers
// checked with `npm run sql` and against the raw lines named below.
import { describe, expect, it } from 'vitest';
import {
	CAUSE_COLUMN_SQL,
	COVERAGE_CAUSES_SQL,
	COVERAGE_INDICATORS_SQL,
	COVERAGE_MATRIX_SQL,
	COVERAGE_VALUES_SQL,
	type CauseColumnRow,
	type CoverageCauseRow,
	type CoverageRow
} from '$lib/views/tackning/queries';
import {
	CITING_MEASURES_SQL,
	INDICATOR_LIST_SQL,
	INDICATOR_VALUES_SQL,
	type CitingMeasureRow,
	type IndicatorListRow,
	type IndicatorValueRow
} from '$lib/views/indikatorer/queries';
import { citationComparer, type IndicatorMeta, type IndicatorValue } from '$lib/views/tackning/cited-indicators';
import { sql } from '../../../dataset';

describe('COVERAGE_MATRIX_SQL', () => {
	it('COVERAGE_MATRIX_SQL counts Enskede-Årsta-Vantör, unga i riskzon: 17 causes, none without measure, 13 measures, all linked', async () => {
		// enskede-arsta-vantor-atgardsplan-2025.txt: the analysis sheet (line 2494) states
		// 4 problems, 17 causes, 13 measures. Every cause row 123-221 has its Åtgärd row
		// (lines 245-518): 144-156 -> 293, 162/165 -> 316 (one merged cell), 173-186 -> 346
		// (merged over four rows, repeated at 411), 188-190 -> 389; see the pdf-columns test.
		const rows = await sql<CoverageRow>(COVERAGE_MATRIX_SQL);
		const c = rows.find(
			(r) => r.plan_id === 'enskede-arsta-vantor-atgardsplan-2025' && r.area_id === 'unga-i-riskzon'
		)!;
		expect([
			c.problems,
			c.causes,
			c.causes_without_measure,
			c.causes_link_unknown,
			c.measures,
			c.measures_linked,
			c.with_goal
		]).toEqual([4, 17, 0, 0, 13, 13, 13]);
	});
	it('COVERAGE_MATRIX_SQL finds no cause without a measure in any seed (every cause row has its measure)', async () => {
		// Skarpnäck 2024: every tab row with an Orsak (lines 19-72) has an Åtgärd in its own row; EÅV 2025: above.
		const rows = await sql<CoverageRow>(COVERAGE_MATRIX_SQL);
		expect(rows.reduce((a, r) => a + r.causes_without_measure + r.causes_link_unknown, 0)).toBe(0);
	});
	it("CAUSE_COLUMN_SQL finds Farsta's Orsak column header at line 19 and none for Skärholmen", async () => {
		// farsta-atgardsplan-2024.txt line 19: "Prioriterat samverkansområde<TAB>Orsak<TAB>Åtgärd<TAB>När"
		const rows = await sql<CauseColumnRow>(CAUSE_COLUMN_SQL);
		expect(rows.map((r) => [r.plan_id, r.header_line])).toEqual([
			['farsta-atgardsplan-2024', 19],
			['skarholmen-gemensam-atgardsplan-utan-ar', null]
		]);
	});
	it('COVERAGE_MATRIX_SQL gives Farsta 28 measures and 0 causes in the whole plan (no cause column)', async () => {
		const rows = (await sql<CoverageRow>(COVERAGE_MATRIX_SQL)).filter((r) => r.plan_id === 'farsta-atgardsplan-2024');
		expect(rows.reduce((a, r) => a + r.measures, 0)).toBe(28);
		expect(rows.every((r) => r.plan_causes === 0 && r.causes === 0)).toBe(true);
	});
	it('COVERAGE_MATRIX_SQL leaves the lägesbild out', async () => {
		const rows = await sql<CoverageRow>(COVERAGE_MATRIX_SQL);
		expect(rows.some((r) => r.plan_id === 'enskede-arsta-vantor-lagesbild-2022')).toBe(false);
	});
});

describe('COVERAGE_CAUSES_SQL', () => {
	it('COVERAGE_CAUSES_SQL lists no cause without a measure and 10 causes that cite a survey', async () => {
		const rows = await sql<CoverageCauseRow>(COVERAGE_CAUSES_SQL);
		expect(rows.filter((r) => r.link_status !== 'linked')).toHaveLength(0);
		const cited = rows.filter((r) => r.cited_sources.length > 0);
		expect(cited).toHaveLength(10);
		// skarpnack-atgardsplan-2024.txt line 19: "Enligt Stockholmsenkäten (2022) har det skett en ökning av o…"
		expect(cited.find((r) => r.line_start === 19)?.cited_sources).toEqual(['stockholmsenkaten:2022']);
	});
});

describe('citations of the seeds, matched on subject', () => {
	it('Skarpnäck lines 19, 22 and 29 are no longer "försämrad" from the tobacco series', async () => {
		const [causes, indicators, values] = await Promise.all([
			sql<CoverageCauseRow>(COVERAGE_CAUSES_SQL),
			sql<IndicatorMeta>(COVERAGE_INDICATORS_SQL),
			sql<IndicatorValue>(COVERAGE_VALUES_SQL)
		]);
		const compare = citationComparer(indicators, values);
		const verdict = (line: number) => {
			const c = causes.find((x) => x.plan_id === 'skarpnack-atgardsplan-2024' && x.line_start === line)!;
			return compare(c.cited_sources[0], c.district_id, c.text);
		};
		// Line 19: "ökning av otrygghet i sitt bostadsområde". The plan's own figure (5 %, read from
		// line 19) is the only value on that subject; Stockholmsenkäten publishes none here.
		expect(verdict(19).subjects).toEqual(['otrygghet']);
		expect(verdict(19).no_series_reason).toBe(
			'ingen jämförbar serie: inga officiella värden för 2022 i stadsdelen eller staden'
		);
		// Line 22: narkotika; line 29: psykisk ohälsa. Neither is compared with tobacco.
		for (const line of [19, 22, 29]) {
			const v = verdict(line);
			expect(v.comparisons.filter((c) => c.indicator_id.includes('tobak'))).toEqual([]);
			expect(v.worsened.filter((c) => c.indicator_id.includes('tobak'))).toEqual([]);
		}
		expect(verdict(22).subjects).toEqual(['narkotika']);
		expect(verdict(29).subjects).toEqual(['psykisk_ohalsa']);
		// The narcotics and "ledsna och deppiga" series have 2022 (city, åk 9) and nothing earlier
		// (data/indicators/indicator_values.csv), so nothing is compared.
		expect(verdict(22).no_series_reason).toBe(
			'ingen jämförbar serie: 2022 finns men inget tidigare värde i samma serie'
		);
		expect(verdict(29).no_series_reason).toBe(
			'ingen jämförbar serie: 2022 finns men inget tidigare värde i samma serie'
		);
		// Line 21 ("ungdomar som stör ordningen") has no trygghetsmätningen series on its subject.
		expect(verdict(21).no_series_reason).toContain('ordningsstörningar');
	});
});

describe('INDICATOR_LIST_SQL / INDICATOR_VALUES_SQL / CITING_MEASURES_SQL', () => {
	it('INDICATOR_LIST_SQL puts tm_oro_brott_ofta first (8 district values, 13 in all)', async () => {
		const [first] = await sql<IndicatorListRow>(INDICATOR_LIST_SQL);
		expect([first.indicator_id, first.district_values, first.all_values]).toEqual(['tm_oro_brott_ofta', 8, 13]);
	});
	it('INDICATOR_VALUES_SQL returns Farsta 2017 = 12 and 2020 = 12, and the city 2014/2017/2020 = 8/11/9', async () => {
		const rows = await sql<IndicatorValueRow>(INDICATOR_VALUES_SQL, ['tm_oro_brott_ofta']);
		const pick = (type: string, id: string) =>
			rows.filter((r) => r.place_type === type && r.place_id === id && r.grp === 'alla').map((r) => [r.year, r.value]);
		expect(pick('stadsdelsomrade', 'farsta')).toEqual([
			[2017, 12],
			[2020, 12]
		]);
		expect(pick('stad', 'stockholm')).toEqual([
			[2014, 8],
			[2017, 11],
			[2020, 9]
		]);
	});
	it('CITING_MEASURES_SQL finds the measures answering causes that cite trygghetsmätningen (7 rows)', async () => {
		const rows = await sql<CitingMeasureRow>(CITING_MEASURES_SQL, ['trygghetsmatningen']);
		expect(rows).toHaveLength(7);
		expect(rows.every((r) => r.plan_id === 'skarpnack-atgardsplan-2024' && r.cited === 'trygghetsmatningen:2023')).toBe(
			true
		);
	});
});
