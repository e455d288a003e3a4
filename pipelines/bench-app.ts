// The app part of `npm run bench`, in headless Chromium, for the real dataset
// and a synthetic one a hundred times larger: first contentful paint, DuckDB
// ready, first live data, filter-change latency (median, p95) per view, and
// bytes transferred per view. Needs a build (`npm run build`).
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../tests/e2e/browser';
import { SUMMARY_QUERIES } from '../src/lib/views/summaries';
import { buildDataset } from './build-data';
import { compressTree } from './compress';
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

// Runs in the page as plain JavaScript (a string, so the bundler adds nothing to it): push a
// URL, let the view react to popstate, and time until the DOM has been quiet for 50 ms.
const FILTER_PROBE = `async (url) => new Promise((done) => {
	let last = performance.now();
	const t0 = last;
	const mo = new MutationObserver(() => (last = performance.now()));
	mo.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
	history.pushState({}, '', url);
	dispatchEvent(new PopStateEvent('popstate', { state: {} }));
	const check = () => {
		const now = performance.now();
		if (now - last > 50 || now - t0 > 5000) { mo.disconnect(); done(last - t0); }
		else requestAnimationFrame(check);
	};
	requestAnimationFrame(check);
})`;

const quantile = (xs: number[], q: number) => {
	if (!xs.length) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const ms = (x: number) => (Number.isFinite(x) ? Number(x.toFixed(1)) : null);

async function measure(baseUrl: string, label: string, rounds: number) {
	const { browser, close } = await launch();
	const rows: (string | number | null)[][] = [];
	try {
		for (const view of VIEW_FILTERS) {
			const page = await browser.newPage();
			// Bytes on the wire, the page's and its workers' (DuckDB's wasm is fetched by a worker).
			let bytes = 0;
			page.on('requestfinished', async (r) => {
				const sizes = await r.sizes().catch(() => null);
				if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
			});
			const res = await page.goto(baseUrl + view.path + view.variants[0]);
			if (!res || res.status() === 404) {
				await page.close();
				continue;
			}
			await page
				.waitForFunction(() => performance.getEntriesByName('planbild:duckdb-ready').length > 0, null, {
					timeout: 90_000
				})
				.catch(() => {});
			await page
				.waitForFunction(() => performance.getEntriesByName('planbild:query-done').length > 0, null, {
					timeout: 30_000
				})
				.catch(() => {});
			await page.waitForTimeout(300);
			const load = await page.evaluate(() => {
				const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
				const ready = performance.getEntriesByName('planbild:duckdb-ready')[0]?.startTime ?? NaN;
				const data = performance.getEntriesByName('planbild:query-done')[0]?.startTime ?? NaN;
				const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
				const bytes =
					(nav?.transferSize ?? 0) +
					(performance.getEntriesByType('resource') as PerformanceResourceTiming[]).reduce(
						(a, r) => a + r.transferSize,
						0
					);
				return { fcp, ready, data, bytes };
			});
			const latencies: number[] = [];
			for (let i = 0; i < rounds; i++) {
				for (const v of view.variants.length > 1 ? view.variants : []) {
					const t = (await page.evaluate(`(${FILTER_PROBE})(${JSON.stringify(view.path + v)})`)) as number;
					latencies.push(t);
				}
			}
			rows.push([
				label,
				view.path,
				ms(load.fcp),
				ms(load.ready),
				ms(load.data),
				latencies.length ? ms(quantile(latencies, 0.5)) : null,
				latencies.length ? ms(quantile(latencies, 0.95)) : null,
				latencies.length,
				Math.round(bytes / 1024)
			]);
			await page.close();
		}
	} finally {
		await close();
	}
	return rows;
}

export async function benchApp(rounds = 5): Promise<void> {
	const build = join(ROOT, 'build');
	if (!existsSync(join(build, 'index.html'))) {
		console.log('\nIngen byggd app (build/ saknas): kör `npm run build` först för webbläsarmätningen.');
		return;
	}
	// The synthetic set: the same app with a dataset 100x larger (prerendered HTML stays the real one).
	const { dataset } = buildDataset(join(ROOT, 'data'));
	const big = multiplyDataset(dataset, 100);
	const dir = mkdtempSync(join(tmpdir(), 'planbild-bench-'));
	cpSync(build, dir, { recursive: true });
	const { summaries } = await writeDataset(big, join(dir, 'data'), SUMMARY_QUERIES, []);
	writeFileSync(join(dir, 'data', 'summaries.json'), JSON.stringify(summaries));
	await compressTree(join(dir, 'data'));

	const real = await startServer(build, 0);
	const synthetic = await startServer(dir, 0);
	const url = (s: typeof real) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
	try {
		const rows = [
			...(await measure(url(real), `verklig (${rowCount(dataset)} rader)`, rounds)),
			...(await measure(url(synthetic), `100× (${rowCount(big)} rader)`, rounds))
		];
		console.log('\nAppen i headless Chromium (ms från navigeringens start; filterbyten: median och p95)\n');
		console.log(
			formatTable(
				['dataset', 'vy', 'FCP', 'DuckDB redo', 'första data', 'filter median', 'filter p95', 'byten', 'KB överfört'],
				rows
			)
		);
		console.log(
			'\nMål: ett filterbyte inom två bildrutor (33 ms) i dagens storlek och inom 100 ms vid 100×; siffror syns (FCP) före DuckDB.\n' +
				'KB överfört: vyerna öppnas i tur och ordning i samma webbläsare, så den första vyn visar en kall cache (DuckDB:s wasm ingår) och de andra en varm.'
		);
	} finally {
		real.close();
		synthetic.close();
	}
}
