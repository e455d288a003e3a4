// Corrections made against the real seeds (data/raw), as a user would in the
// browser: each names records the build actually produces.
import { join } from 'node:path';
import { buildDataset } from '../../../pipelines/build-data';
import { correctionId, quotedValueId, type Correction, type CorrectionInput } from '$lib/corrections';
import type { Dataset } from '$lib/schema/tables';
import { ROOT } from '../../helpers';

let cached: Dataset | null = null;
/** The seeds' dataset without any corrections (an empty corrections dir). */
export function seedDataset(): Dataset {
	cached ??= buildDataset(join(ROOT, 'data'), join(ROOT, 'tests/fixtures/no-such-dir')).dataset;
	return structuredClone(cached);
}

const base = { reason: 'Läst i källan.', decided_by: 'analytiker', decided_at: '2026-12-03', replaces: '' };
/** A correction as the dialog makes it (the record fields given, the rest defaulted). */
export const make = (c: Partial<Correction> & Pick<Correction, 'kind'>): Correction =>
	({ ...base, ...c, correction_id: correctionId({ ...base, ...c } as CorrectionInput) }) as Correction;

/** One correction of each kind, chosen from the seeds' uncertain records. */
export function sampleCorrections(d: Dataset): Correction[] {
	const eav = 'enskede-arsta-vantor-atgardsplan-2025';
	// A measure and a cause of its plan and area that the reading did not link (EÅV's measures
	// all have a cause now, so the pair is new rather than the measure unlinked).
	const linkedPair = (m: string, c: string) => d.measure_causes.some((l) => l.measure_id === m && l.cause_id === c);
	const unlinked = d.measures.find(
		(m) =>
			m.plan_id === eav &&
			m.area_id === 'unga-i-riskzon' &&
			d.causes.some((c) => c.plan_id === eav && c.area_id === m.area_id && !linkedPair(m.measure_id, c.cause_id))
	)!;
	const cause = d.causes.find(
		(c) => c.plan_id === eav && c.area_id === unlinked.area_id && !linkedPair(unlinked.measure_id, c.cause_id)
	)!;
	const inferred = d.measure_status.find((s) => s.status_basis === 'inferred')!;
	const inferredMeasure = d.measures.find((m) => m.measure_id === inferred.measure_id)!;
	const forum = d.measures.find((m) => m.area_label_raw === 'Brottsförebyggande rådet Skärholmen')!;
	const quoted = d.indicator_values.find(
		(v) => v.provenance === 'quoted_in_plan' && v.indicator_id === 'plan_sig_ungdomar_nya'
	)!;
	const farsta = d.measures.filter((m) => m.plan_id === 'farsta-atgardsplan-2024');
	const lines = (m: { source_file: string; line_start: number; line_end: number }) => ({
		source_file: m.source_file,
		line_start: m.line_start,
		line_end: m.line_end
	});
	return [
		make({
			kind: 'cause_link',
			measure_id: unlinked.measure_id,
			cause_id: cause.cause_id,
			action: 'link',
			...lines(unlinked)
		}),
		make({
			kind: 'status',
			measure_id: inferred.measure_id,
			status: 'delvis_uppnadd',
			status_basis: 'explicit',
			status_phrase: inferred.status_phrase,
			...lines(inferredMeasure)
		}),
		make({
			kind: 'area',
			plan_id: forum.plan_id,
			area_label_raw: forum.area_label_raw,
			area_id: 'kriminella-miljoer',
			...lines(forum)
		}),
		make({
			kind: 'quote',
			value_id: quotedValueId(quoted),
			indicator_id: 'plan_sig_ungdomar_pagaende',
			source_file: quoted.source_file!,
			line_start: quoted.line_start,
			line_end: quoted.line_end
		}),
		make({
			kind: 'split',
			measure_id: farsta[0].measure_id,
			parts: ['Första delen', 'Andra delen'],
			...lines(farsta[0])
		}),
		make({ kind: 'merge', measure_ids: [farsta[2].measure_id, farsta[3].measure_id], title: null, ...lines(farsta[2]) })
	];
}
