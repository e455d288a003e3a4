// The app in Debian's Chromium: every view loads real data, makes no request
// outside its origin, passes axe (WCAG 2.1 A/AA) and works from the keyboard.
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { browserSuite, recordRequests } from './browser';

const { base, browser, open, offOrigin } = browserSuite(inject('baseURL'));

describe('Översikt (/)', () => {
	it('shows prerendered numbers before DuckDB, then the engine becomes ready', async () => {
		const page = await browser().newPage();
		await page.route('**/*.wasm', () => new Promise(() => {})); // hold DuckDB back
		await page.goto(base + '/');
		const html = await page.locator('table').first().innerText();
		expect(html).toContain('Skarpnäck');
		expect(html).toContain('Enskede-Årsta-Vantör');
		await expect.poll(() => page.locator('.engine').innerText()).toContain('Startar databasen');
		await page.close();
	});

	it('answers from DuckDB-wasm with no request leaving the origin and no axe violation', async () => {
		const { page, requests } = await open('/');
		await page.waitForFunction(() => document.querySelector('.engine')?.textContent?.includes('redo'), null, {
			timeout: 60_000
		});
		// The overview query ran in DuckDB (over the published + imported views) without an error.
		await expect
			.poll(() => page.evaluate(() => performance.getEntriesByName('planbild:query-done').length))
			.toBeGreaterThan(0);
		expect(await page.locator('[role=alert]').count()).toBe(0);
		expect(await page.locator('table').first().innerText()).toContain('Farsta');
		expect(offOrigin(requests)).toEqual([]);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});

describe('no layout jump when DuckDB takes over', () => {
	it.each(['/', '/jamfor', '/atgarder', '/uppfoljning', '/tackning', '/indikatorer'])(
		'%s keeps its cumulative layout shift under 0.1 from first paint until the live data are on screen',
		async (path) => {
			const page = await browser().newPage();
			await page.addInitScript(() => {
				const w = window as unknown as { __cls: number };
				w.__cls = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
						if (!e.hadRecentInput) w.__cls += e.value;
				}).observe({ type: 'layout-shift', buffered: true });
			});
			await page.goto(base + path);
			await page.waitForFunction(() => performance.getEntriesByName('planbild:query-done').length > 0, null, {
				timeout: 60_000
			});
			await page.waitForTimeout(500);
			const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
			expect(cls).toBeLessThan(0.1);
			await page.close();
		}
	);
});

describe('404', () => {
	it('an unknown address gets a Swedish 404 page that lists the views', async () => {
		const page = await browser().newPage();
		const res = await page.goto(base + '/finns-inte/alls');
		expect(res?.status()).toBe(404);
		await expect.poll(() => page.locator('h1').innerText()).toBe('Sidan finns inte');
		const links = await page.locator('main li a').allInnerTexts();
		expect(links).toEqual([
			'Översikt',
			'Jämför stadsdelar',
			'Åtgärder',
			'Uppföljning',
			'Täckning',
			'Indikatorer',
			'Källor',
			'Importera'
		]);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});

describe('Swedish on screen', () => {
	it('Indikatorer shows no README path, English heading or raw indicator id', async () => {
		const { page } = await open('/indikatorer?indicator=lob_arenden');
		await expect.poll(() => page.locator('main').innerText()).toContain('LOB');
		const text = await page.locator('main').innerText();
		for (const english of ['Counts are not rates', 'README', 'indicators.definition', 'lob_arenden', 'pd_*'])
			expect(text).not.toContain(english);
		await page.close();
	});

	it('Källor names each issue in Swedish, not by its code', async () => {
		const { page } = await open('/kallor/enskede-arsta-vantor-atgardsplan-2025');
		const table = page.locator('table', { hasText: 'Meddelande' });
		await expect.poll(() => table.innerText()).toContain('Personuppgift borttagen');
		const text = await table.innerText();
		for (const code of ['personal_data_removed', 'template_text', 'column_header']) expect(text).not.toContain(code);
		await page.close();
	});
});

describe('Källor (/kallor)', () => {
	it('lists every source file and links each to its text', async () => {
		const { page, requests } = await open('/kallor');
		const text = await page.locator('table').first().innerText();
		for (const f of [
			'skarpnack-atgardsplan-2024.txt',
			'farsta-atgardsplan-2024.txt',
			'skarholmen-gemensam-atgardsplan.txt'
		])
			expect(text).toContain(f);
		expect(offOrigin(requests)).toEqual([]);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	it('highlights the lines named in #L120-L134 and shows no personal data', async () => {
		const { page } = await open('/kallor/enskede-arsta-vantor-atgardsplan-2025#L120-L134');
		await expect.poll(() => page.locator('li.marked').count()).toBe(15);
		expect(await page.locator('li.marked').first().getAttribute('id')).toBe('L120');
		const body = await page.locator('body').innerText();
		expect(body).toContain('[namn]');
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});

describe('Källor (/kallor?plan=…)', () => {
	it('reads any plan from DuckDB by ?plan= and highlights #L40-L46, as imported plans need', async () => {
		const { page, requests } = await open('/kallor?plan=farsta-atgardsplan-2024#L40-L46');
		await expect.poll(() => page.locator('li.marked').count(), { timeout: 60_000 }).toBe(7);
		expect(await page.locator('h1').innerText()).toContain('Farsta');
		expect(await page.locator('li#L40').innerText()).toContain('Målet anses vara uppnått');
		expect(offOrigin(requests)).toEqual([]);
		await page.close();
	});

	it('says so when ?plan= names no plan', async () => {
		const { page } = await open('/kallor?plan=finns-inte');
		await expect
			.poll(() => page.locator('[role=status]').allInnerTexts(), { timeout: 60_000 })
			.toContainEqual(expect.stringContaining('finns inte'));
		await page.close();
	});
});

describe('keyboard', () => {
	it('the skip link is the first tab stop and moves focus to the content', async () => {
		const { page } = await open('/');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Hoppa till innehållet');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => location.hash)).toBe('#innehall');
		await page.close();
	});
});

describe('serving', () => {
	it('sends DuckDB as application/wasm, precompressed, and the dataset compressed', async () => {
		const html = await (await fetch(base + '/')).text();
		expect(html).toContain('<html lang="sv">');
		const page = await browser().newPage();
		const wasm: { type: string; encoding: string }[] = [];
		page.on('response', async (r) => {
			if (r.url().endsWith('.wasm') || r.url().endsWith('.duckdb'))
				wasm.push({
					type: (await r.allHeaders())['content-type'],
					encoding: (await r.allHeaders())['content-encoding']
				});
		});
		await page.goto(base + '/');
		await page.waitForFunction(() => document.querySelector('.engine')?.textContent?.includes('redo'), null, {
			timeout: 60_000
		});
		expect(wasm.length).toBe(2);
		for (const w of wasm) expect(['br', 'gzip']).toContain(w.encoding);
		expect(wasm.map((w) => w.type).sort()).toEqual(['application/octet-stream', 'application/wasm']);
		await page.close();
	});
});

describe('base path', () => {
	it('the same build works under /planbild/', async () => {
		const sub = inject('subpathURL');
		const page = await browser().newPage();
		const requests = recordRequests(page);
		await page.goto(sub + '/');
		await page.waitForFunction(() => document.querySelector('.engine')?.textContent?.includes('redo'), null, {
			timeout: 60_000
		});
		expect(requests.filter((u) => !u.startsWith(sub))).toEqual([]);
		await page.close();
	});
});
