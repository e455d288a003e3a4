// MEASURES_SQL and FOLLOWUPS_SQL against the built dataset. The expected
// numbers were counted with `npm run sql` and checked against the raw lines
// of data/raw/ (line numbers quoted beside each).
import { beforeAll, describe, expect, it } from 'vitest';
import { FOLLOWUPS_SQL, MEASURES_SQL, type FollowupRow, type MeasureRow } from '$lib/views/atgarder/queries';
import { queryDataset } from '../../../dataset';

let measures: MeasureRow[];
let followups: FollowupRow[];
beforeAll(async () => {
	measures = await queryDataset<MeasureRow>(MEASURES_SQL);
	followups = await queryDataset<FollowupRow>(FOLLOWUPS_SQL);
});

const count = <T>(rows: T[], f: (r: T) => boolean) => rows.filter(f).length;

describe('MEASURES_SQL', () => {
	it('returns every measure once, with its district, area and final status', () => {
		expect(measures).toHaveLength(147);
		expect(new Set(measures.map((m) => m.measure_id)).size).toBe(147);
		expect(count(measures, (m) => m.district_id === 'enskede-arsta-vantor')).toBe(39);
		expect(count(measures, (m) => m.district_id === 'farsta')).toBe(28);
		expect(count(measures, (m) => m.district_id === 'skarholmen')).toBe(41);
		expect(count(measures, (m) => m.district_id === 'skarpnack')).toBe(39);
		expect(count(measures, (m) => m.year === null)).toBe(41); // the Skärholmen forum plan gives no year
		expect(count(measures, (m) => m.with_police)).toBe(66); // 6 + 8 + 41 + 11
		expect(count(measures, (m) => m.status === 'saknas')).toBe(59);
		// Only judgments read as uppnådd (21); activity reports ("har genomförts", "hölls") read as påbörjad.
		expect(count(measures, (m) => m.status === 'uppnadd')).toBe(21);
		expect(count(measures, (m) => m.status === 'delvis_uppnadd')).toBe(13);
	});

	it('orders by district name, newest year, area order, then plan line', () => {
		expect(measures[0].district_name).toBe('Enskede-Årsta-Vantör');
		expect(measures.at(-1)!.district_name).toBe('Skärholmen');
		const eav = measures.filter((m) => m.district_id === 'enskede-arsta-vantor');
		for (let i = 1; i < eav.length; i++) expect(eav[i].area_order).toBeGreaterThanOrEqual(eav[i - 1].area_order);
	});

	it('reads Skarpnäck\'s "Föräldrastödare" from line 24 of its tab-separated plan', () => {
		// Line 24: "…rekrytering	Föräldrastödare	Satsning i enlighet med statsbidrag	Enh för prevention och trygghet	Pågår enligt plan"
		const m = measures.find((x) => x.title === 'Föräldrastödare')!;
		expect(m).toMatchObject({
			plan_id: 'skarpnack-atgardsplan-2024',
			district_name: 'Skarpnäck',
			year: 2024,
			timing_text: 'Satsning i enlighet med statsbidrag',
			responsible: 'Enh för prevention och trygghet',
			with_police: false,
			operative_goal: null,
			status: 'paborjad',
			status_basis: 'inferred',
			source_file: 'skarpnack-atgardsplan-2024.txt',
			line_start: 24,
			line_end: 24
		});
	});
});

describe('FOLLOWUPS_SQL', () => {
	it('returns every follow-up, dated entries before VB for each measure', () => {
		expect(followups).toHaveLength(128);
		// Enskede-Årsta-Vantör line 1454-1462: 2025-04-29, 2025-09-01, 2025-12-01, then VB.
		const periods = followups
			.filter((f) => f.measure_id === 'enskede-arsta-vantor-atgardsplan-2025--atgard-222b3aea79c4')
			.map((f) => f.period);
		expect(periods).toEqual(['2025-04-29', '2025-09-01', '2025-12-01', 'VB']);
	});

	it('keeps Farsta\'s year-end judgment of "Trygghetsvandring" with its phrase and line 67', () => {
		const m = measures.find((x) => x.title === 'Trygghetsvandring' && x.district_id === 'farsta')!;
		const f = followups.filter((x) => x.measure_id === m.measure_id);
		expect(f).toHaveLength(1);
		expect(f[0]).toMatchObject({
			period: 'arsuppfoljning',
			status: 'uppnadd',
			status_basis: 'explicit',
			status_phrase: 'anses vara uppnådda',
			line_start: 67,
			line_end: 67
		});
		expect(f[0].text).toMatch(/^Målen anses vara uppnådda\. 1\.En trygghetsvandring genomfördes 241211 i Fagersjö/);
	});
});
