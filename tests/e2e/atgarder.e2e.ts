// Åtgärder in Chromium: the prerendered list before DuckDB, Swedish search with
// highlighted hits, filters in the URL (keyboard, back/forward), the detail of a
// measure with its follow-ups and source links, no request off origin, no axe violation.
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { browserSuite, recordRequests, type Page } from './browser';

const base = inject('baseURL');
const { browser, offOrigin } = browserSuite(base);

const FORALDRASTODARE = 'skarpnack-atgardsplan-2024--atgard-49bd44b41f32';
const FARSTA_VANDRING = 'farsta-atgardsplan-2024--atgard-d32686a965f5';

async function open(path: string): Promise<{ page: Page; requests: string[] }> {
	const page = await browser().newPage();
	const requests = recordRequests(page);
	await page.goto(base + path);
	await page.waitForFunction(() => document.querySelector('.engine')?.textContent?.includes('redo'), null, {
		timeout: 60_000
	});
	await expect.poll(() => page.locator('#q').isDisabled(), { timeout: 30_000 }).toBe(false);
	return { page, requests };
}

const count = (page: Page) => page.locator('.count').innerText();
const search = (page: Page) => new URL(page.url()).search;
const titles = (page: Page) => page.locator('li.measure h3 .name').allInnerTexts();

describe('Åtgärder (/atgarder)', () => {
	it('shows the prerendered measures before DuckDB, with the controls waiting', async () => {
		const page = await browser().newPage();
		await page.route('**/*.wasm', () => new Promise(() => {})); // hold DuckDB back
		await page.goto(base + '/atgarder');
		expect(await count(page)).toContain('147 av 147 åtgärder');
		expect(await titles(page)).toContain('Utbildning ungas psykiska hälsa');
		await expect.poll(() => page.locator('.waiting').innerText()).toContain('väntar på databasen');
		expect(await page.locator('#q').isDisabled()).toBe(true);
		expect(await page.locator('input[name="district"]').first().isDisabled()).toBe(true);
		await page.close();
	});

	it('finds "Trygghetsvandring" for "trygghetsvandringar", marks the hits, and passes axe with no request off origin', async () => {
		const { page, requests } = await open('/atgarder');
		await page.locator('#q').fill('trygghetsvandringar');
		await expect.poll(() => count(page)).toContain('5 av 147 åtgärder');
		const first = (await titles(page)).slice(0, 3);
		expect(first.sort()).toEqual(['Trygghetsvandring', 'Trygghetsvandringar', 'Trygghetsvandringar']);
		expect(await page.locator('li.measure h3 mark').first().innerText()).toMatch(/^Trygghetsvandring/);
		await page.locator('#q').press('Enter');
		await expect.poll(() => search(page)).toBe('?q=trygghetsvandringar');
		expect(offOrigin(requests)).toEqual([]);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	it('finds "Föräldrastödare" for "föräldrastöd"', async () => {
		const { page } = await open('/atgarder?q=f%C3%B6r%C3%A4ldrast%C3%B6d');
		expect(await page.locator('#q').inputValue()).toBe('föräldrastöd');
		await expect.poll(async () => (await titles(page))[0]).toContain('Föräldrastödare');
		await page.close();
	});

	it('filters from the keyboard, writes the URL, and goes back', async () => {
		const { page } = await open('/atgarder');
		await page.locator('input[name="district"][value="farsta"]').focus();
		await page.keyboard.press('Space');
		await expect.poll(() => search(page)).toBe('?district=farsta');
		await expect.poll(() => count(page)).toContain('28 av 147 åtgärder');
		await page.locator('input[name="police"][value="ja"]').focus();
		await page.keyboard.press('Space');
		await expect.poll(() => search(page)).toBe('?district=farsta&police=ja');
		await expect.poll(() => count(page)).toContain('8 av 147 åtgärder');
		await page.goBack();
		await expect.poll(() => search(page)).toBe('?district=farsta');
		await expect.poll(() => count(page)).toContain('28 av 147 åtgärder');
		expect(await page.locator('input[name="police"][value="ja"]').isChecked()).toBe(false);
		await page.goForward();
		await expect.poll(() => count(page)).toContain('8 av 147 åtgärder');
		await page.close();
	});

	it('reproduces filters from a link: year without a plan year, status', async () => {
		const { page } = await open('/atgarder?year=ej-angivet');
		await expect.poll(() => count(page)).toContain('41 av 147 åtgärder');
		expect(await page.locator('input[name="year"][value="ej-angivet"]').isChecked()).toBe(true);
		await page.goto(base + '/atgarder?status=delvis_uppnadd');
		await expect.poll(() => count(page)).toContain('13 av 147 åtgärder');
		await page.close();
	});

	it('opens a measure with its follow-ups and source links; the URL reopens it', async () => {
		const { page } = await open('/atgarder?district=farsta&q=trygghetsvandring');
		const button = page.locator(`#atgard-${FARSTA_VANDRING} h3 button`);
		expect(await button.getAttribute('aria-expanded')).toBe('false');
		await button.focus();
		await page.keyboard.press('Enter');
		expect(await button.getAttribute('aria-expanded')).toBe('true');
		await expect.poll(() => search(page)).toBe(`?district=farsta&q=trygghetsvandring&measure=${FARSTA_VANDRING}`);
		const detail = page.locator(`#detalj-${FARSTA_VANDRING}`);
		const text = await detail.innerText();
		expect(text).toContain('1. Minst en trygghetsvandring per år.');
		expect(text).toContain('Prevention- eller trygghetssamordnare');
		expect(text).toContain('Årsuppföljning: Uppnådd');
		expect(text).toContain('Uttrycklig bedömning');
		expect(text).toContain('anses vara uppnådda');
		const links = await detail.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links.map((h) => h!.replace(/^.*\/kallor/, '/kallor'))).toEqual([
			'/kallor/farsta-atgardsplan-2024#L53',
			'/kallor/farsta-atgardsplan-2024#L67'
		]);
		expect(await axeViolations(page)).toEqual([]);

		await page.reload();
		await expect.poll(() => page.locator(`#detalj-${FARSTA_VANDRING}`).isVisible()).toBe(true);
		await page.locator(`#detalj-${FARSTA_VANDRING} a`).first().click();
		await expect.poll(() => page.locator('li.marked').count()).toBe(1);
		expect(await page.locator('li.marked').getAttribute('id')).toBe('L53');
		await page.close();
	});

	it('says when a plan gives no operative goal', async () => {
		const { page } = await open(`/atgarder?measure=${FORALDRASTODARE}`);
		const detail = page.locator(`#detalj-${FORALDRASTODARE}`);
		await expect.poll(() => detail.innerText()).toContain('Planen anger inget operativt mål');
		expect(await detail.innerText()).toContain('Tolkad ur texten');
		await page.close();
	});

	it('shows the result as a table with the chosen columns', async () => {
		const { page } = await open('/atgarder?district=skarpnack&police=ja');
		await page.locator('details.table summary').click();
		const head = await page.locator('details.table thead').innerText();
		for (const c of ['Stadsdel', 'År', 'Område', 'Åtgärd', 'Status', 'Med polisen', 'När', 'Vem', 'Källa'])
			expect(head).toContain(c);
		expect(await page.locator('details.table tbody tr').count()).toBe(11);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});
