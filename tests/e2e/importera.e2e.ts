// Importera in Chromium: drop the city's Excel template, a Word and a PDF
// plan and a Swedish indicator CSV (tests/fixtures/import, made by
// `npm run fixtures`); see them in Källor, Översikt and the union views (and
// in Åtgärder, Jämför and Uppföljning where the build has them); reload and
// still see them; remove them. Every bad input gets its Swedish message
// naming the file while the tab keeps answering and nothing already imported
// or published changes. Runs in one browser profile, in order: later tests
// build on the imports of earlier ones.
import { DuckDBInstance } from '@duckdb/node-api';
import { unzipSync } from 'fflate';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeXlsx, type CellInput } from '../../pipelines/lib/office-write';
import { axeViolations } from './axe';
import { launch, recordRequests, type Page } from './browser';

const base = inject('baseURL');
const ROOT = join(import.meta.dirname, '../..');
const FIX = join(ROOT, 'tests/fixtures/import');
const BUILD = join(ROOT, 'build');
const T = { timeout: 60_000 };
let ctx: Awaited<ReturnType<typeof launch>>;
let page: Page;
let requests: string[];
const cspViolations: string[] = [];
const dialogs: string[] = [];

// indicator_values: 161 official + 11 quoted in plans (Farsta 9, Skarpnäck 2: lines 19 and 58).
const PUBLISHED = { plans: 5, measures: 147, indicator_values: 172 };
const fixture = (name: string) => join(FIX, name);
/** Intl writes 20 000 with a no-break space; compare with plain spaces. */
const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

beforeAll(async () => {
	ctx = await launch();
	page = await ctx.browser.newPage();
	requests = recordRequests(page);
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
	});
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(
				`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`
			)
		);
	});
	await openImport();
});
afterAll(async () => {
	await ctx?.close();
});

async function openImport(path = '/importera') {
	await page.goto(base + path);
	await page.waitForSelector('#filer:not([disabled])', T);
}

const q = <T = Record<string, unknown>>(sql: string) =>
	page.evaluate(
		(s) => (globalThis as unknown as { planbild: { query(s: string): Promise<unknown> } }).planbild.query(s),
		sql
	) as Promise<T[]>;
const one = async (sql: string) => Object.values((await q(sql))[0])[0] as number;

/** Counts over published + imported rows, as every view sees them. */
async function totals() {
	return {
		plans: await one('SELECT count(*)::INT FROM plans'),
		measures: await one('SELECT count(*)::INT FROM measures'),
		indicator_values: await one('SELECT count(*)::INT FROM indicator_values'),
		published_plans: await one("SELECT count(*)::INT FROM plans WHERE provenance = 'published'"),
		published_measures: await one('SELECT count(*)::INT FROM planbild.measures')
	};
}

/** Drops files on the page's file input; returns each file's report (newest outcome of that name). */
async function drop(files: Parameters<Page['setInputFiles']>[1], names: string[]): Promise<string[]> {
	const before = await page.locator('article.outcome').count();
	await page.setInputFiles('#filer', files);
	await expect.poll(() => page.locator('article.outcome').count(), T).toBe(before + names.length);
	return Promise.all(
		names.map((n) =>
			page
				.locator('article.outcome')
				.filter({ has: page.locator(`h3:text-is("${n}")`) })
				.first()
				.innerText()
				.then(sp)
		)
	);
}

/** Largest gap (ms) between 25 ms timer ticks on the page while `work` runs: a frozen tab shows a long gap. */
async function maxGapDuring<R>(work: () => Promise<R>): Promise<{ result: R; gap: number }> {
	await page.evaluate(() => {
		const w = window as unknown as { __gap: number; __hb: number };
		w.__gap = 0;
		let last = performance.now();
		w.__hb = window.setInterval(() => {
			const now = performance.now();
			w.__gap = Math.max(w.__gap, now - last);
			last = now;
		}, 25);
	});
	const result = await work();
	const gap = await page.evaluate(() => {
		const w = window as unknown as { __gap: number; __hb: number };
		clearInterval(w.__hb);
		return w.__gap;
	});
	return { result, gap };
}

const importedPlan = async (sourceFile: string) =>
	(await q<{ plan_id: string }>(`SELECT plan_id FROM plans WHERE source_file = '${sourceFile}'`))[0]?.plan_id;

describe('Importera (/importera)', () => {
	it('states its limits, has a strict Content-Security-Policy in every page, and passes axe', async () => {
		const text = sp(await page.locator('main').innerText());
		expect(text).toContain('Högst 20 MB per fil');
		expect(text).toContain('Högst 20 000 rader per blad');
		expect(text).toContain('zip-bomber');
		const html = await (await fetch(base + '/importera')).text();
		const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
		const directives = Object.fromEntries(
			csp.split(';').map((d) => {
				const [name, ...values] = d.trim().split(/\s+/);
				return [name, values];
			})
		);
		expect(directives['default-src']).toEqual(["'self'"]);
		expect(directives['connect-src']).toEqual(["'self'"]);
		expect(directives['object-src']).toEqual(["'none'"]);
		expect(directives['script-src']).toContain("'self'");
		expect(directives['script-src']).toContain("'wasm-unsafe-eval'");
		expect(directives['script-src']).not.toContain("'unsafe-inline'");
		expect(directives['script-src']).not.toContain("'unsafe-eval'");
		// Only the origin, hashes and keywords: no host anywhere in the policy.
		expect(csp).not.toMatch(/https?:|\*/);
		const pages = readdirSync(BUILD, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(3);
		for (const f of pages)
			expect(readFileSync(join(BUILD, f), 'utf8'), f).toContain('http-equiv="content-security-policy"');
		expect(await axeViolations(page)).toEqual([]);
	});

	it('the file input is reached from the keyboard', async () => {
		await page.locator('body').focus();
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(() => document.activeElement?.id === 'filer')) break;
		}
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('filer');
	});

	it('reads the Excel template, a Word and a PDF plan and a Windows-1252 indicator CSV, each with its report', async () => {
		const names = [
			'skarpnack-atgardsplan-2024.xlsx',
			'farsta-atgardsplan-2024.docx',
			'enskede-arsta-vantor-atgardsplan-2025.pdf',
			'indikatorer-farsta.csv'
		];
		const { result: reports, gap } = await maxGapDuring(() => drop(names.map(fixture), names));
		// Counts established from the seeds: the published readings of the same documents
		// give Skarpnäck 39 measures, 32 causes; Farsta 28; Enskede-Årsta-Vantör 39, 43 causes.
		expect(reports[0]).toContain('Importerad: 39 åtgärder, 32 orsaker, 39 uppföljningar, läst som Stadens Excelmall');
		expect(reports[0]).toContain('Bladet "Unga i riskzon" börjar här');
		expect(reports[0]).toContain('Bladet "Listor" är dolt');
		expect(reports[1]).toContain('Importerad: 28 åtgärder, 0 orsaker, 28 uppföljningar, läst som Wordtabeller i par');
		expect(reports[2]).toContain('Importerad: 39 åtgärder, 43 orsaker, 61 uppföljningar, läst som PDF av Excelmallen');
		// The CSV: `;`, decimal comma, Windows-1252 (16 rows of the published indicator table, re-encoded).
		expect(reports[3]).toContain('Importerad: 16 indikatorvärden');
		expect(reports[3]).toContain('Filen indikatorer-farsta.csv är inte UTF-8; den lästes som Windows-1252.');
		expect(gap).toBeLessThan(1000);

		const t = await totals();
		expect(t).toEqual({
			plans: PUBLISHED.plans + 3,
			measures: PUBLISHED.measures + 39 + 28 + 39,
			// The CSV's 16 values, the 9 figures Farsta's plan quotes (LOB, police survey, SIG) and
			// Skarpnäck's 2 (lines 19 and 58).
			indicator_values: PUBLISHED.indicator_values + 16 + 9 + 2,
			published_plans: PUBLISHED.plans,
			published_measures: PUBLISHED.measures
		});
		// Decimal comma and å/ä/ö survived: 13,6 for Polisregion Stockholm in 2013.
		const ntu = await q<{ value: number; place_name: string; provenance: string }>(
			"SELECT value, place_name, provenance FROM indicator_values WHERE source_file = 'indikatorer-farsta.csv' AND indicator_id = 'ntu_utsatt_brott_person' AND year = 2013 AND place_id = 'polisregion-stockholm'"
		);
		expect(ntu).toEqual([{ value: 13.6, place_name: 'Polisregion Stockholm', provenance: 'user_import' }]);
		// Imported plans never take a published plan's id.
		const ids = await q<{ plan_id: string }>("SELECT plan_id FROM plans WHERE provenance = 'user_import' ORDER BY 1");
		expect(ids.map((r) => r.plan_id)).toEqual([
			expect.stringMatching(/^enskede-arsta-vantor-atgardsplan-2025-[0-9a-f]{8}$/),
			expect.stringMatching(/^farsta-atgardsplan-2024-[0-9a-f]{8}$/),
			expect.stringMatching(/^skarpnack-atgardsplan-2024-[0-9a-f]{8}$/)
		]);
	});

	it('removes names, e-mail addresses and phone numbers before anything is stored or shown', async () => {
		const pdf = 'enskede-arsta-vantor-atgardsplan-2025.pdf';
		// The PDF names officials ("Sandra H berättar …", line 2474 of the seed); only markers remain.
		expect(
			await one(`SELECT count(*)::INT FROM source_lines WHERE source_file = '${pdf}' AND text LIKE '%Sandra%'`)
		).toBe(0);
		expect(
			await one(`SELECT count(*)::INT FROM source_lines WHERE source_file = '${pdf}' AND text LIKE '%[namn]%'`)
		).toBeGreaterThan(0);
		const imported = "source_file IN (SELECT source_file FROM plans WHERE provenance = 'user_import')";
		const email = "regexp_matches(text, '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+[.][A-Za-z]{2,}')";
		expect(await one(`SELECT count(*)::INT FROM source_lines WHERE ${imported} AND ${email}`)).toBe(0);
		const report = await page.locator('article.outcome').filter({ hasText: pdf }).first().innerText();
		expect(report).toContain('Personuppgift borttagen');
		expect(report).not.toContain('personal_data_removed');
	});

	it('imported plans are in Källor and Översikt, marked as imported, with their source text and report', async () => {
		const planId = await importedPlan('skarpnack-atgardsplan-2024.xlsx');
		await page.goto(base + '/kallor');
		await expect.poll(() => page.locator('table').first().innerText(), T).toContain('skarpnack-atgardsplan-2024.xlsx');
		expect(await page.locator('table').first().innerText()).toMatch(/importerad/i);
		// Row 4 of sheet "Unga i riskzon" is "Riktade insatser genom SIG": line 16 of the rendered workbook
		// (1 "Blad 1: Framsida", 2-9 its rows, 10 blank, 11 "Blad 2: …", 12 merged cells, 13-16 rows 1-4).
		await page.goto(`${base}/kallor?plan=${planId}#L16`);
		await expect.poll(() => page.locator('h1').innerText(), T).toContain('Skarpnäck 2024');
		expect(await page.locator('h1').innerText()).toMatch(/importerad/i);
		await expect.poll(() => page.locator('li.marked').count(), T).toBe(1);
		expect(await page.locator('li.marked').innerText()).toContain('Riktade insatser genom SIG');
		expect(await page.locator('main').innerText()).toContain('Bladet "Unga i riskzon" börjar här');
		expect(await axeViolations(page)).toEqual([]);
		await page.goto(base + '/');
		await page.waitForFunction(() => document.querySelector('.engine')?.textContent?.includes('redo'), null, T);
		await expect.poll(() => page.locator('table').first().innerText(), T).toContain('importerad');
		expect(await page.locator('table').first().locator('.imported-tag').count()).toBe(3);
	});

	it('Åtgärder lists the imported measures', async () => {
		const planId = await importedPlan('farsta-atgardsplan-2024.docx').catch(() => null);
		await page.goto(`${base}/atgarder?plan=${planId}`);
		await page.waitForFunction(() => document.querySelector('.engine')?.textContent?.includes('redo'), null, T);
		await expect.poll(() => page.locator('main').innerText(), T).toContain(`${PUBLISHED.measures + 106}`);
		expect(await page.locator('main').innerText()).toContain('Humlan-stödgruppsverksamhet');
		expect(await page.locator('li.measure .imported-tag').count()).toBeGreaterThan(0);
	});

	it('Jämför stadsdelar counts the imported plan per area', async () => {
		const planId = await importedPlan('skarpnack-atgardsplan-2024.xlsx');
		// With a year every plan of that year is compared, the imported one beside the published one.
		await page.goto(`${base}/jamfor?year=2024&cell=${planId}:unga-i-riskzon`);
		await page.waitForFunction(() => document.querySelector('.engine')?.textContent?.includes('redo'), null, T);
		// Sheet "Unga i riskzon": 10 measures, as in the published Skarpnäck plan.
		await expect.poll(() => page.locator('.records tbody tr').count(), T).toBe(10);
		expect(await page.locator('.records').innerText()).toContain('Ungdomsutsättning');
		// The imported rows (Skarpnäck's and Farsta's 2024 plans) are marked; the published ones beside them are not.
		expect(await page.locator('.heat tbody tr', { has: page.locator('.imported-tag') }).count()).toBe(2);
		expect(await page.locator('.heat tbody tr').count()).toBe(4);
		// Its source link (/kallor/<id>#L…, which has no prerendered page) lands on the lines in /kallor?plan=.
		await page.locator('.records tbody a[href*="/kallor/"]').first().click();
		await expect.poll(() => page.evaluate(() => location.search), T).toBe(`?plan=${planId}`);
		await expect.poll(() => page.locator('li.marked').count(), T).toBeGreaterThan(0);
		expect(await page.evaluate(() => location.hash)).toMatch(/^#L\d+/);
	});

	it('Uppföljning shows the imported plan’s statuses', async () => {
		const planId = await importedPlan('enskede-arsta-vantor-atgardsplan-2025.pdf');
		await page.goto(`${base}/uppfoljning?plan=${planId}`);
		await page.waitForFunction(() => document.querySelector('.engine')?.textContent?.includes('redo'), null, T);
		await expect.poll(() => page.locator('h1').innerText(), T).toContain('Enskede-Årsta-Vantör 2025');
		expect(await page.locator('h1').innerText()).toContain('importerad');
		// As the published plan: 39 measures, uppnådd 7, delvis 7, påbörjad 5, ej uppnådd 1, ej bedömd 1, saknas 18.
		await expect
			.poll(() => page.locator('main').innerText(), T)
			.toContain(
				'Av 39 åtgärder: uppnådd 7, delvis uppnådd 7, påbörjad 5, ej uppnådd 1, tolkad (ingen bedömning) 0, ej bedömd 1, uppföljning saknas 18.'
			);
		await expect
			.poll(() => page.locator('main').innerText(), T)
			.toContain('bedöms ur ett processperspektiv vara uppnådd');
	});

	it('keeps the imports across a reload', async () => {
		await openImport();
		await page.reload();
		await page.waitForSelector('#filer:not([disabled])', T);
		const table = await page.locator('ul.imports').innerText();
		for (const f of [
			'skarpnack-atgardsplan-2024.xlsx',
			'farsta-atgardsplan-2024.docx',
			'enskede-arsta-vantor-atgardsplan-2025.pdf',
			'indikatorer-farsta.csv'
		])
			expect(table).toContain(f);
		expect((await totals()).measures).toBe(PUBLISHED.measures + 106);
	});

	it('after a reload, the first queries see a stored import of many chunks whole, not half restored', async () => {
		// 12 000 measures: three Arrow chunks per table in IndexedDB. The engine is handed out before
		// they are back in DuckDB; a query waits for the tables it names until their rows are in.
		const rows: CellInput[][] = [['Prioriterat samverkansområde', 'Orsak', 'Åtgärd', 'När', 'Vem', 'Uppföljning']];
		for (let i = 1; i <= 12_000; i++)
			rows.push([
				`Problem ${i % 40}`,
				`Orsak ${i % 300}`,
				`Åtgärd nummer ${i}`,
				'2025',
				'Skarpnäck stadsdelsförvaltning',
				'Genomförd.'
			]);
		const dir = mkdtempSync(join(tmpdir(), 'planbild-bitar-'));
		const path = join(dir, 'tolvtusen-rader.xlsx');
		writeFileSync(path, writeXlsx([{ name: 'Unga i riskzon', rows }]));
		const before = await totals();
		const [r] = await drop(path, ['tolvtusen-rader.xlsx']);
		expect(r).toContain('Importerad: 12 000 åtgärder');
		const lines = await one('SELECT count(*)::INT FROM source_lines');
		const followups = await one('SELECT count(*)::INT FROM followups');
		await page.goto(base + '/atgarder');
		await page.waitForFunction(() => 'planbild' in globalThis, null, T);
		const [measures, sourceLines, followupsNow] = await Promise.all([
			one('SELECT count(*)::INT FROM measures'),
			one('SELECT count(*)::INT FROM source_lines'),
			one('SELECT count(*)::INT FROM followups')
		]);
		expect([measures, sourceLines, followupsNow]).toEqual([before.measures + 12_000, lines, followups]);
		await expect
			.poll(() => page.locator('.count').first().innerText(), T)
			.toContain(`av ${(before.measures + 12_000).toLocaleString('sv-SE')}`);
		// Uppföljning draws a big plan's measures a page at a time (the plan names Skarpnäck).
		await page.goto(`${base}/uppfoljning?plan=${await importedPlan('tolvtusen-rader.xlsx')}`);
		const table = page.getByRole('table', { name: /^Åtgärder inom/ }).first();
		await expect.poll(() => table.locator(':scope > tbody > tr').count(), T).toBe(100);
		await page
			.locator('.table-wrap', { has: page.getByRole('region', { name: /^Åtgärder inom/ }) })
			.first()
			.getByRole('button', { name: 'Visa 100 till' })
			.click();
		await expect.poll(() => table.locator(':scope > tbody > tr').count(), T).toBe(200);
		await openImport();
		await page.getByRole('button', { name: 'Ta bort tolvtusen-rader.xlsx' }).click();
		await expect.poll(() => totals(), T).toEqual(before);
	});

	it('reads the same file once: dropped again, it is said to be imported already', async () => {
		const [r] = await drop(fixture('skarpnack-atgardsplan-2024.xlsx'), ['skarpnack-atgardsplan-2024.xlsx']);
		expect(r).toContain('som redan är importerad; den lästes inte in en gång till');
		expect((await totals()).measures).toBe(PUBLISHED.measures + 106);
	});

	it('exports what was imported as Parquet (the published columns and types) and CSV per table', async () => {
		expect(await page.locator('main').innerText()).toContain('varje tabell som Parquet');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Ladda ner importerade tabeller (.zip)' }).click()
		]);
		const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
		expect(Object.keys(zip)).toEqual(
			expect.arrayContaining(['LASMIG.txt', 'plans.parquet', 'plans.csv', 'measures.parquet', 'measures.csv'])
		);
		expect(Object.keys(zip).filter((f) => f.endsWith('.arrow'))).toEqual([]);
		const plansCsv = new TextDecoder().decode(zip['plans.csv']);
		expect(plansCsv.split('\r\n').filter(Boolean).length).toBe(1 + 3);
		expect(plansCsv).toContain('user_import');

		// DuckDB reads the exported Parquet: the published file's columns and types, the imported rows.
		const dir = mkdtempSync(join(tmpdir(), 'planbild-export-'));
		const con = await (await DuckDBInstance.create(':memory:')).connect();
		const rows = async (q: string) => (await con.runAndReadAll(q)).getRowObjectsJson();
		for (const table of ['plans', 'measures']) {
			const file = join(dir, `${table}.parquet`);
			writeFileSync(file, zip[`${table}.parquet`]);
			const types = (q: string) => rows(`SELECT column_name, column_type FROM (DESCRIBE ${q})`);
			expect(await types(`SELECT * FROM read_parquet('${file}')`)).toEqual(
				await types(`SELECT * FROM read_parquet('${join(ROOT, 'static/data', `${table}.parquet`)}')`)
			);
		}
		const plans = await rows(`SELECT * FROM read_parquet('${join(dir, 'plans.parquet')}')`);
		expect(plans.map((p) => p.provenance)).toEqual(['user_import', 'user_import', 'user_import']);
		expect((await rows(`SELECT count(*)::INTEGER AS n FROM read_parquet('${join(dir, 'plans.parquet')}')`))[0]).toEqual(
			{ n: 3 }
		);
		expect(
			(await rows(`SELECT count(*)::INTEGER AS n FROM read_parquet('${join(dir, 'measures.parquet')}')`))[0]
		).toEqual({ n: 106 });
	});
});

describe('Importera: bad input', () => {
	// Every case: a Swedish message naming the file, nothing imported or published changed.
	let before: Awaited<ReturnType<typeof totals>>;
	beforeAll(async () => {
		await openImport();
		before = await totals();
	});
	const unchanged = async () => expect(await totals()).toEqual(before);

	it('an empty file', async () => {
		const [r] = await drop(fixture('tom.xlsx'), ['tom.xlsx']);
		expect(r).toContain('Kunde inte läsas');
		expect(r).toContain('Filen tom.xlsx är tom (0 byte). Inget kunde läsas.');
		await unchanged();
	});

	it('a binary file renamed .xlsx', async () => {
		const [r] = await drop(fixture('bild-omdopt.xlsx'), ['bild-omdopt.xlsx']);
		expect(r).toContain('Filen bild-omdopt.xlsx heter .xlsx men är inte en Excel-fil (.xlsx)');
		expect(r).toContain('ZIP-signaturen');
		await unchanged();
	});

	it('a truncated .xlsx', async () => {
		const [r] = await drop(fixture('avklippt.xlsx'), ['avklippt.xlsx']);
		expect(r).toContain('Filen avklippt.xlsx kunde inte läsas');
		expect(r).toContain('filen verkar avklippt');
		await unchanged();
	});

	it('a zip bomb, honest and lying about its size', async () => {
		const { result, gap } = await maxGapDuring(() =>
			drop([fixture('zipbomb.xlsx'), fixture('zipbomb-ljuger.xlsx')], ['zipbomb.xlsx', 'zipbomb-ljuger.xlsx'])
		);
		expect(result[0]).toContain('Filen zipbomb.xlsx läses inte av säkerhetsskäl');
		expect(result[0]).toContain('packad 1024 gånger');
		expect(result[1]).toContain('Filen zipbomb-ljuger.xlsx läses inte av säkerhetsskäl');
		expect(result[1]).toContain('packas upp till mer än de 10 kB den uppger');
		expect(gap).toBeLessThan(1000);
		await unchanged();
	});

	it('a 50 MB file is refused before it is read', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'planbild-stor-'));
		const path = join(dir, 'stor-plan.pdf');
		writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 0x20));
		const { result, gap } = await maxGapDuring(() => drop(path, ['stor-plan.pdf']));
		expect(result[0]).toContain('Filen stor-plan.pdf är 50 MB; gränsen är 20 MB per fil. Den lästes inte.');
		expect(gap).toBeLessThan(1000);
		await unchanged();
	});

	it('a password-protected document', async () => {
		const [r] = await drop(fixture('losenord.xlsx'), ['losenord.xlsx']);
		expect(r).toContain('Filen losenord.xlsx är lösenordsskyddad (krypterad)');
		await unchanged();
	});

	it('cells with HTML, script and formula payloads are read as text, each named by its cell', async () => {
		const [r] = await drop(fixture('skadlig-mall.xlsx'), ['skadlig-mall.xlsx']);
		expect(r).toContain('Importerad: 2 åtgärder');
		expect(r).toContain('Blad "Unga i riskzon", cell A3 innehåller HTML- eller skripttaggar');
		expect(r).toContain('Blad "Unga i riskzon", cell E3 innehåller en formel (HYPERLINK)');
		expect(r).toContain('Blad "Unga i riskzon", cell F3 börjar som en formel ("=…")');
		expect(r).toContain('Blad "Unga i riskzon", cell C4 börjar som en formel ("@…")');
		const measures = await q<{ title: string; responsible: string }>(
			"SELECT title, responsible FROM measures WHERE source_file = 'skadlig-mall.xlsx' ORDER BY line_start"
		);
		// Tags are gone from the records; the formula's cached value is text; nothing ran.
		expect(measures).toEqual([
			{ title: 'Skolvärdar på morgonen', responsible: 'Klicka här' },
			{ title: '@SUM(1+1) Läxhjälp', responsible: 'Fritidsgården' }
		]);
		const planId = await importedPlan('skadlig-mall.xlsx');
		await page.goto(`${base}/kallor?plan=${planId}`);
		await expect.poll(() => page.locator('.source').innerText(), T).toContain('<script>alert("xss")</script>Skolk');
		expect(await page.evaluate(() => document.querySelectorAll('main script, main img').length)).toBe(0);
		await page.goto(`${base}/uppfoljning?district=skarpnack&year=2025`);
		await expect.poll(() => page.locator('main').innerText(), T).toContain('Skolvärdar på morgonen');
		expect(dialogs).toEqual([]);
		await openImport();
		await page.getByRole('button', { name: 'Ta bort skadlig-mall.xlsx' }).click();
		await expect.poll(() => totals(), T).toEqual(before);
	});

	it('a sheet with 100 000 rows gets its message, and the tab keeps answering', async () => {
		const rows: CellInput[][] = [
			['Prioriterat samverkansområde', 'Orsak', 'Åtgärd', 'När', 'Vem', 'Uppföljning'],
			[
				'Unga i riskzon för destruktivt beteende',
				'Beskriv orsaken till problemet.',
				'Koppla åtgärd mot respektive orsak.'
			]
		];
		for (let i = 1; i <= 100_000; i++)
			rows.push([`Problem ${i % 50}`, `Orsak ${i % 500}`, `Åtgärd nummer ${i}`, '2025', 'Enheten', '']);
		const dir = mkdtempSync(join(tmpdir(), 'planbild-rader-'));
		const path = join(dir, 'hundratusen-rader.xlsx');
		writeFileSync(path, writeXlsx([{ name: 'Unga i riskzon', rows }]));
		const { result, gap } = await maxGapDuring(async () => {
			const reports = drop(path, ['hundratusen-rader.xlsx']);
			// The progress indicator names the file while the worker reads it.
			await expect.poll(() => page.locator('.progress').innerText(), T).toContain('hundratusen-rader.xlsx');
			expect(await page.locator('.progress progress').count()).toBe(1);
			return reports;
		});
		expect(result[0]).toContain('Filen hundratusen-rader.xlsx, blad "Unga i riskzon"');
		expect(result[0]).toContain('fler än 20 000 rader med innehåll; gränsen är 20 000 rader per blad');
		expect(gap).toBeLessThan(1000);
		// The page answered while the worker read the sheet.
		expect(await page.evaluate(() => 1 + 1)).toBe(2);
		await unchanged();
	});

	it('a Windows-1252 CSV from which nothing could be read is reported as not read, with what was tried', async () => {
		const bytes = Buffer.from('Åtgärdsplan 2025 för Farsta\r\nÖvrigt; inget här\r\n', 'latin1');
		const [r] = await drop({ name: 'anteckning.csv', mimeType: 'text/csv', buffer: bytes }, ['anteckning.csv']);
		expect(r).toContain('Kunde inte läsas. Inget ändrades.');
		expect(r).toContain(
			'Ingen åtgärd, uppföljning eller indikatorvärde kunde läsas ur anteckning.csv, så inget sparades.'
		);
		expect(r).toContain('Layouten som prövades var generic; filen gav 2 rader text, varav 2 med innehåll.');
		expect(r).toContain('Filen anteckning.csv är inte UTF-8; den lästes som Windows-1252.');
		expect(
			await page
				.locator('ul.imports')
				.innerText()
				.catch(() => '')
		).not.toContain('anteckning.csv');
		await unchanged();
	});

	it('files as other programs make them: a LibreOffice PDF print of the template, Excel text exports, 25 000 empty rows', async () => {
		const OW = join(FIX, 'other-writers');
		const names = ['libreoffice-mall.pdf', 'libreoffice-mall.xlsx', 'mall-unicode-text.txt', 'mall-semikolon.csv'];
		const reports = await drop(
			names.map((n) => join(OW, n)),
			names
		);
		// Written by hand from tests/fixtures/import/other-writers/content.mjs: 5 measures, 3 causes, 6 follow-ups;
		// the text exports hold the first sheet only (3 measures, 2 causes, 5 follow-ups).
		expect(reports[0]).toContain('Importerad: 5 åtgärder, 3 orsaker, 6 uppföljningar, läst som Stadens Excelmall');
		expect(reports[0]).toContain('lästes som en utskrift av Excel-mallen');
		expect(reports[1]).toContain('Importerad: 5 åtgärder, 3 orsaker, 6 uppföljningar');
		expect(reports[2]).toContain('Importerad: 3 åtgärder, 2 orsaker, 5 uppföljningar');
		expect(reports[2]).toContain('den lästes som UTF-16 LE');
		expect(reports[3]).toContain('Importerad: 3 åtgärder, 2 orsaker, 5 uppföljningar');
		const when = await q<{ title: string; timing_text: string; operative_goal: string | null }>(
			"SELECT title, timing_text, operative_goal FROM measures WHERE source_file = 'libreoffice-mall.xlsx' ORDER BY line_start"
		);
		expect(when.slice(0, 2)).toEqual([
			{ title: 'Nattvandring', timing_text: '2026-09-01', operative_goal: 'Vuxna ute varje fredag och lördag' },
			{ title: 'Fritidsgård öppen sena kvällar', timing_text: '2026-06-30', operative_goal: '25 %' }
		]);
		for (const n of names) await page.getByRole('button', { name: `Ta bort ${n}` }).click();
		await expect.poll(() => totals(), T).toEqual(before);
	});

	it('nested and broken tags never reach a stored title', async () => {
		const rows: CellInput[][] = [
			['Prioriterat samverkansområde', 'Orsak', 'Åtgärd', 'När', 'Vem', 'Uppföljning'],
			[
				'Unga i riskzon för destruktivt beteende',
				'Beskriv orsaken till problemet.',
				'Koppla åtgärd mot respektive orsak.'
			],
			['Problem A', 'Orsak A', '<img src=x onerror=alert(1)>Nattvandring', '2026', 'Fältgruppen', ''],
			['Problem A', 'Orsak B', '<<b>img src=x onerror=alert(2)>Läxhjälp', '2026', 'Fritidsgården', ''],
			['Problem A', 'Orsak C', '&lt;img src=x onerror=alert(3)&gt;Skolvärdar<img src=x', '2026', 'Skolan', '']
		];
		const path = join(mkdtempSync(join(tmpdir(), 'planbild-taggar-')), 'taggar.xlsx');
		writeFileSync(path, writeXlsx([{ name: 'Unga i riskzon', rows }]));
		const [r] = await drop(path, ['taggar.xlsx']);
		expect(r).toContain('Importerad: 3 åtgärder');
		const titles = await q<{ title: string }>(
			"SELECT title FROM measures WHERE source_file = 'taggar.xlsx' ORDER BY line_start"
		);
		expect(titles.map((t) => t.title)).toEqual(['Nattvandring', 'Läxhjälp', 'Skolvärdar']);
		expect(dialogs).toEqual([]);
		await page.getByRole('button', { name: 'Ta bort taggar.xlsx' }).click();
		await expect.poll(() => totals(), T).toEqual(before);
	});

	it('made no request off origin and broke no Content-Security-Policy rule', () => {
		expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
		expect(cspViolations).toEqual([]);
		expect(dialogs).toEqual([]);
	});
});

describe('Importera: removing', () => {
	it('removes one import from every table and keeps it removed after a reload; the published rows stay', async () => {
		await openImport();
		const planId = await importedPlan('skarpnack-atgardsplan-2024.xlsx');
		await page.getByRole('button', { name: 'Ta bort skarpnack-atgardsplan-2024.xlsx' }).click();
		await expect.poll(() => page.locator('ul.imports').innerText(), T).not.toContain('skarpnack-atgardsplan-2024.xlsx');
		const left = async () =>
			one(`SELECT (SELECT count(*) FROM plans WHERE plan_id = '${planId}')
				+ (SELECT count(*) FROM measures WHERE plan_id = '${planId}')
				+ (SELECT count(*) FROM causes WHERE plan_id = '${planId}')
				+ (SELECT count(*) FROM followups WHERE plan_id = '${planId}')
				+ (SELECT count(*) FROM measure_status WHERE measure_id LIKE '${planId}--%')
				+ (SELECT count(*) FROM measure_causes WHERE measure_id LIKE '${planId}--%')
				+ (SELECT count(*) FROM source_lines WHERE source_file = 'skarpnack-atgardsplan-2024.xlsx')
				+ (SELECT count(*) FROM ingest_issues WHERE source_file = 'skarpnack-atgardsplan-2024.xlsx')`);
		expect(Number(await left())).toBe(0);
		expect((await totals()).measures).toBe(PUBLISHED.measures + 28 + 39);
		await page.reload();
		await page.waitForSelector('#filer:not([disabled])', T);
		expect(Number(await left())).toBe(0);
		expect(await page.locator('ul.imports').innerText()).not.toContain('skarpnack-atgardsplan-2024.xlsx');
	});

	it('removes all imports; the published dataset is as before', async () => {
		await page.getByRole('button', { name: 'Ta bort alla importer' }).click();
		await expect.poll(() => page.locator('main').innerText(), T).toContain('Inga importerade filer');
		const t = await totals();
		expect(t).toEqual({
			plans: PUBLISHED.plans,
			measures: PUBLISHED.measures,
			indicator_values: PUBLISHED.indicator_values,
			published_plans: PUBLISHED.plans,
			published_measures: PUBLISHED.measures
		});
		await page.reload();
		await page.waitForSelector('#filer:not([disabled])', T);
		expect((await totals()).plans).toBe(PUBLISHED.plans);
	});
});
