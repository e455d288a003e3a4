import { describe, expect, it } from 'vitest';
import { causeColumnNote, cellMeasuresPerCause, coverageState, type CoverageCell } from '$lib/views/tackning/matrix';

const cell = (c: Partial<CoverageCell>): CoverageCell => ({
	plan_id: 'p',
	area_id: 'unga-i-riskzon',
	problems: 0,
	causes: 0,
	measures: 0,
	measures_linked: 0,
	causes_without_measure: 0,
	causes_link_unknown: 0,
	with_goal: 0,
	plan_causes: 0,
	...c
});

describe('coverageState', () => {
	it('coverageState says a layout without causes lacks them in the template (Farsta: 9 measures, 0 causes)', () => {
		expect(coverageState(cell({ measures: 9, with_goal: 9, plan_causes: 0 }))).toBe('orsaker_saknas_i_mall');
	});
	it('coverageState flags causes without a measure only where the plan gives none', () => {
		expect(coverageState(cell({ causes: 3, measures: 1, causes_without_measure: 2, plan_causes: 3 }))).toBe(
			'orsaker_utan_atgard'
		);
	});
	it('coverageState keeps causes whose link could not be read apart from "utan åtgärd"', () => {
		const c = cell({ causes: 17, measures: 13, causes_link_unknown: 10, plan_causes: 43 });
		expect(coverageState(c)).toBe('orsaker_okand_koppling');
		expect(coverageState({ ...c, causes_without_measure: 1 })).toBe('orsaker_utan_atgard');
	});
	it('coverageState tells an area without causes in a plan with causes apart from full coverage', () => {
		expect(coverageState(cell({ measures: 2, plan_causes: 32 }))).toBe('inga_orsaker_i_omradet');
		expect(coverageState(cell({ causes: 7, measures: 10, plan_causes: 32 }))).toBe('alla_orsaker_har_atgard');
	});
});

describe('cellMeasuresPerCause', () => {
	it('cellMeasuresPerCause divides measures by causes and gives null, not 0, without causes', () => {
		expect(cellMeasuresPerCause({ measures: 12, causes: 8 })).toBe(1.5);
		expect(cellMeasuresPerCause({ measures: 9, causes: 0 })).toBeNull();
	});
});

describe('causeColumnNote', () => {
	it('causeColumnNote says what a Word plan wrote in its Orsak column (Farsta 2024, header at seed line 19)', () => {
		const note = causeColumnNote('word-tables', 19);
		expect(note).toContain('rad 19');
		expect(note).toContain('åtgärdens syfte');
		expect(note).not.toContain('saknar');
	});
	it('causeColumnNote says a forum plan has no cause column at all (Skärholmen)', () => {
		expect(causeColumnNote('forum-keyvalue', null)).toContain('ingen kolumn för orsaker');
	});
});
