// One way to start Debian's Chromium for every browser test.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';

export const FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export async function launch(): Promise<{ browser: BrowserContext; close: () => Promise<void> }> {
	const dir = mkdtempSync(join(tmpdir(), 'planbild-chromium-'));
	const browser = await chromium.launchPersistentContext(dir, {
		executablePath: CHROMIUM,
		headless: true,
		args: FLAGS,
		locale: 'sv-SE',
		timezoneId: 'Europe/Stockholm',
		viewport: { width: 1280, height: 900 }
	});
	return { browser, close: () => browser.close() };
}

/** Records every request a page makes, so a test can fail on any that leaves the origin. */
export function recordRequests(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (r) => urls.push(r.url()));
	return urls;
}

export type { Browser, Page };

/**
 * The setup every view's browser test shares: one Chromium per file, pages
 * opened on the served build, the requests each page made, and the wait for
 * DuckDB. Call at the top level of a test file.
 */
export function browserSuite(baseURL: string) {
	let ctx: Awaited<ReturnType<typeof launch>> | null = null;
	beforeAll(async () => {
		ctx = await launch();
	});
	afterAll(async () => {
		await ctx?.close();
	});
	const browser = (): BrowserContext => {
		if (!ctx) throw new Error('browserSuite: Chromium is not started yet');
		return ctx.browser;
	};
	return {
		base: baseURL,
		browser,
		async open(path: string): Promise<{ page: Page; requests: string[] }> {
			const page = await browser().newPage();
			const requests = recordRequests(page);
			await page.goto(baseURL + path);
			return { page, requests };
		},
		ready: (page: Page) =>
			page.waitForFunction(() => document.querySelector('.engine')?.textContent?.includes('redo'), null, {
				timeout: 60_000
			}),
		/** Requests that left the app's origin (data: and blob: URLs stay in the page). */
		offOrigin: (requests: string[]) =>
			requests.filter((u) => !u.startsWith(baseURL) && !u.startsWith('data:') && !u.startsWith('blob:'))
	};
}
