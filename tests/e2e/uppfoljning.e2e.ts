// Uppföljning in Debian's Chromium: the newest plan from prerendered HTML,
// the chooser in the URL (back/forward), axe, no request off origin, and the
// printed A4 report (page count, header, page numbers) through page.pdf.
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { browserSuite, recordRequests, type Page } from './browser';
import { isA4, readPdf } from './pdf';

const base = inject('baseURL');
const EAV = '/uppfoljning?district=enskede-arsta-vantor&year=2025';
const { browser, offOrigin } = browserSuite(base);

const ready = (page: Page) =>
	page.waitForFunction(() => document.querySelector('.engine')?.textContent?.includes('redo'), null, {
		timeout: 60_000
	});
const search = (page: Page) => page.evaluate(() => location.search);

describe('Uppföljning (/uppfoljning)', () => {
	it('shows the newest plan from prerendered HTML before DuckDB, and puts it in the URL', async () => {
		const page = await browser().newPage();
		await page.route('**/*.wasm', () => new Promise(() => {})); // hold DuckDB back
		await page.goto(base + '/uppfoljning');
		await expect.poll(() => page.locator('h1').innerText()).toBe('Uppföljning: Enskede-Årsta-Vantör 2025');
		const summary = await page.locator('table', { hasText: 'Alla områden' }).first().innerText();
		// uppnådd, delvis, påbörjad, ej uppnådd, tolkad, ej bedömd, saknas, totalt (claims.test.ts names the lines)
		expect(summary).toMatch(/Alla områden\s+7\s+7\s+5\s+1\s+0\s+1\s+18\s+39/);
		expect(await page.locator('select').first().isDisabled()).toBe(true);
		await expect.poll(() => search(page)).toBe('?district=enskede-arsta-vantor&year=2025');
		await page.close();
	});

	it("shows statuses, periods, flags linked to source lines, and last year's lägesbild per area", async () => {
		const page = await browser().newPage();
		const requests = recordRequests(page);
		await page.goto(base + EAV);
		await ready(page);
		const body = await page.locator('main').innerText();
		// The district's previous document is its lägesbild 2022 (positiv 9, oförändrad 8, okänd 5).
		expect(body).toContain('Förra dokumentet från stadsdelen är lägesbilden 2022');
		expect(body).toContain('Unga i risk för kriminalitet');
		expect(body).toContain('bedöms ur ett processperspektiv vara uppnådd');
		const contradiction = page.locator('a', { hasText: 'rad 2471–2472' }).first();
		expect(await contradiction.getAttribute('href')).toMatch(
			/kallor\/enskede-arsta-vantor-atgardsplan-2025#L2471-L2472$/
		);
		await expect.poll(() => page.locator('figure svg').count()).toBeGreaterThan(0);
		expect(offOrigin(requests)).toEqual([]);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	it('the chooser writes district and year to the URL; back returns to the previous plan', async () => {
		const page = await browser().newPage();
		await page.goto(base + EAV);
		await ready(page);
		const district = page.getByLabel('Stadsdel', { exact: true });
		await district.focus();
		await district.selectOption('farsta'); // keyboard-focusable native select
		await expect.poll(() => search(page)).toBe('?district=farsta&year=2024');
		await expect.poll(() => page.locator('h1').innerText()).toBe('Uppföljning: Farsta 2024');
		await expect.poll(() => page.locator('main').innerText()).toContain('28 åtgärder');
		await page.getByLabel('Stadsdel', { exact: true }).selectOption('skarholmen');
		await expect.poll(() => search(page)).toBe('?district=skarholmen&plan=skarholmen-gemensam-atgardsplan-utan-ar');
		await page.goBack();
		await expect.poll(() => page.locator('h1').innerText()).toBe('Uppföljning: Farsta 2024');
		await page.goBack();
		await expect.poll(() => page.locator('h1').innerText()).toBe('Uppföljning: Enskede-Årsta-Vantör 2025');
		await page.close();
	});

	it('loads a shared link with params straight into that plan', async () => {
		const page = await browser().newPage();
		await page.goto(base + '/uppfoljning?district=skarpnack&year=2024');
		await ready(page);
		await expect.poll(() => page.locator('h1').innerText()).toBe('Uppföljning: Skarpnäck 2024');
		expect(await page.getByLabel('År', { exact: true }).inputValue()).toBe('2024');
		// Skarpnäck states no judgment: said where its attainment would be, nothing counted as uppnådd.
		const note = await page.locator('.no-judgment').first().innerText();
		expect(note).toContain('Planen anger ingen bedömning av måluppfyllelsen. 33 uppföljningar');
		await page.close();
	});

	it('prints an A4 report: header with district, year and date, page numbers, no navigation', async () => {
		const page = await browser().newPage();
		await page.goto(base + EAV);
		await ready(page);
		await expect.poll(() => page.locator('.print-only figure svg').count()).toBeGreaterThan(0);
		// pdf.js reads the PDF (no poppler: .ci/run installs only Chromium).
		const printed = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
		expect(printed.every(isA4)).toBe(true);
		const pages = printed.length;
		expect(pages).toBeGreaterThanOrEqual(8);
		const text = (p: number) => printed[p - 1].text;
		for (const p of [1, pages]) {
			expect(text(p)).toContain('Uppföljning Enskede-Årsta-Vantör 2025');
			expect(text(p)).toContain('Utskrivet');
			expect(text(p)).toContain(`Sida ${p} av ${pages}`);
		}
		expect(text(1)).not.toContain('Hoppa till innehållet');
		expect(text(1)).not.toContain('Skriv ut / spara som PDF');
		expect(text(1)).toContain('Sammanfattning: Enskede-Årsta-Vantör 2025');

		// Another plan chosen on screen: the report is brought up to date when printing
		// (it is not redrawn on each change), with its chart.
		const chart = () =>
			page
				.locator('.print-only figure .plot')
				.first()
				.evaluate((e) => e.innerHTML);
		const eavChart = await chart();
		await page.getByLabel('Stadsdel', { exact: true }).selectOption('farsta');
		await expect.poll(() => page.locator('h1').innerText()).toBe('Uppföljning: Farsta 2024');
		const again = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
		expect(again[0].text).toContain('Sammanfattning: Farsta 2024');
		expect(again[0].text).toContain('28 åtgärder');
		expect(again[0].text).not.toContain('Enskede-Årsta-Vantör');
		expect(await chart()).not.toBe(eavChart);
		expect(await page.locator('.print-only figcaption').first().innerText()).toContain('Farsta 2024');
		await page.close();
	});
});
