// Indikatorer in Chromium: the default indicator's series, quoted figures
// drawn and listed apart from official ones, survey design, similar districts,
// URL state with keyboard and back, no request off origin, axe clean.
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { browserSuite } from './browser';

const { open, ready, offOrigin } = browserSuite(inject('baseURL'));

describe('Indikatorer (/indikatorer)', () => {
	it('opens on the indicator with most district values, with charts, table, cadence and similar districts', async () => {
		const { page, requests } = await open('/indikatorer');
		expect(await page.locator('h2#indikator').innerText()).toBe(
			'Andel som under de senaste tolv månaderna ofta varit oroliga för att utsättas för brott'
		);
		await ready(page);
		await page.locator('figure.chart [role="img"] > svg').first().waitFor();
		expect(await page.locator('figure.chart [role="img"] > svg').count()).toBe(2);
		const table = await page.locator('table').filter({ hasText: 'Värden:' }).innerText();
		expect(table).toContain('Farsta');
		expect(table).toContain('Stadsdelsområde');
		expect(await page.locator('#matningar + div table').innerText()).toContain('Vart tredje år');
		expect(await page.locator('body').innerText()).toContain('för få gemensamma indikatorer (2)');
		expect(offOrigin(requests)).toEqual([]);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	it('draws figures quoted in a plan as their own mark and lists them with quote and source line', async () => {
		const { page, requests } = await open('/indikatorer?indicator=plan_sig_ungdomar_nya&district=farsta');
		await ready(page);
		const list = page.locator('ul.quoted');
		await expect.poll(() => list.innerText()).toContain('10 stycken SIG-ärenden aktualiserades under år 2023');
		expect(await list.locator('a[href$="/kallor/farsta-atgardsplan-2024#L39"]').count()).toBe(2);
		const svg = page.locator('figure.chart [role="img"] > svg').first();
		await svg.waitFor();
		expect(await svg.innerHTML()).toContain('Siffra citerad i plan');
		// keyboard reaches the quoted figure's source link
		await list.locator('a').first().focus();
		expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('farsta-atgardsplan-2024.txt:39');
		expect(offOrigin(requests)).toEqual([]);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	it('changes indicator with the keyboard, writes it to the URL, and goes back', async () => {
		const { page } = await open('/indikatorer?indicator=tm_oro_brott_ofta&district=bromma');
		await ready(page);
		const select = page.locator('select[name=indicator]');
		await expect.poll(() => select.isEnabled()).toBe(true);
		await select.focus();
		await page.keyboard.press('ArrowDown');
		await expect
			.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('indicator')))
			.not.toBe('tm_oro_brott_ofta');
		const next = await select.inputValue();
		await expect.poll(() => page.locator('h2#indikator').innerText()).not.toContain('ofta varit oroliga');
		await page.goBack();
		await expect
			.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('indicator')))
			.toBe('tm_oro_brott_ofta');
		await expect.poll(() => select.inputValue()).toBe('tm_oro_brott_ofta');
		expect(next).not.toBe('tm_oro_brott_ofta');
		await page.close();
	});
});
