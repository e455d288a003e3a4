// What a district × priority-area cell says about coverage. A plan whose
// layout has no cause column (Farsta's Word tables, Skärholmen's forum
// tables) has zero causes by construction: that is "orsaker saknas i
// planens mall", never "no cause without a measure". A cause whose link the
// layout could not read (causes.link_status = 'unknown') is counted apart:
// it is not "utan åtgärd".

import type { LABELS } from '../../labels';
import { measuresPerCause } from '../metrics';

/** The states are the keys of their Swedish labels (one list). */
export type CoverageState = keyof typeof LABELS.coverage;

export interface CoverageCell {
	plan_id: string;
	area_id: string;
	problems: number;
	causes: number;
	measures: number;
	/** Measures linked to at least one cause. */
	measures_linked: number;
	causes_without_measure: number;
	/** Causes whose link could not be read: neither answered nor without a measure. */
	causes_link_unknown: number;
	with_goal: number;
	/** Causes in the whole plan (all areas). */
	plan_causes: number;
}

export function coverageState(c: CoverageCell): CoverageState {
	if (c.plan_causes === 0) return 'orsaker_saknas_i_mall';
	if (c.causes === 0) return 'inga_orsaker_i_omradet';
	if (c.causes_without_measure > 0) return 'orsaker_utan_atgard';
	if (c.causes_link_unknown > 0) return 'orsaker_okand_koppling';
	return 'alla_orsaker_har_atgard';
}

/** Åtgärder per orsak of a cell, by its one definition (src/lib/views/metrics.ts). */
export function cellMeasuresPerCause(c: Pick<CoverageCell, 'measures' | 'causes'>): number | null {
	return measuresPerCause(c.measures, c.causes);
}

/** Symbols carry the state beside the words, so it never rests on colour. */
export const STATE_SYMBOL: Record<CoverageState, string> = {
	orsaker_saknas_i_mall: '○',
	inga_orsaker_i_omradet: '–',
	orsaker_utan_atgard: '⚠',
	orsaker_okand_koppling: '?',
	alla_orsaker_har_atgard: '✓'
};

/** Cells by plan and area (`plan_id|area_id`); the first row wins, as a search from the top would. */
export function cellIndex<C extends { plan_id: string; area_id: string }>(rows: C[]): Map<string, C> {
	const m = new Map<string, C>();
	for (const r of rows) {
		const k = `${r.plan_id}|${r.area_id}`;
		if (!m.has(k)) m.set(k, r);
	}
	return m;
}

/**
 * What a plan without causes has where causes would be (shown instead of a
 * count). headerLine: the plan's table header with an "Orsak" column, if any.
 */
export function causeColumnNote(layout: string, headerLine: number | null): string {
	if (headerLine !== null && layout === 'word-tables')
		return `Planens tabell har kolumnen Orsak (rad ${headerLine}), men den är ifylld med åtgärdens syfte (till exempel ”Att identifiera ungdomar i riskzon …”), inte med orsaker till ett problem. Planbild läser den som åtgärdens beskrivning, så planen anger inga orsaker att räkna.`;
	if (headerLine !== null)
		return `Planens tabell har kolumnen Orsak (rad ${headerLine}), men inga orsaker kunde läsas ur den.`;
	if (layout === 'forum-keyvalue')
		return 'Planen har ingen kolumn för orsaker: varje område anger Mål, Syfte och Arbetssätt per forum.';
	return 'Planen anger inga orsaker.';
}
