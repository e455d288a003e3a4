// One definition per metric (src/lib/views/metrics.ts), checked where two views
// show the same cell. "Åtgärder per orsak" for Enskede-Årsta-Vantör 2025, Unga i
// riskzon, read by hand in data/raw/enskede-arsta-vantor-atgardsplan-2025.txt:
// - the plan's own analysis sheet, lines 2493-2494: "Unga i riskzon 4 17 13"
//   (4 problems, 17 identified causes, 13 measures);
// - the 17 causes are lines 123-221, the 13 measures lines 245-518.
// The PDF keeps the measures' column apart from the causes' column, so the
// reading links only 7 measures to a cause; the plan still states 13 measures
// for 17 causes. 13 / 17 = 0,76, shown "0,8" in Jämför and in Täckning alike.
import { describe, expect, it } from 'vitest';
import { METRIC_IDS, METRICS, measuresPerCause, sharePercent } from '$lib/views/metrics';
import { cellValue, compareGrid } from '$lib/views/jamfor/model';
import { compareQuery, type CompareRow } from '$lib/views/jamfor/queries';
import { cellMeasuresPerCause } from '$lib/views/tackning/matrix';
import { COVERAGE_MATRIX_SQL, type CoverageRow } from '$lib/views/tackning/queries';
import { formatDecimal } from '$lib/format';
import { sql } from '../../dataset';

const PLAN = 'enskede-arsta-vantor-atgardsplan-2025';

describe('metrics', () => {
	it('every metric has a Swedish name, a one-sentence definition and a computation', () => {
		for (const id of METRIC_IDS) {
			const m = METRICS[id];
			expect(m.id).toBe(id);
			expect(m.name).toMatch(/^[A-ZÅÄÖ]/);
			expect(m.definition).toMatch(/^[A-ZÅÄÖ].*\.$/);
			expect(m.definition.split('. ').length).toBe(1);
			expect(m.computed.length).toBeGreaterThan(5);
		}
	});

	it('measuresPerCause and sharePercent give null, never 0 or ∞, with nothing to divide by', () => {
		expect(measuresPerCause(13, 17)).toBeCloseTo(0.7647, 4);
		expect(measuresPerCause(9, 0)).toBeNull();
		expect(sharePercent(1, 4)).toBe(25);
		expect(sharePercent(0, 0)).toBeNull();
	});

	it('Åtgärder per orsak is 0,8 (13 / 17, seed lines 2493-2494) in Jämför and in Täckning for EÅV 2025, Unga i riskzon', async () => {
		const { sql: compareSql, params } = compareQuery({ years: [2025], districts: [], areas: [] });
		const grid = compareGrid(await sql<CompareRow>(compareSql, params as (string | number)[]));
		const jamfor = cellValue('measures_per_cause', grid.cell(PLAN, 'unga-i-riskzon')!);
		const tackning = (await sql<CoverageRow>(COVERAGE_MATRIX_SQL)).find(
			(r) => r.plan_id === PLAN && r.area_id === 'unga-i-riskzon'
		)!;
		expect([tackning.measures, tackning.causes]).toEqual([13, 17]);
		expect(jamfor).toMatchObject({ text: '0,8', part: 13, whole: 17 });
		expect(formatDecimal(cellMeasuresPerCause(tackning))).toBe(jamfor.text);
		expect(cellMeasuresPerCause(tackning)).toBe(jamfor.value);
	});
});
