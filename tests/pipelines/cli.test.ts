// The command-line tools as a user runs them: exit codes, JSON shape, no stack traces.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';

const run = (script: string, args: string[]) =>
	spawnSync('npx', ['tsx', `pipelines/${script}`, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

const tmp = mkdtempSync(join(tmpdir(), 'planbild-cli-'));

describe('npm run ingest', () => {
	it('ingest --json FILE... prints {"files": [...]} with layout, district, year, counts and issues; exit 0', () => {
		const r = run('ingest-cli.ts', [
			'--json',
			'data/raw/skarpnack-atgardsplan-2024.txt',
			'data/raw/farsta-atgardsplan-2024.txt'
		]);
		expect(r.status).toBe(0);
		const doc = JSON.parse(r.stdout);
		expect(doc.files).toHaveLength(2);
		const [sk, fa] = doc.files;
		expect(Object.keys(sk).sort()).toEqual(['counts', 'district_id', 'doc_type', 'file', 'issues', 'layout', 'year']);
		expect(sk).toMatchObject({ layout: 'tsv-rows', district_id: 'skarpnack', year: 2024, doc_type: 'atgardsplan' });
		expect(sk.counts.measures).toBe(39);
		expect(fa).toMatchObject({ layout: 'word-tables', district_id: 'farsta', year: 2024 });
		expect(fa.counts.measures).toBe(28);
		for (const i of [...sk.issues, ...fa.issues])
			expect(Object.keys(i).sort()).toEqual(['code', 'line', 'line_end', 'message', 'severity']);
	});

	it('ingest exits 1 on a broken file, still reports the good one, and prints no stack trace', () => {
		const empty = join(tmp, 'tom.txt');
		writeFileSync(empty, '');
		const missing = join(tmp, 'finns-inte.xlsx');
		const r = run('ingest-cli.ts', ['--json', empty, missing, 'data/raw/skarpnack-atgardsplan-2024.txt']);
		expect(r.status).toBe(1);
		const doc = JSON.parse(r.stdout);
		expect(doc.files.map((f: { issues: { code: string }[] }) => f.issues[0]?.code)).toEqual([
			'empty_file',
			'unreadable_file',
			expect.any(String)
		]);
		expect(doc.files[2].counts.measures).toBe(39);
		expect(r.stderr).not.toMatch(/\n\s+at /);
	});

	it('ingest without --json prints a readable report per file', () => {
		const r = run('ingest-cli.ts', ['data/raw/enskede-arsta-vantor-lagesbild-2022.txt']);
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('layout: lagesbild-list');
		expect(r.stdout).toContain('situation_changes');
	});
});

describe('npm run sql', () => {
	it('sql prints a table, and --csv prints CSV', () => {
		const out = mkdtempSync(join(tmpdir(), 'planbild-sql-'));
		spawnSync('npx', ['tsx', 'pipelines/build-data.ts'], {
			cwd: ROOT,
			env: { ...process.env, PLANBILD_OUT: out },
			timeout: 120_000
		});
		const env = { ...process.env, PLANBILD_OUT: out };
		const q = 'SELECT district_id, count(*) AS n FROM measures GROUP BY 1 ORDER BY 1';
		const table = spawnSync('npx', ['tsx', 'pipelines/sql-cli.ts', q], { cwd: ROOT, env, encoding: 'utf8' });
		expect(table.status).toBe(0);
		expect(table.stdout).toMatch(/skarpnack\s+39/);
		const csv = spawnSync('npx', ['tsx', 'pipelines/sql-cli.ts', q, '--csv'], { cwd: ROOT, env, encoding: 'utf8' });
		expect(csv.stdout.split('\n')).toContain('skarpnack,39');
		const bad = spawnSync('npx', ['tsx', 'pipelines/sql-cli.ts', 'SELECT * FROM nope'], {
			cwd: ROOT,
			env,
			encoding: 'utf8'
		});
		expect(bad.status).toBe(1);
		expect(bad.stderr).toContain('SQL-fel');
	}, 300_000); // three CLI runs under tsx: 30-95 s on a loaded 2-core machine
});
