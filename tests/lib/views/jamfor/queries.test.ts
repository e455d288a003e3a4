// The Jämför SQL against the built dataset (npm run build:data), with numbers
// checked by hand in the raw documents:
// - Skarpnäck 2024 (tsv-rows): data rows under each header line 17/31/42/51/67,
//   template rows (18, 32, 43, 52, 68) left out: Unga 19-24, 26-29 = 10; Otrygga 33-38, 40 = 7;
//   Systemhotande 44-49 = 6; Särskilt utsatta 53-60, 62-65 = 12; Kriminella 69-72 = 4.
// - Enskede-Årsta-Vantör 2025 (pdf-columns): Unga 13 (lines 245-518), Otrygga 10 (725-937),
//   Systemhotande 5 (1318-1432), Särskilt utsatta 5 (1807-1911), Kriminella 6 (2316-2431).
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellValue, compareGrid, recordsBehind } from '$lib/views/jamfor/model';
import {
	CELL_RECORDS_SQL,
	compareQuery,
	filterCompareRows,
	type CellRecordRow,
	type CompareFilters,
	type CompareRow
} from '$lib/views/jamfor/queries';
import { causeAnswers, shownRecords } from '$lib/views/jamfor/records';
import { chartPoints, chartSummary, selectedCell } from '$lib/views/jamfor/selection';
import { ROOT } from '../../../helpers';

let instance: DuckDBInstance;
let con: DuckDBConnection;

beforeAll(async () => {
	instance = await DuckDBInstance.create(join(ROOT, 'static/data/planbild.duckdb'), { access_mode: 'READ_ONLY' });
	con = await instance.connect();
});
afterAll(() => {
	con?.closeSync();
	instance?.closeSync();
});

async function run<T>(sql: string, params: unknown[] = []): Promise<T[]> {
	const reader = params.length ? await con.runAndReadAll(sql, params as never) : await con.runAndReadAll(sql);
	return reader.getRowObjectsJson() as unknown as T[];
}

const NONE: CompareFilters = { years: [], districts: [], areas: [] };
const compare = (f: Partial<CompareFilters> = {}) => {
	const q = compareQuery({ ...NONE, ...f });
	return run<CompareRow>(q.sql, q.params);
};
const byArea = (rows: CompareRow[], plan: string, key: keyof CompareRow) =>
	Object.fromEntries(rows.filter((r) => r.plan_id === plan).map((r) => [r.area_id, r[key]]));

describe('compareQuery', () => {
	it('compareQuery(no filters) takes each district’s newest action plan, never the lägesbild', async () => {
		const rows = await compare();
		const plans = [...new Set(rows.map((r) => r.plan_id))].sort();
		expect(plans).toEqual([
			'enskede-arsta-vantor-atgardsplan-2025',
			'farsta-atgardsplan-2024',
			'skarholmen-gemensam-atgardsplan-utan-ar',
			'skarpnack-atgardsplan-2024'
		]);
	});

	it('compareQuery(no filters) counts measures per area as the documents list them', async () => {
		const rows = await compare();
		expect(byArea(rows, 'skarpnack-atgardsplan-2024', 'measures')).toMatchObject({
			'unga-i-riskzon': 10,
			'otrygga-platser': 7,
			'systemhotande-brottslighet': 6,
			'sarskilt-utsatta-brottsoffer': 12,
			'kriminella-miljoer': 4
		});
		expect(byArea(rows, 'enskede-arsta-vantor-atgardsplan-2025', 'measures')).toMatchObject({
			'unga-i-riskzon': 13,
			'otrygga-platser': 10,
			'systemhotande-brottslighet': 5,
			'sarskilt-utsatta-brottsoffer': 5,
			'kriminella-miljoer': 6
		});
	});

	it('compareQuery(no filters) shows the five central areas always and other areas only where a plan has data', async () => {
		const rows = await compare();
		const areas = [...new Set(rows.map((r) => r.area_id))];
		expect(areas).toEqual([
			'unga-i-riskzon',
			'otrygga-platser',
			'systemhotande-brottslighet',
			'sarskilt-utsatta-brottsoffer',
			'kriminella-miljoer',
			'eget',
			'valdsbejakande-extremism',
			'otillatna-bosattningar'
		]);
		// 4 plans × 8 areas: a dense grid.
		expect(rows).toHaveLength(32);
	});

	it('compareQuery(year 2024) keeps only plans of that year (Skärholmen has none, EÅV’s is 2025)', async () => {
		const rows = await compare({ years: [2024] });
		expect([...new Set(rows.map((r) => r.plan_id))].sort()).toEqual([
			'farsta-atgardsplan-2024',
			'skarpnack-atgardsplan-2024'
		]);
		// The other-area columns vanish with Skärholmen: only the five central areas are left.
		expect(new Set(rows.map((r) => r.area_id)).size).toBe(5);
	});

	it('filterCompareRows gives the rows compareQuery gives with the same district and area filters', async () => {
		// Skärholmen alone has the areas outside the central five: without it they must vanish.
		const districtSets = [[], ['skarpnack'], ['skarholmen'], ['farsta', 'skarholmen'], ['farsta'], ['okand']];
		const areaSets = [[], ['unga-i-riskzon'], ['eget'], ['unga-i-riskzon', 'otillatna-bosattningar']];
		let compared = 0;
		for (const years of [[], [2024], [2025]]) {
			const all = await compare({ years });
			for (const districts of districtSets)
				for (const areas of areaSets) {
					const direct = await compare({ years, districts, areas });
					expect(filterCompareRows(all, { districts, areas })).toEqual(direct);
					compared += direct.length;
				}
		}
		expect(compared).toBeGreaterThan(100);
		const farsta = filterCompareRows(await compare(), { districts: ['farsta'], areas: [] });
		expect(new Set(farsta.map((r) => r.area_id)).size).toBe(5);
	});

	it('compareQuery(district, area) filters rows and columns but keeps the plan totals', async () => {
		const rows = await compare({ districts: ['skarpnack'], areas: ['unga-i-riskzon', 'kriminella-miljoer'] });
		expect(rows.map((r) => [r.area_id, r.measures, r.causes, r.linked_measures])).toEqual([
			['unga-i-riskzon', 10, 7, 10],
			['kriminella-miljoer', 4, 4, 4]
		]);
		expect(rows[0]).toMatchObject({ plan_measures: 39, plan_causes: 32, plan_with_goal: 0, layout: 'tsv-rows' });
	});

	it('compareQuery counts stated statuses, and those read from activity words apart (Farsta: 14 stated uppnådd)', async () => {
		// farsta-atgardsplan-2024.txt: 14 judgments "uppnått/uppfyllt" (see claims.test.ts). Tolkad,
		// all påbörjad: line 37 "sju allvarssamtal genomförts", line 39 "genomfördes", line 130
		// "fortgår" (activity, no judgment). Ej bedömd: lines 73-74 "Målet har ännu inte mätts"
		// and line 160 (no status word).
		const rows = await compare({ districts: ['farsta'] });
		const sum = (k: keyof CompareRow) => rows.reduce((s, r) => s + (r[k] as number), 0);
		expect([sum('uppnadd'), sum('delvis_uppnadd'), sum('paborjad'), sum('ej_uppnadd'), sum('ej_bedomd')]).toEqual([
			14, 5, 0, 3, 3
		]);
		expect([sum('tolkad'), sum('tolkad_uppnadd'), sum('tolkad_paborjad'), sum('stated')]).toEqual([3, 0, 3, 22]);
		expect(sum('saknas')).toBe(0);
	});
});

describe('cellValue over the built rows', () => {
	it('cellValue(measures_per_cause) divides measures by causes and says "–" where a plan has no causes', async () => {
		const grid = compareGrid(await compare());
		const eav = grid.cell('enskede-arsta-vantor-atgardsplan-2025', 'unga-i-riskzon')!;
		// 13 measures for 17 causes (tests/lib/views/metrics.test.ts names the lines).
		expect(cellValue('measures_per_cause', eav)).toMatchObject({ text: '0,8', part: 13, whole: 17 });
		const farsta = grid.cell('farsta-atgardsplan-2024', 'unga-i-riskzon')!;
		expect(cellValue('measures_per_cause', farsta)).toMatchObject({ value: null, text: '–' });
		expect(cellValue('causes', farsta)).toMatchObject({ value: null, reason: 'Planen anger inga orsaker' });
	});

	it('cellValue(share_goal) is "–" for Skarpnäck (no Operativa mål column) and a real share for EÅV', async () => {
		const grid = compareGrid(await compare());
		const ska = grid.cell('skarpnack-atgardsplan-2024', 'unga-i-riskzon')!;
		expect(cellValue('share_goal', ska)).toMatchObject({
			value: null,
			reason: 'Planens mall saknar kolumnen Operativa mål'
		});
		expect(cellValue('share_goal', grid.cell('enskede-arsta-vantor-atgardsplan-2025', 'otrygga-platser')!).text).toBe(
			'100 %'
		);
	});

	it('compareGrid(rows) orders districts å/ä/ö-correctly: Skarpnäck before Skärholmen', async () => {
		const grid = compareGrid(await compare());
		expect(grid.plans.map((p) => p.district_name)).toEqual([
			'Enskede-Årsta-Vantör',
			'Farsta',
			'Skarpnäck',
			'Skärholmen'
		]);
	});
});

describe('CELL_RECORDS_SQL', () => {
	it('CELL_RECORDS_SQL(plan, area) lists the 4 Kriminella measures of Skarpnäck with their lines and statuses', async () => {
		const records = await run<CellRecordRow>(CELL_RECORDS_SQL, ['skarpnack-atgardsplan-2024', 'kriminella-miljoer']);
		const measures = recordsBehind('measures', records);
		expect(measures.map((m) => [m.line_start, m.text.slice(0, 5)])).toEqual([
			[69, 'Närva'],
			[70, 'LOSAM'],
			[71, 'SIG'],
			[72, 'Pågåe']
		]);
		expect(recordsBehind('causes', records)).toHaveLength(4);
		expect(recordsBehind('problems', records)).toHaveLength(4);
	});

	it('the list under a cell shows a status read from activity words as tolkad, not as its status', async () => {
		// Lines 69-72, column Uppföljning: "Pågår enligt plan", "… pågår", "Pågår enligt plan", "… fortsätter …":
		// activity, no judgment.
		const records = await run<CellRecordRow>(CELL_RECORDS_SQL, ['skarpnack-atgardsplan-2024', 'kriminella-miljoer']);
		const o = { plan_id: 'skarpnack-atgardsplan-2024', area: 'Kriminella', includeInferred: false };
		const shown = shownRecords('attainment', records, o);
		expect(shown.map((r) => r.status)).toEqual([
			'≈ Tolkad (ingen bedömning): påbörjad? ur ”Pågår”',
			'≈ Tolkad (ingen bedömning): påbörjad? ur ”pågår”',
			'≈ Tolkad (ingen bedömning): påbörjad? ur ”Pågår”',
			'≈ Tolkad (ingen bedömning): påbörjad? ur ”fortsätter”'
		]);
		// Counted as uppnådd: no ("Nej"), with or without the tolkade (they are påbörjad).
		expect(shown.map((r) => r.counts)).toEqual(['Nej', 'Nej', 'Nej', 'Nej']);
		const opted = shownRecords('attainment', records, { ...o, includeInferred: true });
		expect(opted[0].status).toMatch(/Påbörjad \(tolkad ur ”Pågår”\)$/);
		// Each cause is answered by a measure (tsv-rows: one row, one cause, one measure).
		expect(shownRecords('causes', records, o).map((r) => r.counts)).toEqual(['1', '1', '1', '1']);
	});

	it('causeAnswers says "okänd" where the link could not be read, and the count where it could', () => {
		expect(causeAnswers({ answered_by: 0, link_status: 'unknown' })).toBe('okänd (kopplingen kunde inte läsas)');
		expect(causeAnswers({ answered_by: 0, link_status: 'none' })).toBe('0');
		expect(causeAnswers({ answered_by: 2, link_status: 'linked' })).toBe('2');
	});
});

describe('selectedCell, chartPoints, chartSummary', () => {
	it("finds the URL's cell, says when it is gone, and sums the chart up in one sentence", async () => {
		const grid = compareGrid(await compare());
		const opts = { includeInferred: false };
		// EÅV 2025, Unga i riskzon: 13 measures answer 17 causes (analysis sheet lines 2493-2494) = 0,8.
		const eav = 'enskede-arsta-vantor-atgardsplan-2025';
		const hit = selectedCell(grid, `${eav}:unga-i-riskzon`, 'measures_per_cause', opts);
		expect(hit && 'value' in hit ? hit.value.text : null).toBe('0,8');
		expect(selectedCell(grid, `${eav}:finns-inte`, 'measures_per_cause', opts)).toEqual({ missing: true });
		expect(selectedCell(grid, null, 'measures_per_cause', opts)).toBeNull();
		const points = chartPoints(grid, 'measures_per_cause', opts);
		expect(points).toHaveLength(grid.plans.length * grid.areas.length);
		const empty = points.filter((p) => p.value === null).length;
		expect(chartSummary(points, 'measures_per_cause', grid.plans.length, grid.areas.length)).toContain(
			`${empty} rutor saknar värde (–)`
		);
		expect(chartSummary([], 'measures', 0, 0)).toBe('Inga värden att visa för urvalet.');
	});
});
