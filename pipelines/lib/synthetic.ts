// A synthetic dataset a hundred times larger than the real one: the real plans
// copied across districts and years, with new ids, for `npm run bench`.
// Never published; lives only in the benchmark's temporary folder.
import { PLAN_TABLES, type Dataset } from '../../src/lib/schema/tables';

const ID_COLUMNS = ['plan_id', 'measure_id', 'cause_id', 'problem_id', 'followup_id', 'situation_change_id'] as const;

/** Copies every plan-derived row `factor` times, moving copies to other districts and years. */
export function multiplyDataset(real: Dataset, factor: number): Dataset {
	const districts = real.districts.filter((d) => d.status === 'current').map((d) => d.district_id);
	const out: Dataset = { ...real };
	const planTables = PLAN_TABLES;
	for (const t of planTables) (out[t] as unknown[]) = [];
	for (let copy = 0; copy < factor; copy++) {
		const district = districts[copy % districts.length];
		const yearShift = Math.floor(copy / districts.length);
		const suffix = copy === 0 ? '' : `-x${copy}`;
		const rename = (row: Record<string, unknown>) => {
			const r: Record<string, unknown> = { ...row };
			for (const c of ID_COLUMNS) if (typeof r[c] === 'string') r[c] = `${r[c]}${suffix}`;
			if (copy > 0 && 'district_id' in r && r.district_id !== undefined) r.district_id = district;
			if (copy > 0 && typeof r.year === 'number') r.year = r.year - yearShift;
			return r;
		};
		for (const t of planTables)
			for (const row of real[t] as Record<string, unknown>[]) (out[t] as Record<string, unknown>[]).push(rename(row));
	}
	return out;
}

export function rowCount(d: Dataset): number {
	return Object.values(d).reduce((a, rows: unknown[]) => a + rows.length, 0);
}
