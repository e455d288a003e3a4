// applyCorrections: the one place a correction changes rows. The build runs
// it over the whole dataset, the browser over published + imported rows, so
// both publish the same values. Pure and immutable: the input rows are never
// changed; a correction whose records are gone is reported, not dropped.
import type { Dataset, Row } from '../schema/tables';
import { quotedValueId } from './ids';
import { mark } from './mark';
import { splitMeasure, mergeMeasures } from './structure';
import type { Correction, CorrectionOf } from './schema';

/** Tables a correction reads or changes. */
export type Correctable = Pick<
	Dataset,
	| 'measures'
	| 'measure_causes'
	| 'followups'
	| 'measure_status'
	| 'problems'
	| 'causes'
	| 'situation_changes'
	| 'stated_counts'
	| 'indicator_values'
	| 'indicators'
	| 'priority_areas'
>;

/** Which tables each kind reads (first) and changes. */
export const KIND_TABLES: Record<Correction['kind'], (keyof Correctable)[]> = {
	cause_link: ['measure_causes', 'measures', 'causes'],
	status: ['measure_status'],
	area: ['problems', 'causes', 'measures', 'situation_changes', 'stated_counts', 'priority_areas'],
	quote: ['indicator_values', 'indicators'],
	split: ['measures', 'measure_causes', 'followups', 'measure_status'],
	merge: ['measures', 'measure_causes', 'followups', 'measure_status']
};

export interface Outcome {
	correction: Correction;
	applied: boolean;
	/** Swedish: why it was not applied, or what it found. */
	message: string | null;
}

// Structure first (a later correction may name a split part), then the rest.
const ORDER: Correction['kind'][] = ['merge', 'split', 'area', 'cause_link', 'status', 'quote'];

export function applyCorrections<T extends Partial<Correctable>>(
	rows: T,
	corrections: readonly Correction[]
): { rows: T; outcomes: Outcome[] } {
	const t = { ...rows } as Correctable;
	for (const k of Object.keys(KIND_TABLES) as Correction['kind'][])
		for (const name of KIND_TABLES[k]) (t as Record<string, unknown[]>)[name] ??= [];
	const outcomes: Outcome[] = [];
	const sorted = [...corrections].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
	for (const c of sorted) {
		const message = applyOne(t, c);
		outcomes.push({ correction: c, applied: message === null, message });
	}
	const out = { ...rows } as Record<string, unknown>;
	for (const name of Object.keys(t)) if (name in rows) out[name] = (t as Record<string, unknown>)[name];
	return { rows: out as T, outcomes };
}

const missingMeasure = (id: string) =>
	`Åtgärden ${id} finns inte (längre) i datasetet; kanske läser parsern planen annorlunda nu. Rättelsen tillämpades inte.`;

function applyOne(t: Correctable, c: Correction): string | null {
	switch (c.kind) {
		case 'cause_link':
			return causeLink(t, c);
		case 'status':
			return status(t, c);
		case 'area':
			return area(t, c);
		case 'quote':
			return quote(t, c);
		case 'split':
			return splitMeasure(t, c);
		case 'merge':
			return mergeMeasures(t, c);
	}
}

function causeLink(t: Correctable, c: CorrectionOf<'cause_link'>): string | null {
	const measure = t.measures.find((m) => m.measure_id === c.measure_id);
	if (!measure) return missingMeasure(c.measure_id);
	if (!t.causes.some((x) => x.cause_id === c.cause_id))
		return `Orsaken ${c.cause_id} finns inte (längre) i datasetet. Rättelsen tillämpades inte.`;
	const same = (l: Row<'measure_causes'>) => l.measure_id === c.measure_id && l.cause_id === c.cause_id;
	const rest = t.measure_causes.filter((l) => !same(l));
	if (c.action === 'unlink') {
		if (rest.length === t.measure_causes.length)
			return `Åtgärden ${c.measure_id} och orsaken ${c.cause_id} var redan inte kopplade; inget ändrades.`;
		t.measure_causes = rest;
	} else t.measure_causes = [...rest, mark({ measure_id: c.measure_id, cause_id: c.cause_id }, c)];
	// The cause's link status follows: linked while any measure answers it; after the last
	// link is removed, "none" unless the reading could not tell (then it stays unknown).
	const linked = t.measure_causes.some((l) => l.cause_id === c.cause_id);
	t.causes = t.causes.map((x) => {
		if (x.cause_id !== c.cause_id) return x;
		const link_status = linked ? 'linked' : x.link_status === 'unknown' ? 'unknown' : 'none';
		return link_status === x.link_status ? x : mark({ ...x, link_status }, c);
	});
	return null;
}

function status(t: Correctable, c: CorrectionOf<'status'>): string | null {
	let found = false;
	t.measure_status = t.measure_status.map((s) => {
		if (s.measure_id !== c.measure_id) return s;
		found = true;
		return mark({ ...s, status: c.status, status_basis: c.status_basis, status_phrase: c.status_phrase }, c);
	});
	return found ? null : missingMeasure(c.measure_id);
}

function area(t: Correctable, c: CorrectionOf<'area'>): string | null {
	if (t.priority_areas.length && !t.priority_areas.some((a) => a.area_id === c.area_id))
		return `Området ${c.area_id} finns inte bland de prioriterade områdena. Rättelsen tillämpades inte.`;
	let n = 0;
	const fix = <R extends { plan_id: string; area_label_raw: string; area_id: string }>(rows: R[]): R[] =>
		rows.map((r) => {
			if (r.plan_id !== c.plan_id || r.area_label_raw !== c.area_label_raw) return r;
			n++;
			return mark({ ...r, area_id: c.area_id }, c);
		});
	t.problems = fix(t.problems);
	t.causes = fix(t.causes);
	t.measures = fix(t.measures);
	t.situation_changes = fix(t.situation_changes);
	t.stated_counts = fix(t.stated_counts);
	return n
		? null
		: `Planen ${c.plan_id} har ingen post med områdesnamnet "${c.area_label_raw}" (längre). Rättelsen tillämpades inte.`;
}

function quote(t: Correctable, c: CorrectionOf<'quote'>): string | null {
	if (t.indicators.length && !t.indicators.some((i) => i.indicator_id === c.indicator_id))
		return `Indikatorn ${c.indicator_id} finns inte i indikatortabellen. Rättelsen tillämpades inte.`;
	let found = false;
	t.indicator_values = t.indicator_values.map((v) => {
		if (v.line_start === null || quotedValueId(v) !== c.value_id) return v;
		found = true;
		return mark({ ...v, indicator_id: c.indicator_id, provenance: 'corrected' as const }, c);
	});
	return found
		? null
		: `Den citerade siffran ${c.value_id} finns inte (längre) i datasetet; kanske läser parsern planen annorlunda nu. Rättelsen tillämpades inte.`;
}
