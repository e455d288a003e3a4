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
		expect(matrix).toContain('10 av 17');
		expect(matrix).toContain('Orsaker saknas i planens mall');
		expect(await page.locator('.thin').first().innerText()).toContain('Farsta 2024');
		expect(await page.locator('.thin').nth(1).innerText()).toContain('Inga operativa mål inlästa');
		await ready(page);
		expect(await page.locator('#utan-atgard + p').innerText()).toContain('10 orsaker har ingen åtgärd');
		const link = page.locator('a[href*="/kallor/enskede-arsta-vantor-atgardsplan-2025#L139-L142"]');
		expect(await link.count()).toBe(1);
		const cited = await page.locator('ul.cited').innerText();
		expect(cited).toContain(
			'Andel elever som inte använder tobak (cigaretter eller snus), åk 9: 84 % (2020) → 82 % (2022), försämrad'
		);
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
