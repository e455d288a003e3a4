// Täckning in Chromium: real numbers, honest about plans without causes,
// filters in the URL (keyboard, back/forward), no request off origin, axe clean.
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { browserSuite } from './browser';

const { open, ready, offOrigin } = browserSuite(inject('baseURL'));

describe('Täckning (/tackning)', () => {
	it('shows the matrix from prerendered HTML, says which plans lack causes, and passes axe', async () => {
		const { page, requests } = await open('/tackning');
		const matrix = await page.locator('table.matrix').innerText();
		expect(matrix).toContain('Enskede-Årsta-Vantör 2025');
		// Every one of EÅV 2025's 17 Unga causes has its measure (seed lines 123-221 -> 245-518).
		expect(matrix).not.toContain('10 av 17');
		expect(matrix).toContain('Planen anger inga orsaker');
		// Farsta's Orsak column (header at seed line 19) holds the measure's purpose.
		const thin = await page.locator('.thin').first().innerText();
		expect(thin).toContain('Farsta 2024');
		expect(thin).toContain('Planens tabell har kolumnen Orsak (rad 19), men den är ifylld med åtgärdens syfte');
		expect(await page.locator('.thin').nth(1).innerText()).toContain('Inga operativa mål inlästa');
		await ready(page);
		expect(await page.locator('#utan-atgard + p').innerText()).toContain('Inga orsaker utan åtgärd i urvalet');
		expect(await page.locator('#okand-koppling + p').innerText()).toContain('har en läsbar koppling');
		const cited = await page.locator('ul.cited').innerText();
		// Skarpnäck line 19 (otrygghet), 22 (narkotika), 29 (psykisk ohälsa): never the tobacco series.
		expect(cited).not.toContain('tobak');
		// Line 19's only value on otrygghet is the plan's own figure (5 %); no official series.
		expect(cited).toMatch(/ingen jämförbar serie: inga officiella värden för 2022 i stadsdelen eller staden/i);
		expect(cited).toContain('Ingen jämförbar serie: inga officiella värden för 2023 i stadsdelen eller staden');
		expect(offOrigin(requests)).toEqual([]);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	it('filters from the URL, changes with the keyboard, and goes back', async () => {
		const { page } = await open('/tackning?area=otrygga-platser');
		await ready(page);
		const area = page.locator('select[name=area]');
		await expect.poll(() => area.inputValue()).toBe('otrygga-platser');
		expect(await page.locator('table.matrix thead').innerText()).not.toContain('Unga i riskzon');
		expect(await page.locator('body').innerText()).toContain('Inga orsaker utan åtgärd i urvalet');

		const district = page.locator('select[name=district]');
		await district.focus();
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => page.evaluate(() => location.search)).toMatch(/^\?district=[a-z-]+&area=otrygga-platser$/);
		const chosen = await district.inputValue();
		expect(await page.locator('table.matrix tbody tr').count()).toBe(1);

		await page.goBack();
		await expect.poll(() => page.evaluate(() => location.search)).toBe('?area=otrygga-platser');
		await expect.poll(() => district.inputValue()).toBe('');
		expect(chosen).not.toBe('');
		await page.close();
	});
});
