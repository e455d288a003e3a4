// The Indikatorer tables' columns: headers from labels.ts, cells in Swedish.
// Also issue 10 on this page: nothing here counts or shows a follow-up status
// (stated or "tolkad"), so no status read from activity words can pass as
// attainment (the rule itself: src/lib/views/attainment.ts).
import { describe, expect, it } from 'vitest';
import { CITING_MEASURES_ALL_SQL, INDICATOR_VALUES_ALL_SQL, citingColumns, valueColumns } from '$lib/views/indikatorer';
import { sql } from '../../../dataset';

describe('Indikatorer columns', () => {
	it('valueColumns heads the value with its unit and reads levels, groups and origins in Swedish', () => {
		const cols = valueColumns('procent');
		expect(cols.map((c) => c.label)).toEqual([
			'Område',
			'Nivå',
			'Grupp',
			'År',
			'Värde (%)',
			'Ursprung',
			'Källa',
			'Citat'
		]);
		expect(valueColumns('antal').find((c) => c.key === 'value')?.label).toBe('Värde');
		const fmt = (key: string, v: unknown) => cols.find((c) => c.key === key)!.format!(v, null as never);
		expect([fmt('place_type', 'stadsdelsomrade'), fmt('provenance', 'quoted_in_plan'), fmt('year', null)]).toEqual([
			'Stadsdelsområde',
			'Citerad i plan',
			'Ej angivet'
		]);
	});

	it('citingColumns: district, area, measure, the citation in words, the cause', () => {
		expect(citingColumns.map((c) => c.label)).toEqual(['Stadsdel', 'Område', 'Åtgärd', 'Orsaken citerar', 'Orsak']);
		expect(citingColumns.find((c) => c.key === 'cited')!.format!('stockholmsenkaten:2022', null as never)).not.toBe(
			'stockholmsenkaten:2022'
		);
	});

	it('no row or column of the page carries a follow-up status, stated or tolkad', async () => {
		const keys = new Set([
			...Object.keys((await sql<object>(CITING_MEASURES_ALL_SQL))[0]),
			...Object.keys((await sql<object>(INDICATOR_VALUES_ALL_SQL))[0]),
			...valueColumns('procent').map((c) => c.key),
			...citingColumns.map((c) => c.key)
		]);
		expect([...keys].filter((k) => /status|attain|tolkad/.test(k))).toEqual(['district_status']);
	});
});
