import { describe, expect, it } from 'vitest';
import { cellMeasuresPerCause, coverageState, type CoverageCell } from '$lib/views/tackning/matrix';

const cell = (c: Partial<CoverageCell>): CoverageCell => ({
	plan_id: 'p',
	area_id: 'unga-i-riskzon',
	problems: 0,
	causes: 0,
	measures: 0,
	measures_linked: 0,
	causes_without_measure: 0,
	with_goal: 0,
	plan_causes: 0,
	...c
});

describe('coverageState', () => {
	it('coverageState says a layout without causes lacks them in the template (Farsta: 9 measures, 0 causes)', () => {
		expect(coverageState(cell({ measures: 9, with_goal: 9, plan_causes: 0 }))).toBe('orsaker_saknas_i_mall');
	});
	it('coverageState flags causes without a measure (Enskede-Årsta-Vantör, unga i riskzon: 10 of 17)', () => {
		expect(coverageState(cell({ causes: 17, measures: 13, causes_without_measure: 10, plan_causes: 43 }))).toBe(
			'orsaker_utan_atgard'
		);
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
