// One way to start Debian's Chromium for every browser test.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const FLAGS = [
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
