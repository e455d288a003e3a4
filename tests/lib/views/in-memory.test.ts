// The views pick rows in memory from queries loaded once (Uppföljning) and
// compare citations once per (citation, district) (Täckning). These tests hold
// the in-memory paths to the same rows and verdicts as the per-choice SQL and
// the one-at-a-time comparison, on the built dataset.
import { describe, expect, it } from 'vitest';
import {
	citationComparer,
	compareCitation,
	type IndicatorMeta,
	type IndicatorValue
} from '$lib/views/tackning/cited-indicators';
import { cellIndex } from '$lib/views/tackning/matrix';
import { groupByPlan, planIds, rowsOfPlans } from '$lib/views/uppfoljning/selection';
import {
	COVERAGE_CAUSES_SQL,
	COVERAGE_INDICATORS_SQL,
	COVERAGE_MATRIX_SQL,
	COVERAGE_VALUES_SQL,
	type CoverageCauseRow,
	type CoverageRow
} from '$lib/views/tackning/queries';
import {
	ALL_FOLLOWUPS_SQL,
	ALL_MEASURES_SQL,
	FOLLOWUPS_SQL,
	MEASURES_SQL,
	PLAN_CHOICES_SQL,
	type FollowupEntryRow,
	type FollowupMeasureRow,
	type PlanChoiceRow
} from '$lib/views/uppfoljning/queries';
import { useDataset } from '../../dataset';

const db = useDataset();

describe('Uppföljning: every plan loaded once, picked in memory', () => {
	it('rowsOfPlans over ALL_MEASURES_SQL / ALL_FOLLOWUPS_SQL equals MEASURES_SQL / FOLLOWUPS_SQL for each plan and for all plans together', async () => {
		const choices = await db.all<PlanChoiceRow>(PLAN_CHOICES_SQL);
		const measures = await db.all<FollowupMeasureRow>(ALL_MEASURES_SQL);
		const followups = await db.all<FollowupEntryRow>(ALL_FOLLOWUPS_SQL);
		expect(measures).toHaveLength(147);
		expect(followups).toHaveLength(128);
		const mIndex = groupByPlan(measures);
		const fIndex = groupByPlan(followups);
		const sets = [...choices.map((c) => c.plan_id), planIds({ plans: choices })];
		for (const ids of sets) {
			expect(rowsOfPlans(mIndex, ids)).toEqual(await db.all(MEASURES_SQL, [ids]));
			expect(rowsOfPlans(fIndex, ids)).toEqual(await db.all(FOLLOWUPS_SQL, [ids]));
		}
		expect(rowsOfPlans(mIndex, '')).toEqual([]);
		expect(rowsOfPlans(mIndex, 'ingen-sadan-plan')).toEqual([]);
	});

	it('rowsOfPlans keeps the given order across plans', () => {
		const rows = [
			{ plan_id: 'b', n: 1 },
			{ plan_id: 'a', n: 2 },
			{ plan_id: 'c', n: 3 },
			{ plan_id: 'b', n: 4 }
		];
		const index = groupByPlan(rows);
		expect(index.get('b')!.rows.map((r) => r.n)).toEqual([1, 4]);
		expect(rowsOfPlans(index, 'c,b,b').map((r) => r.n)).toEqual([1, 3, 4]);
		expect(rowsOfPlans(index, 'a,b').map((r) => r.n)).toEqual([1, 2, 4]);
	});
});

describe('Täckning: verdicts once per citation and district', () => {
	it('citationComparer gives the same verdict as compareCitation for every cited cause, and for other districts', async () => {
		const causes = await db.all<CoverageCauseRow>(COVERAGE_CAUSES_SQL);
		const indicators = await db.all<IndicatorMeta>(COVERAGE_INDICATORS_SQL);
		const values = await db.all<IndicatorValue>(COVERAGE_VALUES_SQL);
		const compare = citationComparer(indicators, values);
		const cited = causes.flatMap((c) => c.cited_sources.map((raw) => ({ raw, district: c.district_id, text: c.text })));
		expect(cited).toHaveLength(10);
		const districts = [null, 'skarpnack', 'farsta', 'rinkeby-kista', 'enskede-arsta-vantor', 'ingen-sadan'];
		const raws = [...new Set(cited.map((c) => c.raw)), 'lob', 'stockholmsenkaten:2020', 'okand-kalla:2022'];
		const texts = [...new Set(cited.map((c) => c.text)), 'Tobaksbruket ökar bland elever.'];
		const pairs = [
			...cited,
			...raws.flatMap((raw) => districts.flatMap((district) => texts.map((text) => ({ raw, district, text }))))
		];
		for (const { raw, district, text } of pairs)
			expect(compare(raw, district, text)).toEqual(compareCitation(raw, district, indicators, values, text));
		// The same pair asked twice is the same verdict.
		const [c0] = cited;
		expect(compare(c0.raw, c0.district, c0.text)).toBe(compare(c0.raw, c0.district, c0.text));
	});

	it('cellIndex finds each matrix cell as a search from the top would', async () => {
		const rows = await db.all<CoverageRow>(COVERAGE_MATRIX_SQL);
		const index = cellIndex(rows);
		for (const r of rows)
			expect(index.get(`${r.plan_id}|${r.area_id}`)).toBe(
				rows.find((x) => x.plan_id === r.plan_id && x.area_id === r.area_id)
			);
		expect(index.size).toBe(rows.length);
	});
});

// The counts as they were first written, one subquery per cell: slow on the
// browser's views, but plainly right. The grouped SQL must give the same rows.
const PER_CELL_MATRIX_SQL = `
WITH cells AS (
	SELECT plan_id, area_id FROM problems
	UNION SELECT plan_id, area_id FROM causes
	UNION SELECT plan_id, area_id FROM measures
),
linked AS (SELECT DISTINCT measure_id FROM measure_causes)
SELECT
	p.plan_id,
	p.district_id,
	coalesce(d.name, 'Okänd stadsdel') AS district_name,
	p.year,
	p.layout,
	c.area_id,
	coalesce(a.label_sv, c.area_id) AS area_label,
	coalesce(a.sort_order, 99)::INTEGER AS area_sort,
	(SELECT count(*) FROM problems x WHERE x.plan_id = p.plan_id AND x.area_id = c.area_id)::INTEGER AS problems,
	(SELECT count(*) FROM causes x WHERE x.plan_id = p.plan_id AND x.area_id = c.area_id)::INTEGER AS causes,
	(SELECT count(*) FROM measures x WHERE x.plan_id = p.plan_id AND x.area_id = c.area_id)::INTEGER AS measures,
	(SELECT count(*) FROM measures x WHERE x.plan_id = p.plan_id AND x.area_id = c.area_id
		AND x.measure_id IN (SELECT measure_id FROM linked))::INTEGER AS measures_linked,
	(SELECT count(*) FROM causes x WHERE x.plan_id = p.plan_id AND x.area_id = c.area_id
		AND x.link_status = 'none')::INTEGER AS causes_without_measure,
	(SELECT count(*) FROM causes x WHERE x.plan_id = p.plan_id AND x.area_id = c.area_id
		AND x.link_status = 'unknown')::INTEGER AS causes_link_unknown,
	(SELECT count(*) FROM measures x WHERE x.plan_id = p.plan_id AND x.area_id = c.area_id
		AND x.operative_goal IS NOT NULL)::INTEGER AS with_goal,
	(SELECT count(*) FROM causes x WHERE x.plan_id = p.plan_id)::INTEGER AS plan_causes,
	(SELECT count(*) FROM measures x WHERE x.plan_id = p.plan_id AND x.operative_goal IS NOT NULL)::INTEGER AS plan_with_goal
FROM cells c
JOIN plans p USING (plan_id)
LEFT JOIN districts d ON d.district_id = p.district_id
LEFT JOIN priority_areas a ON a.area_id = c.area_id
WHERE p.doc_type <> 'lagesbild'
ORDER BY district_name, p.year DESC NULLS LAST, area_sort, c.area_id
`;
const PER_CAUSE_SQL = `
SELECT
	c.cause_id,
	c.plan_id,
	p.district_id,
	coalesce(d.name, 'Okänd stadsdel') AS district_name,
	p.year,
	c.area_id,
	coalesce(a.label_sv, c.area_id) AS area_label,
	c.text,
	c.cited_sources,
	c.line_start,
	c.line_end,
	c.link_status,
	(SELECT count(*) FROM measure_causes mc WHERE mc.cause_id = c.cause_id)::INTEGER AS measures,
	c.correction_id
FROM causes c
JOIN plans p USING (plan_id)
LEFT JOIN districts d ON d.district_id = p.district_id
LEFT JOIN priority_areas a ON a.area_id = c.area_id
WHERE p.doc_type <> 'lagesbild'
	AND (len(c.cited_sources) > 0 OR c.link_status <> 'linked')
ORDER BY district_name, p.year DESC NULLS LAST, coalesce(a.sort_order, 99), c.line_start
`;

describe('Täckning SQL: grouped joins give the per-cell counts', () => {
	it('COVERAGE_MATRIX_SQL and COVERAGE_CAUSES_SQL equal the per-cell and per-cause subquery versions, row for row', async () => {
		expect(await db.all(COVERAGE_MATRIX_SQL)).toEqual(await db.all(PER_CELL_MATRIX_SQL));
		expect(await db.all(COVERAGE_CAUSES_SQL)).toEqual(await db.all(PER_CAUSE_SQL));
	});
});
