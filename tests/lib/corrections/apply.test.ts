// applyCorrections over the real seeds: each kind changes exactly the rows it
// names, marks them, leaves the input untouched, and reports what it cannot find.
import { describe, expect, it } from 'vitest';
import { applyCorrections, quotedValueId, type CorrectionOf } from '$lib/corrections';
import { make, sampleCorrections, seedDataset } from './fixtures';

const d = seedDataset();
const [link, status, area, quote, split, merge] = sampleCorrections(d) as [
	CorrectionOf<'cause_link'>,
	CorrectionOf<'status'>,
	CorrectionOf<'area'>,
	CorrectionOf<'quote'>,
	CorrectionOf<'split'>,
	CorrectionOf<'merge'>
];

describe('applyCorrections', () => {
	it('links a measure the reading could not link to a cause, and unlinks it again', () => {
		const before = d.measure_causes.length;
		const { rows, outcomes } = applyCorrections(d, [link]);
		expect(outcomes[0].applied).toBe(true);
		expect(rows.measure_causes).toHaveLength(before + 1);
		const made = rows.measure_causes.find((l) => l.measure_id === link.measure_id && l.cause_id === link.cause_id)!;
		expect(made).toMatchObject({
			cause_id: link.cause_id,
			correction_id: link.correction_id,
			correction_reason: 'Läst i källan.'
		});
		const unlink = make({ ...link, action: 'unlink' });
		const again = applyCorrections(rows, [unlink]);
		expect(again.rows.measure_causes).toHaveLength(before);
		expect(d.measure_causes).toHaveLength(before); // the input is never changed
	});

	it("sets the cause's link status: linked while a measure answers it, none after its last link is removed", () => {
		// Every seed cause is linked now, so the cause of `link` is made unanswered first.
		for (const before of ['none', 'unknown'] as const) {
			const start = {
				...d,
				causes: d.causes.map((x) => (x.cause_id === link.cause_id ? { ...x, link_status: before } : x)),
				measure_causes: d.measure_causes.filter((l) => l.cause_id !== link.cause_id)
			};
			const { rows } = applyCorrections(start, [link]);
			expect(rows.causes.find((x) => x.cause_id === link.cause_id)).toMatchObject({
				link_status: 'linked',
				correction_id: link.correction_id
			});
		}
		// Removing the only link a cause has: the plan gives it no measure, as the analyst read it.
		const only = { ...d, measure_causes: [...d.measure_causes.filter((l) => l.cause_id !== link.cause_id), link] };
		const { rows } = applyCorrections(only, [make({ ...link, action: 'unlink' })]);
		expect(rows.causes.find((x) => x.cause_id === link.cause_id)!.link_status).toBe('none');
	});

	it("sets a measure's status and basis, keeping the words it was read from", () => {
		const { rows } = applyCorrections(d, [status]);
		const s = rows.measure_status.find((x) => x.measure_id === status.measure_id)!;
		const orig = d.measure_status.find((x) => x.measure_id === status.measure_id)!;
		expect(orig.status_basis).toBe('inferred');
		expect(s).toMatchObject({
			status: 'delvis_uppnadd',
			status_basis: 'explicit',
			status_phrase: orig.status_phrase,
			period: orig.period
		});
		expect(s.correction_id).toBe(status.correction_id);
	});

	it('moves every record of a plan with that area label, and no other plan', () => {
		const { rows } = applyCorrections(d, [area]);
		const moved = rows.measures.filter((m) => m.area_label_raw === area.area_label_raw);
		expect(moved.length).toBeGreaterThan(0);
		expect(moved.every((m) => m.area_id === 'kriminella-miljoer' && m.correction_id === area.correction_id)).toBe(true);
		const others = rows.measures.filter((m) => m.area_label_raw !== area.area_label_raw);
		expect(others.every((m) => m.correction_id === undefined)).toBe(true);
	});

	it('assigns a quoted figure to a series with provenance corrected', () => {
		const { rows } = applyCorrections(d, [quote]);
		const v = rows.indicator_values.filter((x) => x.provenance === 'corrected');
		expect(v).toHaveLength(1);
		expect(quotedValueId(v[0])).toBe(quote.value_id);
		expect(v[0]).toMatchObject({ indicator_id: 'plan_sig_ungdomar_pagaende', correction_reason: 'Läst i källan.' });
	});

	it('splits a measure into parts that keep its lines, causes and follow-ups', () => {
		const { rows } = applyCorrections(d, [split]);
		const parts = rows.measures.filter((m) => m.measure_id.startsWith(split.measure_id + '.'));
		expect(parts.map((p) => p.title)).toEqual(['Första delen', 'Andra delen']);
		expect(rows.measures.some((m) => m.measure_id === split.measure_id)).toBe(false);
		expect(rows.measures).toHaveLength(d.measures.length + 1);
		const orig = d.measures.find((m) => m.measure_id === split.measure_id)!;
		expect(parts.every((p) => p.line_start === orig.line_start && p.line_end === orig.line_end)).toBe(true);
		expect(rows.measure_status.filter((s) => s.measure_id.startsWith(split.measure_id + '.'))).toHaveLength(2);
	});

	it('merges measures into the first, gathering lines and follow-ups', () => {
		const [a, b] = merge.measure_ids;
		const { rows } = applyCorrections(d, [merge]);
		expect(rows.measures).toHaveLength(d.measures.length - 1);
		const m = rows.measures.find((x) => x.measure_id === a)!;
		const ma = d.measures.find((x) => x.measure_id === a)!;
		const mb = d.measures.find((x) => x.measure_id === b)!;
		expect(m.line_start).toBe(Math.min(ma.line_start, mb.line_start));
		expect(m.line_end).toBe(Math.max(ma.line_end, mb.line_end));
		expect(rows.followups.some((f) => f.measure_id === b)).toBe(false);
		expect(rows.measure_status.filter((s) => s.measure_id === a || s.measure_id === b)).toHaveLength(1);
	});

	it('reports a correction whose record is gone, and applies the others', () => {
		const gone = make({ ...status, measure_id: 'farsta-atgardsplan-2024-finns-inte' });
		const { outcomes } = applyCorrections(d, [gone, link]);
		const bad = outcomes.find((o) => o.correction === gone)!;
		expect(bad.applied).toBe(false);
		expect(bad.message).toContain('farsta-atgardsplan-2024-finns-inte');
		expect(outcomes.find((o) => o.correction === link)!.applied).toBe(true);
	});

	it('gives the same rows whatever order the corrections come in', () => {
		const all = sampleCorrections(d);
		const a = applyCorrections(d, all).rows;
		const b = applyCorrections(d, [...all].reverse()).rows;
		expect(b.measures).toEqual(a.measures);
		expect(b.measure_status).toEqual(a.measure_status);
	});
});
