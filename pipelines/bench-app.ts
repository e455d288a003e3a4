// The app part of `npm run bench`, in headless Chromium: per view, time to
// numbers (first contentful paint of the prerendered HTML), time to interactive
// (DuckDB ready and every live query of the view answered), the bare-engine floor
// (a page that only starts the same DuckDB-wasm bundle and attaches
// planbild.duckdb), interactive ÷ floor, filter-change latency at the real size and
// at 100×, and the bytes a cold first visit transfers. Floor and view loads are
// interleaved round by round, so load on the machine hits both alike.
// Needs a build (`npm run build`).
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUMMARY_QUERIES } from '../src/lib/views/summaries';
import { buildDataset } from './build-data';
import { compressTree } from './compress';
import { filterChange, freshPage, markTime, quantile, queriesSettled, startBrowser } from './lib/bench-browser';
import { writeFloorPage } from './lib/floor-page';
import { multiplyDataset, rowCount } from './lib/synthetic';
import { formatTable } from './lib/table';
import { writeDataset } from './lib/write-dataset';
import { startServer } from './serve';

const ROOT = join(import.meta.dirname, '..');

/** Each view with the URL variations its filters go through (values that exist in the data). */
export const VIEW_FILTERS: { path: string; variants: string[] }[] = [
	{ path: '/', variants: [''] },
	{
		path: '/jamfor',
		variants: ['', '?metric=causes', '?metric=measures_per_cause', '?district=skarpnack', '?area=unga-i-riskzon']
	},
	{
		path: '/atgarder',
		variants: [
			'',
			'?q=trygghetsvandringar',
			'?district=farsta',
			'?status=uppnadd',
			'?q=föräldrastöd&district=skarpnack'
		]
	},
	{
		path: '/uppfoljning',
		variants: [
			'?district=enskede-arsta-vantor&year=2025',
			'?district=skarpnack&year=2024',
			'?district=farsta&year=2024'
		]
	},
	{ path: '/tackning', variants: ['', '?area=unga-i-riskzon', '?district=skarpnack'] },
	{ path: '/indikatorer', variants: ['', '?district=skarpnack', '?district=farsta'] },
	{ path: '/kallor', variants: [''] }
];

type Browser = Awaited<ReturnType<typeof startBrowser>>;
const url = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
const median = (xs: number[]) => quantile(xs, 0.5);
const ms = (x: number) => (Number.isFinite(x) ? Math.round(x) : null);

async function floorLoad(browser: Browser, base: string, dir = 'golv'): Promise<number> {
	const { page, context } = await freshPage(browser);
	try {
		await page.goto(`${base}/${dir}/`);
		await page.waitForFunction(() => document.body.dataset.rows || document.body.dataset.error, null, {
			timeout: 90_000
		});
		const error = await page.evaluate('document.body.dataset.error');
		if (error) throw new Error(`golvsidan: ${error}`);
		return await markTime(page, 'floor:ready');
	} finally {
		await context.close();
	}
}

/** One cold visit; then, on the same page, each filter variant `changes` times. */
async function viewLoad(browser: Browser, base: string, view: (typeof VIEW_FILTERS)[number], changes: number) {
	const { page, context, bytes } = await freshPage(browser);
	try {
		await page.goto(base + view.path + view.variants[0]);
		await page.waitForFunction(() => performance.getEntriesByName('planbild:duckdb-ready').length > 0, null, {
			timeout: 90_000
		});
		const interactive = Math.max(
			await markTime(page, 'planbild:duckdb-ready'),
			await queriesSettled(page, 400, 30_000)
		);
		const numbers = await markTime(page, 'first-contentful-paint');
		const cold = bytes();
		const latencies: number[] = [];
		for (let i = 0; i < changes; i++)
			for (const v of view.variants.length > 1 ? [...view.variants.slice(1), view.variants[0]] : [])
				latencies.push(await filterChange(page, view.path + v));
		return { numbers, interactive, cold, latencies };
	} finally {
		await context.close();
	}
}

/** A temporary copy of the build with the bare floor page, and one with the 100× dataset. */
async function prepare(build: string) {
	const dir = mkdtempSync(join(tmpdir(), 'planbild-bench-'));
	const real = join(dir, 'real');
	const big = join(dir, 'big');
	cpSync(build, real, { recursive: true });
	await writeFloorPage(build, join(real, 'golv'), ROOT);
	await writeFloorPage(build, join(real, 'golv-opatchad'), ROOT, true);
	await compressTree(join(real, 'golv'), { skipCompressed: true });
	cpSync(build, big, { recursive: true });
	const { dataset } = buildDataset(join(ROOT, 'data'));
	const bigData = multiplyDataset(dataset, 100);
	const { summaries } = await writeDataset(bigData, join(big, 'data'), SUMMARY_QUERIES, []);
	writeFileSync(join(big, 'data', 'summaries.json'), JSON.stringify(summaries));
	await compressTree(join(big, 'data'));
	return { real, big, realRows: rowCount(dataset), bigRows: rowCount(bigData) };
}

export async function benchApp(rounds = 5, build = join(ROOT, 'build')): Promise<void> {
	if (!existsSync(join(build, 'index.html'))) {
		console.log('\nIngen byggd app (build/ saknas): kör `npm run build` först för webbläsarmätningen.');
		return;
	}
	const dirs = await prepare(build);
	const real = await startServer(dirs.real, 0);
	const big = await startServer(dirs.big, 0);
	const browser = await startBrowser();
	const per = new Map(
		VIEW_FILTERS.map((v) => [
			v.path,
			{
				numbers: [] as number[],
				interactive: [] as number[],
				floor: [] as number[],
				cold: [] as number[],
				f1: [] as number[],
				f100: [] as number[]
			}
		])
	);
	// duckdb-wasm 1.32 eh as published, without the start-up patch: today's floor, once per round.
	const unpatched: number[] = [];
	try {
		for (let r = 0; r < rounds; r++) {
			unpatched.push(await floorLoad(browser, url(real), 'golv-opatchad'));
			for (const view of VIEW_FILTERS) {
				const m = per.get(view.path)!;
				// Floor and view back to back, so both see the same load on the machine.
				m.floor.push(await floorLoad(browser, url(real)));
				const one = await viewLoad(browser, url(real), view, 2);
				m.numbers.push(one.numbers);
				m.interactive.push(one.interactive);
				m.cold.push(one.cold);
				m.f1.push(...one.latencies);
				if (view.variants.length > 1) m.f100.push(...(await viewLoad(browser, url(big), view, 1)).latencies);
			}
		}
	} finally {
		await browser.close();
		real.close();
		big.close();
	}
	const rows = VIEW_FILTERS.map(({ path }) => {
		const m = per.get(path)!;
		const [ti, fl] = [median(m.interactive), median(m.floor)];
		return [
			path,
			ms(median(m.numbers)),
			ms(ti),
			ms(fl),
			Number((ti / fl).toFixed(2)),
			m.f1.length ? ms(median(m.f1)) : null,
			m.f1.length ? ms(quantile(m.f1, 0.95)) : null,
			m.f100.length ? ms(median(m.f100)) : null,
			m.f100.length ? ms(quantile(m.f100, 0.95)) : null,
			Math.round(median(m.cold) / 1024)
		];
	});
	console.log(
		`\nAppen i headless Chromium, ${rounds} omgångar med golv och vy om vartannat (median; ms från navigeringens start; ` +
			`1× = ${dirs.realRows} rader, 100× = ${dirs.bigRows} rader)\n`
	);
	console.log(
		formatTable(
			[
				'vy',
				'siffror',
				'interaktiv',
				'golv',
				'interaktiv/golv',
				'filter p50 1×',
				'p95 1×',
				'p50 100×',
				'p95 100×',
				'KB kallt'
			],
			rows
		)
	);
	const allFloors = [...per.values()].flatMap((m) => m.floor);
	console.log(
		`\nGolv med byggets DuckDB (patchad worker): ${ms(median(allFloors))} ms; ` +
			`med duckdb-wasm 1.32 eh opatchad: ${ms(median(unpatched))} ms (kvot ${(median(allFloors) / median(unpatched)).toFixed(2)})`
	);
	console.log(
		'\nsiffror: första målningen (de förrenderade siffrorna). interaktiv: DuckDB redo och vyns alla frågor besvarade. ' +
			'golv: en tom sida som bara startar samma DuckDB-wasm (worker + wasm ur bygget) och kopplar planbild.duckdb. ' +
			'KB kallt: allt en första visning med tom cache hämtar (komprimerat).\n' +
			'Mål: interaktiv ≤ 1,1 × golvet; filterbyte p95 ≤ 33 ms vid 1× och ≤ 100 ms vid 100×; första vyn ≤ 6 MB.'
	);
}
