import { describe, expect, it } from 'vitest';
import { RunningQueries, TableHolds } from '../../src/lib/db/holds';

/** A promise and its resolve/reject, to fill a table when the test says so. */
function deferred() {
	let resolve!: () => void;
	let reject!: (e: Error) => void;
	const promise = new Promise<void>((res, rej) => {
		resolve = res;
		reject = rej;
	});
	return { promise, resolve, reject };
}

describe('TableHolds', () => {
	it('makes a query wait for the tables it names as whole words, not for others', () => {
		const holds = new TableHolds();
		holds.hold('measures', deferred().promise);
		holds.hold('source_lines', deferred().promise);
		expect(holds.waitsFor('SELECT * FROM measures m JOIN districts d USING (district_id)')).toHaveLength(1);
		expect(holds.waitsFor('SELECT * FROM memory.imports.measures')).toHaveLength(1);
		// measure_status and measure_id are other words than measures.
		expect(holds.waitsFor('SELECT measure_id FROM measure_status')).toHaveLength(0);
		expect(holds.waitsFor('SELECT * FROM source_lines s, measures m')).toHaveLength(2);
		expect(holds.waitsFor('SELECT * FROM districts')).toHaveLength(0);
	});

	it('releases a table once its fill settles, also when the fill failed', async () => {
		const holds = new TableHolds();
		const a = deferred();
		const b = deferred();
		holds.hold('measures', a.promise);
		holds.hold('followups', b.promise);
		expect(holds.held).toEqual(['measures', 'followups']);
		let waited = false;
		const query = Promise.all(holds.waitsFor('SELECT * FROM measures')).then(() => (waited = true));
		await Promise.resolve();
		expect(waited).toBe(false);
		a.resolve();
		await query;
		expect(waited).toBe(true);
		expect(holds.held).toEqual(['followups']);
		b.reject(new Error('chunk could not be read'));
		await holds.all();
		expect(holds.held).toEqual([]);
		expect(holds.waitsFor('SELECT * FROM followups')).toHaveLength(0);
	});

	it('all() waits for every table held at the time', async () => {
		const holds = new TableHolds();
		const a = deferred();
		holds.hold('causes', a.promise);
		let done = false;
		const all = holds.all().then(() => (done = true));
		await Promise.resolve();
		expect(done).toBe(false);
		a.resolve();
		await all;
		expect(done).toBe(true);
	});
});

describe('RunningQueries', () => {
	const settled = async (p: Promise<unknown>) => {
		let done = false;
		void p.then(() => (done = true));
		await new Promise((r) => setTimeout(r, 0));
		return done;
	};

	it('is idle at once when nothing runs', async () => {
		expect(await settled(new RunningQueries().idle())).toBe(true);
	});

	it('makes idle() wait for every running query, answered or failed', async () => {
		const q = new RunningQueries();
		const a = deferred();
		const b = deferred();
		const ra = q.run(() => a.promise);
		const rb = q.run(() => b.promise).catch(() => 'failed');
		const idle = q.idle();
		expect(await settled(idle)).toBe(false);
		a.resolve();
		await ra;
		expect(await settled(idle)).toBe(false);
		b.reject(new Error('syntax'));
		expect(await rb).toBe('failed');
		expect(await settled(idle)).toBe(true);
		expect(await settled(q.idle())).toBe(true);
	});
});
