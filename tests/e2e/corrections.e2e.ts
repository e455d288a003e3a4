// Corrections in Chromium: make one correction of each kind from Källor's
// work list, reload (IndexedDB keeps them), see them marked "rättad" in
// Åtgärder, export one CSV per kind, rebuild the dataset from those files
// (build-data with PLANBILD_CORRECTIONS into a temp folder) and read back the
// same values with provenance through @duckdb/node-api; then remove one.
import { DuckDBInstance } from '@duckdb/node-api';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { launch, recordRequests, type Page } from './browser';

const base = inject('baseURL');
const ROOT = join(import.meta.dirname, '../..');
const T = { timeout: 60_000 };
const SHOTS = process.env.PLANBILD_SHOTS;
const ROLE = 'analytiker, stadsledningskontoret';
let ctx: Awaited<ReturnType<typeof launch>>;
let page: Page;
let requests: string[];

beforeAll(async () => {
	ctx = await launch();
	page = await ctx.browser.newPage();
	requests = recordRequests(page);
	await openKallor();
});
afterAll(async () => {
	await ctx?.close();
});

async function openKallor() {
	await page.goto(base + '/kallor');
	// Källor has no engine badge: DuckDB is ready when the console helper is there.
	await page.waitForFunction(() => 'planbild' in globalThis, null, T);
	await page.waitForSelector('#worklist-h ~ ul.open', T);
}

const q = <R = Record<string, unknown>>(sql: string) =>
	page.evaluate(
		(s) => (globalThis as unknown as { planbild: { query(s: string): Promise<unknown> } }).planbild.query(s),
		sql
	) as Promise<R[]>;

/** What each kind changed, as a view's SQL sees it (the same SQL runs on the rebuilt dataset). */
const CHECKS = {
	cause_link:
		"SELECT measure_id, cause_id, correction_reason FROM measure_causes WHERE correction_id LIKE 'cause-link-%'",
	status:
		"SELECT measure_id, status, status_basis, status_phrase, correction_reason FROM measure_status WHERE correction_id LIKE 'status-%'",
	area: "SELECT measure_id, area_id, area_label_raw FROM measures WHERE correction_id LIKE 'area-%'",
	quote:
		"SELECT indicator_id, value, provenance, correction_reason FROM indicator_values WHERE correction_id LIKE 'quote-%'",
	split: "SELECT measure_id, title, line_start FROM measures WHERE correction_id LIKE 'split-%'",
	merge: "SELECT measure_id, title, line_start, line_end FROM measures WHERE correction_id LIKE 'merge-%'"
} as const;
const ORDER = ' ORDER BY ALL';

/**
 * Opens the work-list item that contains `text`, presses its button, fills the dialog and saves;
 * returns once the correction is visible in SQL, so the next dialog lists the corrected records
 * (a merge opened before a split was applied could pick the measure being split).
 */
async function correct(
	kind: keyof typeof CHECKS,
	text: string,
	button: string,
	fill: (dialog: ReturnType<Page['locator']>) => Promise<void>
) {
	const before = await page.locator('ul.done li').count();
	const item = page.locator('ul.open li').filter({ hasText: text }).first();
	await item.getByRole('button', { name: new RegExp(`^${button}`) }).click();
	const dialog = page.locator('dialog[open]');
	await dialog.waitFor(T);
	await fill(dialog);
	await dialog.getByLabel('Varför').fill(`Testets skäl: ${button} ${text}`);
	await dialog.getByLabel('Vem beslutar').fill(ROLE);
	await dialog.getByRole('button', { name: 'Spara rättelsen' }).click();
	await dialog.waitFor({ state: 'detached', ...T });
	await expect.poll(() => page.locator('ul.done li').count(), T).toBe(before + 1);
	await expect.poll(async () => (await q(CHECKS[kind])).length, T).toBeGreaterThan(0);
}

const browserValues: Record<string, unknown[]> = {};

describe('Rättelser', () => {
	it('makes one correction of each kind from the work list, keyboard and axe included', async () => {
		const open = await page.locator('ul.open li').count();
		expect(open).toBeGreaterThan(5);
		// Keyboard: the first Rätta button opens the dialog on Enter, Esc closes it and focus returns.
		const first = page.locator('ul.open li button').first();
		await first.focus();
		await page.keyboard.press('Enter');
		await page.locator('dialog[open]').waitFor(T);
		expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
		if (SHOTS) await page.screenshot({ path: join(SHOTS, 'dialog.png') });
		expect(await axeViolations(page)).toEqual([]);
		await page.keyboard.press('Escape');
		await page.locator('dialog[open]').waitFor({ state: 'detached', ...T });
		expect(await first.evaluate((b) => b === document.activeElement)).toBe(true);

		await correct('cause_link', 'sammanslagen cell; kopplingen är en gissning', 'Rätta', async () => {});
		// A Skarpnäck status ("Pågår" is only Skarpnäck's phrase): the split and merge below take Farsta measures.
		await correct('status', '(tolkad): »Pågår«', 'Rätta', async (d) => {
			await d.getByLabel('Status', { exact: true }).selectOption('delvis_uppnadd');
			await d.getByLabel('Grund').selectOption('explicit');
		});
		await correct('area', 'Områdesnamnet "Brottsförebyggande rådet Skärholmen"', 'Rätta', async (d) => {
			await d.getByLabel('Prioriterat område').selectOption('kriminella-miljoer');
		});
		await correct('quote', 'har ingen officiell serie', 'Rätta', async (d) => {
			await d.getByLabel('Indikatorserie').selectOption('lob_arenden');
		});
		await correct('split', 'kan vara fel avgränsad', 'Dela', async (d) => {
			await d.getByLabel(/en per rad/).fill('Första delen\nAndra delen');
		});
		await correct('merge', 'kan vara fel avgränsad', 'Slå ihop', async (d) => {
			await d.locator('input[type=checkbox]').first().check();
		});
		expect(await page.locator('ul.done li').count()).toBe(6);
		const done = await page.locator('ul.done').allInnerTexts();
		expect(done.join('\n')).toContain(`Beslutat av ${ROLE}`);
		if (SHOTS) await page.screenshot({ path: join(SHOTS, 'kallor.png'), fullPage: true });
		expect(await axeViolations(page)).toEqual([]);
		for (const [kind, sql] of Object.entries(CHECKS)) {
			browserValues[kind] = await q(sql + ORDER);
			expect(browserValues[kind].length, kind).toBeGreaterThan(0);
		}
		expect(browserValues.status).toEqual([
			expect.objectContaining({ status: 'delvis_uppnadd', status_basis: 'explicit' })
		]);
		expect(browserValues.quote).toEqual([
			expect.objectContaining({ indicator_id: 'lob_arenden', provenance: 'corrected' })
		]);
	});

	it('keeps them after a reload and marks the corrected values "rättad" in Åtgärder', async () => {
		await openKallor();
		await expect.poll(() => page.locator('ul.done li').count(), T).toBe(6);
		for (const [kind, sql] of Object.entries(CHECKS)) expect(await q(sql + ORDER), kind).toEqual(browserValues[kind]);

		const measure = (browserValues.status[0] as { measure_id: string }).measure_id;
		// The measure's district only (a page holds 50 measures): its id starts with the plan's.
		await page.goto(`${base}/atgarder?district=${measure.split('-atgardsplan')[0]}`);
		await page.waitForFunction(() => document.querySelector('.engine')?.textContent?.includes('redo'), null, T);
		const item = page.locator(`#atgard-${measure}`);
		await item.waitFor(T);
		const mark = item.getByRole('button', { name: /^rättad/ });
		await mark.waitFor(T);
		// Once in a fresh-clone run under load the first click left the mark closed (not reproduced
		// in three local runs): the mark is clicked again while it is closed.
		await expect
			.poll(async () => {
				if ((await mark.getAttribute('aria-expanded')) !== 'true') await mark.click();
				return item.locator('.corrected .detail').count();
			}, T)
			.toBe(1);
		const detail = await item.locator('.corrected .detail').innerText();
		expect(detail).toContain('Inläst:');
		expect(detail).toContain('(tolkad)');
		expect(detail).toContain(`Beslutat av ${ROLE}`);
		if (SHOTS) await item.screenshot({ path: join(SHOTS, 'atgarder.png') });
		expect(await axeViolations(page)).toEqual([]);
	});

	it('exports one CSV per kind that build:data publishes with the same values and provenance', async () => {
		await openKallor();
		const dir = mkdtempSync(join(tmpdir(), 'planbild-corrections-'));
		for (const kind of Object.keys(CHECKS)) {
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: `${kind}.csv` }).click()
			]);
			expect(download.suggestedFilename()).toBe(`${kind}.csv`);
			await download.saveAs(join(dir, `${kind}.csv`));
		}
		expect(readdirSync(dir).sort()).toEqual(
			Object.keys(CHECKS)
				.map((k) => `${k}.csv`)
				.sort()
		);
		const csv = readFileSync(join(dir, 'status.csv'), 'utf8');
		expect(csv.startsWith('\uFEFFcorrection_id;measure_id;status')).toBe(true);
		expect(csv).toContain(ROLE);

		const out = mkdtempSync(join(tmpdir(), 'planbild-corrected-data-'));
		const log = execFileSync('npx', ['tsx', 'pipelines/build-data.ts'], {
			cwd: ROOT,
			env: { ...process.env, PLANBILD_OUT: out, PLANBILD_CORRECTIONS: dir },
			encoding: 'utf8'
		});
		expect(log).toContain('Rättelser: 6 av 6 tillämpade');
		const instance = await DuckDBInstance.create(join(out, 'planbild.duckdb'), { access_mode: 'READ_ONLY' });
		const con = await instance.connect();
		try {
			const read = async (sql: string) => (await con.runAndReadAll(sql)).getRowObjectsJson();
			for (const [kind, sql] of Object.entries(CHECKS))
				expect(await read(sql + ORDER), kind).toEqual(browserValues[kind]);
			const published = await read('SELECT kind, applied, decided_by, csv_file FROM corrections ORDER BY kind');
			expect(published).toHaveLength(6);
			expect(published.every((c) => c.applied === true && c.decided_by === ROLE)).toBe(true);
			expect(await read("SELECT count(*)::INT AS n FROM ingest_issues WHERE code LIKE 'correction%'")).toEqual([
				{ n: 0 }
			]);
		} finally {
			con.closeSync();
			instance.closeSync();
		}
	});

	it('removes corrections one by one', async () => {
		const measures = async () => (await q<{ n: number }>('SELECT count(*)::INT AS n FROM measures'))[0].n;
		const withSplit = await measures();
		const split = page.locator('ul.done li').filter({ hasText: 'Delas i 2 åtgärder' });
		await split.getByRole('button', { name: /^Ta bort/ }).click();
		await expect.poll(() => page.locator('ul.done li').count(), T).toBe(5);
		await expect.poll(measures, T).toBe(withSplit - 1);
		expect(await q(CHECKS.split)).toEqual([]);
		expect(await q(CHECKS.status + ORDER)).toEqual(browserValues.status);
		await openKallor();
		await expect.poll(() => page.locator('ul.done li').count(), T).toBe(5);
		const off = requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:'));
		expect(off).toEqual([]);
	});
});
