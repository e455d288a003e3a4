// Police promises and their follow-ups (written fixtures: other municipalities, other years).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, loadText } from '../../../helpers';
import { parseGeneric } from '$lib/ingest/layouts/generic';

const read = (name: string) =>
	parseGeneric(loadText(name, readFileSync(join(ROOT, 'tests/fixtures/medborgarloften', name), 'utf8')));

describe('parseGeneric on medborgarlöften', () => {
	it('reads a follow-up as uppfoljning and matches outcomes to promises by content (Huddinge 2019)', () => {
		const p = read('huddinge-uppfoljning-2019.md');
		expect([p.doc_type, p.year, p.municipality]).toEqual(['uppfoljning', 2019, 'Huddinge']);
		expect(p.measures).toHaveLength(4);
		const promiseOf = (line: number) => {
			const f = p.followups.find((x) => x.line_start === line)!;
			return p.measures.find((m) => m.key === f.measure_key)!.line_start;
		};
		// Outcomes at lines 16-19 in another order than the promises at lines 9-12.
		expect([16, 17, 18, 19].map(promiseOf)).toEqual([12, 9, 10, 11]);
		expect(p.followups.every((f) => f.period === 'arsuppfoljning')).toBe(true);
		// The festival follows up no promise: an issue, not a measure.
		expect(p.issues.some((i) => i.code === 'followup_unmatched' && i.line === 20)).toBe(true);
	});

	it('reads a promise document as medborgarlofte with its year and municipality (Uppsala 2021)', () => {
		const p = read('uppsala-medborgarlofte-2021.md');
		expect([p.doc_type, p.year, p.municipality]).toEqual(['medborgarlofte', 2021, 'Uppsala']);
		expect(p.measures).toHaveLength(3);
		expect(p.followups).toEqual([]);
	});

	it('takes the year from "Uppföljning 2018" and keeps a genitive municipality (Göteborgs stad)', () => {
		const p = read('goteborg-uppfoljning.md');
		expect([p.doc_type, p.year, p.municipality]).toEqual(['uppfoljning', 2018, 'Göteborg']);
		expect(p.measures).toHaveLength(2);
		const f = p.followups.map((x) => [x.line_start, p.measures.find((m) => m.key === x.measure_key)!.line_start]);
		expect(f).toEqual([
			[10, 6],
			[11, 5]
		]);
	});
});
