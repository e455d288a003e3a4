// How views count statuses: stated judgments only; statuses read from
// activity words apart as "tolkad". Pure rules here; the seeds' figures are in
// claims.test.ts.
import { describe, expect, it } from 'vitest';
import {
	attainmentFromColumns,
	attainmentOf,
	countedStatus,
	includesInferred,
	noJudgmentNote,
	STATUS_DEFINITIONS,
	sumColumns,
	type StatusCountColumns
} from '$lib/views/attainment';
import { STATUS_ORDER } from '$lib/labels';

const row = (status: string, status_basis: string) => ({ status, status_basis });

describe('countedStatus', () => {
	it('countedStatus keeps a stated status and turns an inferred one into tolkad unless asked for', () => {
		expect(countedStatus('uppnadd', 'explicit')).toBe('uppnadd');
		expect(countedStatus('uppnadd', 'inferred')).toBe('tolkad');
		expect(countedStatus('uppnadd', 'inferred', true)).toBe('uppnadd');
		expect(countedStatus('ej_bedomd', 'none')).toBe('ej_bedomd');
		expect(countedStatus('saknas', 'none')).toBe('saknas');
	});
	it('includesInferred reads tolkad=1 only', () => {
		expect(includesInferred(new URLSearchParams('tolkad=1'))).toBe(true);
		expect(includesInferred(new URLSearchParams('tolkad=0'))).toBe(false);
		expect(includesInferred(new URLSearchParams(''))).toBe(false);
	});
});

describe('attainmentOf / noJudgmentNote', () => {
	it('attainmentOf a plan with no stated judgment counts nothing as uppnådd, and the note says so', () => {
		// Skarpnäck 2024's shape: 8 "uppnådd" and 23 "påbörjad" read from activity words, 7 without judgment.
		const rows = [
			...Array.from({ length: 8 }, () => row('uppnadd', 'inferred')),
			...Array.from({ length: 23 }, () => row('paborjad', 'inferred')),
			...Array.from({ length: 7 }, () => row('ej_bedomd', 'none'))
		];
		const a = attainmentOf(rows);
		expect([a.counts.uppnadd, a.counts.paborjad, a.counts.tolkad, a.counts.ej_bedomd, a.stated]).toEqual([
			0, 0, 31, 7, 0
		]);
		expect(noJudgmentNote(a)).toBe(
			'Planen anger ingen bedömning av måluppfyllelsen. 31 uppföljningar beskriver aktiviteter och visas som ”tolkad”; de räknas inte som uppnådda.'
		);
		const asked = attainmentOf(rows, true);
		expect([asked.counts.uppnadd, asked.counts.paborjad, asked.counts.tolkad]).toEqual([8, 23, 0]);
		expect(noJudgmentNote(asked)).toContain('tolkade ur aktivitetsord i 31 uppföljningar');
	});
	it('noJudgmentNote writes a count in Swedish (space as thousands separator)', () => {
		const rows = Array.from({ length: 1200 }, () => row('paborjad', 'inferred'));
		expect(noJudgmentNote(attainmentOf(rows))?.replace(/\u00a0/g, ' ')).toContain(
			'måluppfyllelsen. 1 200 uppföljningar beskriver aktiviteter'
		);
		expect(noJudgmentNote(attainmentOf(rows, true))?.replace(/\u00a0/g, ' ')).toContain(
			'aktivitetsord i 1 200 uppföljningar'
		);
	});
	it('noJudgmentNote is silent where the plan states a judgment', () => {
		expect(noJudgmentNote(attainmentOf([row('uppnadd', 'explicit'), row('uppnadd', 'inferred')]))).toBeNull();
	});
	it('attainmentFromColumns adds tolkad_<status> into the status only with tolkad=1', () => {
		const cols = {
			uppnadd: 14,
			delvis_uppnadd: 5,
			paborjad: 0,
			ej_uppnadd: 3,
			ej_bedomd: 4,
			tolkad: 2,
			tolkad_uppnadd: 1,
			tolkad_delvis_uppnadd: 0,
			tolkad_paborjad: 1,
			tolkad_ej_uppnadd: 0,
			tolkad_ej_bedomd: 0,
			stated: 22,
			saknas: 0
		} satisfies StatusCountColumns;
		expect(attainmentFromColumns(cols).counts).toMatchObject({ uppnadd: 14, paborjad: 0, tolkad: 2 });
		expect(attainmentFromColumns(cols, true).counts).toMatchObject({ uppnadd: 15, paborjad: 1, tolkad: 0 });
		expect(sumColumns([cols, cols]).uppnadd).toBe(28);
	});
	it('STATUS_DEFINITIONS has one Swedish sentence for every status the views show', () => {
		for (const s of STATUS_ORDER) expect(STATUS_DEFINITIONS[s]).toMatch(/^[A-ZÅÄÖ][^\n]+\.$/);
	});
});
