// The Uppföljning SQL against the built dataset. Expected numbers were read
// with `npm run sql` and checked against data/raw/enskede-arsta-vantor-atgardsplan-2025.txt:
// 20 "VB:" entries (grep -c "VB:"), whose judgments read "bedöms (ur ett
// processperspektiv) vara uppnådd" 7×, "delvis uppnådd" 7×, "påbörjad" 5× (3 wrap
// over a line, e.g. lines 1923-1924), "ej uppnådd" 1×.
import { describe, expect, it } from 'vitest';
import { areaReports, areaStatusTable, measureReports, periodStatusTable } from '$lib/views/uppfoljning/report';
import { resolveSelection } from '$lib/views/uppfoljning/selection';
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
import { useDataset } from '../../../dataset';
import { planRows } from './dataset';

const EAV = 'enskede-arsta-vantor-atgardsplan-2025';
const db = useDataset();

describe('PLAN_CHOICES_SQL + resolveSelection', () => {
	it('PLAN_CHOICES_SQL lists the four plans with measures, newest first (the lägesbild has none)', async () => {
		const choices = await db.all<PlanChoiceRow>(PLAN_CHOICES_SQL);
		expect(choices.map((c) => [c.plan_id, c.year, c.measures])).toEqual([
			[EAV, 2025, 39],
			['farsta-atgardsplan-2024', 2024, 28],
			['skarpnack-atgardsplan-2024', 2024, 39],
			['skarholmen-gemensam-atgardsplan-utan-ar', null, 41]
		]);
	});

	it('resolveSelection defaults to the newest plan and finds no earlier year for any published district', async () => {
		const choices = await db.all<PlanChoiceRow>(PLAN_CHOICES_SQL);
		const none = { district: null, year: null, plan: null };
		expect(resolveSelection(choices, none)).toMatchObject({ kind: 'ok', fromUrl: false, year: 2025, previous: null });
		expect(resolveSelection(choices, { ...none, district: 'farsta' })).toMatchObject({ year: 2024, previous: null });
		expect(resolveSelection(choices, { ...none, district: 'skarholmen' })).toMatchObject({ kind: 'ok', year: null });
		expect(resolveSelection(choices, { ...none, district: 'farsta', year: '2019' }).kind).toBe('not_found');
	});

	it('resolveSelection pairs a year with the latest earlier year of the same district', () => {
		const c = (plan_id: string, year: number | null) => ({
			plan_id,
			district_id: 'd',
			district_name: 'D',
			year,
			doc_type: 'atgardsplan'
		});
		const choices = [c('d-2025', 2025), c('d-2023', 2023), c('d-2021', 2021), c('d-utan', null)];
		const s = resolveSelection(choices, { district: 'd', year: '2025', plan: null });
		expect(s.kind === 'ok' && s.previous?.plans.map((p) => p.plan_id)).toEqual(['d-2023']);
		const u = resolveSelection(choices, { district: 'd', year: null, plan: 'd-utan' });
		expect(u.kind === 'ok' && [u.year, u.previous]).toEqual([null, null]);
	});
});

describe('MEASURES_SQL / FOLLOWUPS_SQL for Enskede-Årsta-Vantör 2025', () => {
	it('MEASURES_SQL gives 39 measures with final statuses 7/7/5/1/1/18', async () => {
		const measures = await db.all<FollowupMeasureRow>(MEASURES_SQL, [EAV]);
		expect(measures).toHaveLength(39);
		const table = areaStatusTable(areaReports(measureReports(measures, [])));
		expect(table.at(-1)).toEqual({
			area: 'Alla områden',
			uppnadd: 7,
			delvis_uppnadd: 7,
			paborjad: 5,
			ej_uppnadd: 1,
			tolkad: 0,
			ej_bedomd: 1,
			saknas: 18,
			total: 39
		});
		expect(table.map((r) => [r.area, r.total])).toEqual([
			['Unga i riskzon för destruktivt beteende', 13],
			['Otrygga och brottsutsatta platser', 10],
			['Systemhotande brottslighet', 5],
			['Särskilt utsatta och sårbara brottsoffer', 5],
			['Kriminella miljöer och livsstilar', 6],
			['Alla områden', 39]
		]);
	});

	it("a plan picked from ALL_MEASURES_SQL / ALL_FOLLOWUPS_SQL (prerendered) is that plan's own query, in order", async () => {
		const all = await db.all<FollowupMeasureRow>(ALL_MEASURES_SQL);
		const allFollowups = await db.all<FollowupEntryRow>(ALL_FOLLOWUPS_SQL);
		expect(new Set(all.map((m) => m.plan_id)).size).toBeGreaterThan(1);
		for (const plan of new Set(all.map((m) => m.plan_id))) {
			expect(all.filter((m) => m.plan_id === plan)).toEqual(await db.all<FollowupMeasureRow>(MEASURES_SQL, [plan]));
			expect(allFollowups.filter((f) => f.plan_id === plan)).toEqual(
				await db.all<FollowupEntryRow>(FOLLOWUPS_SQL, [plan])
			);
		}
	});

	it('FOLLOWUPS_SQL gives 61 entries; periodStatusTable orders dates before VB', async () => {
		const followups = await db.all<FollowupEntryRow>(FOLLOWUPS_SQL, [EAV]);
		expect(followups).toHaveLength(61);
		const periods = periodStatusTable(followups);
		expect(periods.map((p) => p.period)).toEqual([
			'2025-04-29',
			'2025-08-28',
			'2025-09-01',
			'2025-09-04',
			'2025-09-09',
			'2025-11-18',
			'2025-11-20',
			'2025-12-01',
			'2025-12-04',
			'VB'
		]);
		expect(periods.at(-1)).toMatchObject({ uppnadd: 7, delvis_uppnadd: 7, paborjad: 5, ej_uppnadd: 1, total: 20 });
	});

	it('measureReports lists a measure’s follow-ups in period order (SSPF: 2025-08-28, 2025-11-20, VB)', async () => {
		const { measures, followups } = await planRows(db.all, EAV);
		const sspf = measureReports(measures, followups).find((m) => m.title === 'SSPF')!;
		expect(sspf.entries.map((f) => [f.period, f.status, f.line_start])).toEqual([
			['2025-08-28', 'paborjad', 546],
			['2025-11-20', 'ej_bedomd', 549],
			['VB', 'uppnadd', 551]
		]);
		expect(sspf.status_phrase).toBe('bedöms ur ett processperspektiv vara uppnådd');
	});
});
