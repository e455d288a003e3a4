// matchMeasures against a synthetic second year made from the Skarpnäck seed:
// the same plan read by the real pipeline, then renamed, trimmed and extended.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReference } from '../../../../pipelines/lib/context';
import { dice, matchMeasures, similarity, strengthOf, tokens } from '$lib/views/uppfoljning/match';
import { ingestDocument } from '$lib/ingest/ingest';
import type { Row } from '$lib/schema/tables';
import { ROOT } from '../../../helpers';

const ref = loadReference(join(ROOT, 'data'));
const bytes = new Uint8Array(readFileSync(join(ROOT, 'data/raw/skarpnack-atgardsplan-2024.txt')));
const year2024 = ingestDocument({ file: 'skarpnack-atgardsplan-2024.txt', bytes, sha256: 'a'.repeat(64) }, ref.ctx)
	.rows!.measures;

// 2025: three titles reworded (description untouched, as a plan revision
// would), "Tjejgrupp via fältverksamheten" dropped, one new measure added.
const RENAMED: Record<string, string> = {
	'Riktade insatser genom SIG': 'Riktade insatser genom sociala insatsgrupper (SIG)',
	Föräldrastödare: 'Föräldrastödare i öppenvården',
	'Socialsekreterare hos polis': 'Socialsekreterare placerad hos polisen'
};
const DROPPED = 'Tjejgrupp via fältverksamheten';
const ADDED: Row<'measures'> = {
	...year2024[0],
	measure_id: 'skarpnack-2025-ny',
	title: 'Digital ungdomsmottagning',
	description: 'Chattjour för unga kvällstid med kurator'
};
const year2025 = [
	...year2024
		.filter((m) => m.title !== DROPPED)
		.map((m) => ({ ...m, measure_id: `${m.measure_id}-2025`, year: 2025, title: RENAMED[m.title] ?? m.title })),
	ADDED
];

describe('matchMeasures(2025, 2024) over a synthetic Skarpnäck 2025', () => {
	const result = matchMeasures(year2025, year2024);

	it('matchMeasures reads 39 measures in the seed (the tsv-rows golden count)', () => {
		expect(year2024).toHaveLength(39);
		expect(year2025).toHaveLength(39);
	});

	it('matchMeasures marks 38 carried, 1 new, 1 dropped', () => {
		expect(result.carried).toHaveLength(38);
		expect(result.added.map((m) => m.title)).toEqual(['Digital ungdomsmottagning']);
		expect(result.dropped.map((m) => m.title)).toEqual([DROPPED]);
	});

	it('matchMeasures pairs each renamed measure with its old self, with a visible strength', () => {
		for (const [old, renamed] of Object.entries(RENAMED)) {
			const pair = result.carried.find((p) => p.current.title === renamed)!;
			expect(pair.previous.title).toBe(old);
			expect(pair.strength).not.toBeNull();
			expect(pair.score).toBeLessThan(1);
		}
		// Skarpnäck's descriptions repeat the title, so a rename moves the score:
		// {riktad, insats, sig} vs {riktad, insats, sig, social, insatsgrupp}: 2·3/(3+5) = 0.75.
		expect(result.carried.find((p) => p.previous.title === 'Riktade insatser genom SIG')).toMatchObject({
			score: 0.75,
			strength: 'stark'
		});
	});

	it('matchMeasures keeps twins one to one and every unchanged measure at score 1', () => {
		const unchanged = result.carried.filter((p) => !(p.previous.title in RENAMED));
		expect(unchanged).toHaveLength(35);
		expect(unchanged.every((p) => p.score === 1 && p.current.title === p.previous.title)).toBe(true);
		expect(new Set(result.carried.map((p) => p.previous.measure_id)).size).toBe(38);
	});

	it('matchMeasures(x, []) and ([], x) make everything new or dropped', () => {
		expect(matchMeasures(year2025, []).added).toHaveLength(39);
		expect(matchMeasures([], year2024).dropped).toHaveLength(39);
	});
});

describe('tokens / dice / similarity / strengthOf', () => {
	it('tokens(text) lower-cases, drops stopwords and stems Swedish endings', () => {
		expect([...tokens('Trygghetsvandringar i Skarpnäck och Bagarmossen')]).toEqual([
			'trygghetsvandring',
			'skarpnäck',
			'bagarmoss'
		]);
		expect(tokens('trygghetsvandring')).toEqual(tokens('Trygghetsvandringar'));
	});

	it('dice(a, b) is 2|A∩B|/(|A|+|B|), and 0 for two empty sets', () => {
		expect(dice(new Set(['a', 'b']), new Set(['b', 'c']))).toBe(0.5);
		expect(dice(new Set(), new Set())).toBe(0);
	});

	it('similarity of unrelated measures stays under the threshold', () => {
		const a = { measure_id: 'a', title: 'Krog- och tobakstillsyn', description: 'Tillsyn av serveringsställen' };
		const b = { measure_id: 'b', title: 'Föräldrastödare', description: 'Stöd till föräldrar' };
		expect(similarity(a, b)).toBeLessThan(0.3);
		expect(strengthOf(similarity(a, b))).toBeNull();
	});

	it('strengthOf(score) uses the documented limits', () => {
		expect([0.75, 0.74, 0.5, 0.3, 0.29].map(strengthOf)).toEqual(['stark', 'medel', 'medel', 'svag', null]);
	});
});
