// The published dataset as a whole: built into a temporary folder from
// data/raw, then read back through DuckDB and the files themselves.
import { DuckDBInstance } from '@duckdb/node-api';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_SCHEMA, TABLE_NAMES } from '../../src/lib/schema/tables';
import { ROOT } from '../helpers';

const OUT = mkdtempSync(join(tmpdir(), 'planbild-data-'));
let tables: Record<string, Record<string, unknown>[]> = {};

async function readAll(file: string, viaParquet: boolean) {
	const instance = await DuckDBInstance.create(
		viaParquet ? ':memory:' : file,
		viaParquet ? {} : { access_mode: 'READ_ONLY' }
	);
	const con = await instance.connect();
	const out: Record<string, Record<string, unknown>[]> = {};
	for (const t of TABLE_NAMES) {
		const from = viaParquet ? `read_parquet('${join(OUT, t + '.parquet')}')` : `"${t}"`;
		out[t] = (await con.runAndReadAll(`SELECT * FROM ${from}`)).getRowObjectsJson() as Record<string, unknown>[];
	}
	con.closeSync();
	instance.closeSync();
	return out;
}

beforeAll(async () => {
	execFileSync('npx', ['tsx', 'pipelines/build-data.ts'], {
		cwd: ROOT,
		env: { ...process.env, PLANBILD_OUT: OUT },
		stdio: 'pipe'
	});
	tables = await readAll(join(OUT, 'planbild.duckdb'), false);
}, 120_000);

describe('npm run build:data', () => {
	it('writes one Parquet file per table with the same rows as planbild.duckdb, and a valid manifest', async () => {
		const files = readdirSync(OUT);
		for (const t of TABLE_NAMES) expect(files).toContain(`${t}.parquet`);
		const manifest = MANIFEST_SCHEMA.parse(JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8')));
		const parquet = await readAll(join(OUT, 'planbild.duckdb'), true);
		for (const t of TABLE_NAMES) {
			expect(parquet[t], t).toEqual(tables[t]);
			expect(manifest.tables.find((m) => m.name === t)?.rows, t).toBe(tables[t].length);
		}
		expect(manifest.sources.map((s) => s.source_file).sort()).toEqual(
			readdirSync(join(ROOT, 'data/raw'))
				.filter((f) => f !== 'README.md')
				.sort()
		);
	});

	it('fills every table of DATA_MODEL.md from the five documents and the indicator files', () => {
		expect(tables.plans).toHaveLength(5);
		// Counted by hand from the documents (see tests/lib/ingest/*.test.ts and the golden files):
		// Skarpnäck 39, Enskede-Årsta-Vantör 2025 13+10+5+5+6 = 39, Farsta 28, Skärholmen 41.
		const perPlan = Object.fromEntries(
			tables.plans.map((p) => [p.plan_id, tables.measures.filter((m) => m.plan_id === p.plan_id).length])
		);
		expect(perPlan).toEqual({
			'skarpnack-atgardsplan-2024': 39,
			'enskede-arsta-vantor-atgardsplan-2025': 39,
			'farsta-atgardsplan-2024': 28,
			'skarholmen-gemensam-atgardsplan-utan-ar': 41,
			'enskede-arsta-vantor-lagesbild-2022': 0
		});
		expect(tables.situation_changes).toHaveLength(22);
		expect(tables.measure_status).toHaveLength(tables.measures.length);
		expect(tables.districts).toHaveLength(17);
		expect(tables.indicators.length).toBeGreaterThanOrEqual(59);
		expect(tables.indicator_values.filter((v) => v.provenance === 'official')).toHaveLength(161);
		// Farsta's 9 (5 SIG counts, LOB 31 and 27, Polisens trygghetsundersökning 81,73 and 57,81 %)
		// and Skarpnäck's 2 (Stockholmsenkäten 2022 line 19, Trygghetsmätningen 2023 line 58).
		const quoted = tables.indicator_values.filter((v) => v.provenance === 'quoted_in_plan');
		expect(quoted).toHaveLength(11);
		expect(quoted.filter((v) => v.indicator_id === 'lob_arenden').map((v) => [v.value, v.year])).toEqual([
			[31, null],
			[27, null]
		]);
		expect(
			quoted
				.filter((v) => String(v.plan_id ?? '').startsWith('skarpnack'))
				.map((v) => [v.indicator_id, v.year, v.value, v.line_start])
		).toEqual([
			['plan_se_otrygghet_bostadsomrade_forandring', 2022, 5, 19],
			['plan_tm_hushall_utsatt_brott', 2023, 25, 58]
		]);
		for (const t of [
			'problems',
			'causes',
			'measure_causes',
			'followups',
			'ingest_issues',
			'source_lines',
			'priority_areas',
			'area_labels'
		])
			expect(tables[t].length, t).toBeGreaterThan(0);
	});

	it('gives every measure a status, saknas exactly where it has no follow-up', () => {
		const withFollowup = new Set(tables.followups.map((f) => f.measure_id));
		for (const s of tables.measure_status) {
			expect(s.status === 'saknas', String(s.measure_id)).toBe(!withFollowup.has(s.measure_id));
			if (s.status === 'saknas') expect(s.period).toBeNull();
		}
	});

	it('accounts for every non-empty line of every input in a record or an ingest issue', () => {
		const ranges = new Map<string, [number, number][]>();
		const add = (file: unknown, a: unknown, b: unknown) => {
			if (typeof file !== 'string' || typeof a !== 'number') return;
			ranges.set(file, [...(ranges.get(file) ?? []), [a, typeof b === 'number' ? b : a]]);
		};
		for (const t of [
			'problems',
			'causes',
			'measures',
			'followups',
			'situation_changes',
			'indicator_values',
			'stated_counts'
		])
			for (const r of tables[t]) add(r.source_file, r.line_start, r.line_end);
		for (const i of tables.ingest_issues) add(i.source_file, i.line, i.line_end);
		for (const file of readdirSync(join(ROOT, 'data/raw')).filter((f) => f !== 'README.md')) {
			const lines = readFileSync(join(ROOT, 'data/raw', file), 'utf8').split(/\r\n|\r|\n/);
			const covered = (n: number) => (ranges.get(file) ?? []).some(([a, b]) => n >= a && n <= b);
			const missing = lines.map((l, i) => (l.trim() && !covered(i + 1) ? i + 1 : 0)).filter(Boolean);
			expect(missing, file).toEqual([]);
		}
	});

	it('publishes none of the names, e-mail addresses or phone numbers found in the seeds', async () => {
		// Found by reading the seeds (lines named in the comments); the test may name them, the code may not.
		const personal = [
			'Kearsley', // lagesbild line 143
			'maria.kearsley', // lagesbild line 143
			'anette.petersson', // skarholmen line 20
			'508 24 420', // skarholmen line 19
			'564 24 45', // skarholmen line 28
			'Mimmi', // EÅV lines 981, 983
			'Starck', // EÅV line 1469
			'Veronica', // EÅV lines 1466, 1469
			'Gabriella', // EÅV lines 1466, 2335
			'joanna', // EÅV line 1466
			'Sandra', // EÅV lines 983, 1466, 2336, 2474, 2479
			'Jenny', // EÅV line 2335
			'Leah', // EÅV line 2335
			'Minna', // EÅV line 959
			'Anna Ls' // EÅV line 1445
		];
		const dump =
			JSON.stringify(tables) +
			readFileSync(join(OUT, 'summaries.json'), 'utf8') +
			readFileSync(join(OUT, 'manifest.json'), 'utf8');
		for (const p of personal) expect(dump.toLowerCase(), p).not.toContain(p.toLowerCase());
		expect(tables.ingest_issues.filter((i) => i.code === 'personal_data_removed').length).toBeGreaterThanOrEqual(20);
		for (const i of tables.ingest_issues.filter((i) => i.code === 'personal_data_removed'))
			for (const p of personal) expect(String(i.message)).not.toContain(p);
	});

	it('gives ids that are unique and survive a rebuild unchanged', () => {
		for (const [t, key] of [
			['measures', 'measure_id'],
			['causes', 'cause_id'],
			['problems', 'problem_id'],
			['followups', 'followup_id'],
			['plans', 'plan_id']
		] as const) {
			const ids = tables[t].map((r) => r[key]);
			expect(new Set(ids).size, t).toBe(ids.length);
		}
		const again = mkdtempSync(join(tmpdir(), 'planbild-data-'));
		execFileSync('npx', ['tsx', 'pipelines/build-data.ts'], {
			cwd: ROOT,
			env: { ...process.env, PLANBILD_OUT: again },
			stdio: 'pipe'
		});
		const a = JSON.parse(readFileSync(join(OUT, 'summaries.json'), 'utf8'));
		const b = JSON.parse(readFileSync(join(again, 'summaries.json'), 'utf8'));
		expect(b.overview).toEqual(a.overview);
	});
});
