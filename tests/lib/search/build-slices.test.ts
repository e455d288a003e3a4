// The index built in slices (build-slices.ts) answers as the one built at once, on the real measures.
import { beforeAll, describe, expect, it } from 'vitest';
import { byMeasure, indexMeasures, indexMeasuresInSlices, selectMeasures } from '../../../src/lib/search/measures';
import { readSearchRows, type FollowupRow, type MeasureContextRow, type MeasureRow } from '$lib/views/atgarder/queries';
import { queryDataset } from '../../dataset';

let measures: MeasureRow[];
let followups: Map<string, FollowupRow[]>;
let context: Map<string, MeasureContextRow[]>;

beforeAll(async () => {
	const rows = await readSearchRows((sql) => queryDataset(sql));
	measures = rows.measures;
	followups = byMeasure(rows.followups);
	context = byMeasure(rows.context);
});

describe('indexMeasuresInSlices', () => {
	it('gives the same hits, in the same order, as indexMeasures', async () => {
		// 40 copies of the seeds' measures: enough documents for several slices.
		const many = Array.from({ length: 40 }, (_, k) =>
			measures.map((m) => ({ ...m, measure_id: `${m.measure_id}-${k}` }))
		).flat();
		const sliced = await indexMeasuresInSlices(many, followups, context, () => false);
		expect(sliced).not.toBeNull();
		const whole = indexMeasures(many, followups, context);
		expect(sliced!.entries.length).toBe(whole.entries.length);
		for (const q of ['nattvandring', 'skolan', 'tryghetsvandring', 'föräldrarstöd', 'brottsplats']) {
			const a = selectMeasures(many, () => sliced!, {}, q).measures.map((m) => m.measure_id);
			const b = selectMeasures(many, () => whole, {}, q).measures.map((m) => m.measure_id);
			expect(a.length, q).toBeGreaterThan(0);
			expect(a, q).toEqual(b);
		}
	});

	it('stops at a pause when cancelled', async () => {
		const many = Array.from({ length: 200 }, () => measures).flat();
		let calls = 0;
		const r = await indexMeasuresInSlices(many, followups, context, () => ++calls > 0);
		expect(r).toBeNull();
		expect(calls).toBe(1);
	});
});
