import { describe, expect, it } from 'vitest';
import { contradiction, measureFlags, type FlagFollowup, type FlagMeasure } from '$lib/views/uppfoljning/flags';
import { useDataset } from '../../../dataset';
import { planRows } from './dataset';

describe('contradiction(status, text)', () => {
	it('contradiction(uppnadd, "har ännu inte tagits fram") flags the words it read', () => {
		expect(contradiction('uppnadd', 'En samlad plan har ännu inte tagits fram. Åtgärden bedöms vara uppnådd.')).toEqual(
			{ kind: 'not_done', phrase: 'har ännu inte tagits fram' }
		);
	});

	it('contradiction(uppnadd, ...) reads not done, not started, not yet and cancelled', () => {
		expect(contradiction('uppnadd', 'Utbildningen har inte genomförts. Målet anses uppnått.')?.phrase).toBe(
			'har inte genomförts'
		);
		expect(contradiction('uppnadd', 'Arbetet har ej påbörjats.')).toEqual({
			kind: 'not_started',
			phrase: 'har ej påbörjats'
		});
		expect(contradiction('uppnadd', 'Materialet är inte framtaget ännu, men ännu inte spritt.')?.phrase).toBe(
			'ännu inte'
		);
		expect(contradiction('uppnadd', 'Insatsen har ställts in. Åtgärden bedöms vara uppnådd.')?.phrase).toBe(
			'har ställts in'
		);
	});

	it('contradiction(uppnadd, future-only text) flags a text that only promises', () => {
		expect(
			contradiction('uppnadd', 'Vi kommer att genomföra två träffar under hösten. Åtgärden bedöms vara uppnådd.')
		).toEqual({ kind: 'future_only', phrase: 'kommer att' });
		// Farsta line 40: a future sentence beside done work is not future-only.
		expect(
			contradiction(
				'uppnadd',
				'Målet anses vara uppnått. Hökarängsskolan är helt igång. Hästhagsskolan kommer att påbörja nu.'
			)
		).toBeNull();
	});

	it('contradiction(delvis_uppnadd, ...) accepts what is left, not a measure never started', () => {
		// Farsta line 68: "partly" is expected to name what is not reached yet.
		expect(
			contradiction('delvis_uppnadd', 'Det kortsiktiga målet är uppnått men inte ännu det långsiktiga målet.')
		).toBeNull();
		expect(contradiction('delvis_uppnadd', 'Arbetet har inte påbörjats. Delvis uppnådd.')?.kind).toBe('not_started');
	});

	it('contradiction(other statuses) never flags, and good news is not a failure', () => {
		expect(contradiction('ej_uppnadd', 'Har inte genomförts.')).toBeNull();
		expect(contradiction('paborjad', 'Arbetet har ännu inte tagits fram.')).toBeNull();
		expect(contradiction('uppnadd', 'Det har inte skett några incidenter. Målet är uppnått.')).toBeNull();
		// "inte" inside another word is not a negation.
		expect(contradiction('uppnadd', 'Vi har haft kontinuerliga intervjuer. Målet är uppnått.')).toBeNull();
	});
});

describe('measureFlags(measure, followups)', () => {
	const base: FlagMeasure = {
		measure_id: 'm1',
		operative_goal: 'Fler föräldrar nås',
		responsible: 'Avdelningschef',
		timing_text: '2025',
		line_start: 10,
		line_end: 14
	};
	const fu = (status: string, text: string): FlagFollowup => ({
		measure_id: 'm1',
		period: 'VB',
		status,
		text,
		line_start: 40,
		line_end: 42
	});

	it('measureFlags(complete measure) has no flag', () => {
		expect(measureFlags(base, [fu('uppnadd', 'Genomfört. Målet är uppnått.')])).toEqual([]);
	});

	it('measureFlags(empty fields, no follow-up) names each missing field at the measure lines', () => {
		const flags = measureFlags({ ...base, operative_goal: null, responsible: ' ', timing_text: null }, []);
		expect(flags.map((f) => f.code)).toEqual(['no_goal', 'no_responsible', 'no_timing', 'no_followup']);
		expect(flags.every((f) => f.line_start === 10 && f.line_end === 14)).toBe(true);
	});

	it('measureFlags(contradicting follow-up) points at the follow-up lines', () => {
		const [flag] = measureFlags(base, [fu('uppnadd', 'Planen har ännu inte tagits fram. Bedöms vara uppnådd.')]);
		expect(flag).toMatchObject({ code: 'contradiction', line_start: 40, line_end: 42, period: 'VB' });
	});
});

describe('measureFlags over the published plans', () => {
	const db = useDataset();

	const flagsOf = async (plan: string) => {
		const { measures, followups } = await planRows(db.all, plan);
		return { measures, flags: measures.flatMap((m) => measureFlags(m, followups)) };
	};
	const countBy = (flags: { code: string }[]) =>
		flags.reduce<Record<string, number>>((a, f) => ((a[f.code] = (a[f.code] ?? 0) + 1), a), {});

	it('EÅV 2025: one contradiction, line 2471 (VB says the plan "har ännu inte tagits fram" and "uppnådd")', async () => {
		const { measures, flags } = await flagsOf('enskede-arsta-vantor-atgardsplan-2025');
		expect(measures).toHaveLength(39);
		// 18 measures have no follow-up at all; every measure has goal, responsible and timing.
		expect(countBy(flags)).toEqual({ no_followup: 18, contradiction: 1 });
		const c = flags.find((f) => f.code === 'contradiction')!;
		expect(c).toMatchObject({ line_start: 2471, line_end: 2472, period: 'VB', phrase: 'har ännu inte tagits fram' });
		expect(measures.find((m) => m.measure_id === c.measure_id)?.title).toBe('Nyanställda');
	});

	it('Farsta 2024: no contradiction (delvis with "inte ännu" on line 68 is consistent), one measure without timing', async () => {
		const { flags } = await flagsOf('farsta-atgardsplan-2024');
		expect(countBy(flags)).toEqual({ no_timing: 1 });
	});

	it('Skarpnäck 2024: the layout has no operative goals; 3 without responsible, 1 without timing', async () => {
		const { flags } = await flagsOf('skarpnack-atgardsplan-2024');
		expect(countBy(flags)).toEqual({ no_goal: 39, no_responsible: 3, no_timing: 1 });
	});
});
