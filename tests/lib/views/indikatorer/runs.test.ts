import { describe, expect, it } from 'vitest';
import { missingRounds, splitRuns, withRunKeys } from '$lib/views/indikatorer/runs';

const years = (ys: number[]) => ys.map((year) => ({ year }));

describe('splitRuns', () => {
	it('splitRuns keeps a biennial survey in one run (se_roker, åk 9 flickor: 2010, 2012)', () => {
		expect(splitRuns(years([2012, 2010]), 2).map((r) => r.map((p) => p.year))).toEqual([[2010, 2012]]);
	});
	it('splitRuns breaks at missing rounds (se_dricker_ej_alkohol, åk 9 flickor: 2012, 2018 -> two runs)', () => {
		expect(splitRuns(years([2012, 2018]), 2).map((r) => r.map((p) => p.year))).toEqual([[2012], [2018]]);
	});
	it('splitRuns joins the three-yearly trygghetsmätning (2014, 2017, 2020) and breaks 2011 -> 2017', () => {
		expect(splitRuns(years([2014, 2017, 2020]), 3).map((r) => r.map((p) => p.year))).toEqual([[2014, 2017, 2020]]);
		expect(splitRuns(years([2011, 2017, 2020]), 3).map((r) => r.map((p) => p.year))).toEqual([[2011], [2017, 2020]]);
	});
	it('splitRuns with an unknown cadence (1) breaks at any missing calendar year', () => {
		expect(splitRuns(years([2019, 2021]), 1).map((r) => r.map((p) => p.year))).toEqual([[2019], [2021]]);
	});
});

describe('withRunKeys', () => {
	it('withRunKeys gives each run of each series its own key for Plot z', () => {
		const pts = [
			{ s: 'a', year: 2012 },
			{ s: 'a', year: 2018 },
			{ s: 'b', year: 2016 },
			{ s: 'b', year: 2018 }
		];
		expect(withRunKeys(pts, (p) => p.s, 2).map((p) => `${p.year}:${p.run}`)).toEqual([
			'2012:a#0',
			'2018:a#1',
			'2016:b#0',
			'2018:b#0'
		]);
	});
});

describe('missingRounds', () => {
	it('missingRounds lists the survey years a series skips', () => {
		expect(missingRounds([2012, 2018], 2)).toEqual([2014, 2016]);
		expect(missingRounds([2014, 2017, 2020], 3)).toEqual([]);
	});
});
