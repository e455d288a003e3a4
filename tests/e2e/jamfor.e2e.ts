// Jämför stadsdelar in Chromium: real numbers before and after DuckDB, no
// request off origin, no axe violation, keyboard to the records behind a
// number, and the URL (metric, filters, selected cell) round-trips.
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { browserSuite, recordRequests, type Page } from './browser';

const base = inject('baseURL');
const { browser, offOrigin } = browserSuite(base);

const T = { timeout: 15_000 };

async function openReady(path: string): Promise<{ page: Page; requests: string[] }> {
	const page = await browser().newPage();
	const requests = recordRequests(page);
	await page.goto(base + path);
	await page.waitForFunction(() => document.querySelector('.engine')?.textContent?.includes('redo'), null, {
		timeout: 60_000
	});
	return { page, requests };
}

/** The numbers of one heat-table row, in column order. */
async function heatRow(page: Page, district: string): Promise<string[]> {
	const row = page.locator('.heat tbody tr').filter({ has: page.locator(`th a:text-is("${district}")`) });
	return (await row.locator('td').allInnerTexts()).map((t) => t.split(':')[0].trim());
}

const search = (page: Page) => page.evaluate(() => decodeURIComponent(location.search));

describe('Jämför stadsdelar (/jamfor)', () => {
	it('shows the prerendered measures per area before DuckDB, with the filters waiting', async () => {
		const page = await browser().newPage();
		await page.route('**/*.wasm', () => new Promise(() => {})); // hold DuckDB back
		await page.goto(base + '/jamfor');
		// Skarpnäck 2024 (tsv-rows) and Enskede-Årsta-Vantör 2025 (pdf-columns), counted in the documents.
		expect((await heatRow(page, 'Skarpnäck')).slice(0, 5)).toEqual(['10', '7', '6', '12', '4']);
		expect((await heatRow(page, 'Enskede-Årsta-Vantör')).slice(0, 5)).toEqual(['13', '10', '5', '5', '6']);
		await expect.poll(() => page.locator('select').nth(1).isDisabled(), T).toBe(true);
		expect(await page.locator('#filters-waiting').innerText()).toContain('väntar på databasen');
		await page.close();
	});

	it('answers from DuckDB with no request off origin and no axe violation, a cell selected', async () => {
		const { page, requests } = await openReady('/jamfor?cell=skarpnack-atgardsplan-2024:unga-i-riskzon');
		await expect.poll(() => page.locator('.records tbody tr').count(), T).toBe(10);
		expect(await page.locator('.records').innerText()).toContain('Ungdomsutsättning');
		expect(offOrigin(requests)).toEqual([]);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	it('a number reached by keyboard lists its measures, each linking to its source lines', async () => {
		const { page } = await openReady('/jamfor');
		const link = page.locator('.heat tbody tr').nth(0).locator('td a').first(); // EÅV, Unga i riskzon
		await link.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => search(page), T).toBe('?cell=enskede-arsta-vantor-atgardsplan-2025:unga-i-riskzon');
		await expect.poll(() => page.locator('.records tbody tr').count(), T).toBe(13);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('records-title');
		const href = await page.locator('.records tbody a').first().getAttribute('href');
		expect(href).toMatch(/kallor\/enskede-arsta-vantor-atgardsplan-2025#L\d+(-L\d+)?$/);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter'); // "Stäng listan"
		await expect.poll(() => search(page), T).toBe('');
		await page.close();
	});

	it('metric and filters round-trip through the URL, back and forward included', async () => {
		const { page } = await openReady('/jamfor?metric=share_goal&district=farsta,skarpnack');
		await expect.poll(() => page.locator('.heat tbody tr').count(), T).toBe(2);
		expect(await page.locator('select').first().inputValue()).toBe('share_goal');
		// Skarpnäck's template has no Operativa mål column: "–" and a note, never 0 %.
		expect((await heatRow(page, 'Skarpnäck')).slice(0, 5)).toEqual(['–', '–', '–', '–', '–']);
		expect(await page.locator('.notes').innerText()).toContain('Planens mall saknar kolumnen Operativa mål');
		expect(await axeViolations(page)).toEqual([]);

		await page.locator('select').first().selectOption('measures_per_cause');
		await expect.poll(() => search(page), T).toBe('?district=farsta,skarpnack&metric=measures_per_cause');
		// Skarpnäck Unga: 10 measures answer one of 7 causes; Farsta names no causes.
		expect((await heatRow(page, 'Skarpnäck'))[0]).toBe('1,4');
		expect((await heatRow(page, 'Farsta'))[0]).toBe('–');

		await page.goBack();
		await expect.poll(() => page.locator('select').first().inputValue(), T).toBe('share_goal');
		await page.goForward();
		await expect.poll(() => page.locator('select').first().inputValue(), T).toBe('measures_per_cause');
		await page.close();
	});

	it('the year filter picks that year’s plans and says which plans are shown', async () => {
		const { page } = await openReady('/jamfor');
		await expect.poll(() => page.locator('.heat tbody tr').count(), T).toBe(4);
		await page.locator('select').nth(1).selectOption('2024');
		await expect.poll(() => search(page), T).toBe('?year=2024');
		await expect.poll(() => page.locator('.heat tbody tr').count(), T).toBe(2);
		const which = await page.locator('.which').innerText();
		expect(which).toContain('Farsta: åtgärdsplan 2024');
		expect(which).toContain('Skärholmen har en plan utan årtal');
		await page.goBack();
		await expect.poll(() => page.locator('.heat tbody tr').count(), T).toBe(4);

		// The district checkboxes from the keyboard: open the list, untick the first (Enskede-Årsta-Vantör).
		await page.locator('summary', { hasText: 'Stadsdelar' }).focus();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await expect.poll(() => search(page), T).toBe('?district=farsta,skarpnack,skarholmen');
		await expect.poll(() => page.locator('.heat tbody tr').count(), T).toBe(3);
		await page.close();
	});
});
