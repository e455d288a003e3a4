// Cold page loads for `npm run bench`: each load in a fresh browser context
// (empty cache), timed from navigation start, with the bytes that came over
// the wire for the page and its workers.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, FLAGS } from '../../tests/e2e/browser';

export async function startBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

export async function freshPage(
	browser: Browser
): Promise<{ page: Page; context: BrowserContext; bytes: () => number }> {
	const context = await browser.newContext({
		locale: 'sv-SE',
		timezoneId: 'Europe/Stockholm',
		viewport: { width: 1280, height: 900 }
	});
	const page = await context.newPage();
	let bytes = 0;
	page.on('requestfinished', async (r) => {
		const sizes = await r.sizes().catch(() => null);
		if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
	});
	return { page, context, bytes: () => bytes };
}

/** Start time (ms from navigation) of the first mark with this name; NaN if it never came. */
export const markTime = (page: Page, name: string): Promise<number> =>
	page.evaluate(`performance.getEntriesByName(${JSON.stringify(name)})[0]?.startTime ?? NaN`) as Promise<number>;

/**
 * When the view's live queries were all answered: the last planbild:query-settled, once every
 * planbild:query-start has its settled mark and no new mark has come for `quietMs`. (Waiting
 * only for a quiet spell after the last query-done missed queries that were still running:
 * Källor's work list answered 450 ms after the list of files and was not counted.)
 */
export async function queriesSettled(page: Page, quietMs: number, timeoutMs: number): Promise<number> {
	const t0 = Date.now();
	let seen = '';
	let since = Date.now();
	const state = () =>
		page.evaluate(() => {
			const starts = performance.getEntriesByName('planbild:query-start') as PerformanceMark[];
			const settled = performance.getEntriesByName('planbild:query-settled') as PerformanceMark[];
			const done = new Set(settled.map((e) => e.detail));
			return {
				key: `${starts.length}/${settled.length}`,
				open: starts.some((s) => !done.has(s.detail)),
				last: settled.reduce((a, e) => Math.max(a, e.startTime), 0)
			};
		});
	while (Date.now() - t0 < timeoutMs) {
		const { key, open, last } = await state();
		if (key !== seen) {
			seen = key;
			since = Date.now();
		} else if (!open && Date.now() - since >= quietMs) return last;
		await page.waitForTimeout(50);
	}
	return NaN;
}

// Runs in the page as plain JavaScript (a string, so the bundler adds nothing to it): push a
// URL, let the view react to popstate, and time until every live query the change started has
// settled (marks planbild:query-start/-settled) and the DOM has then been quiet for 50 ms.
// Without the query marks a change whose answer comes from DuckDB after 100 ms was timed at the
// first quiet moment of the DOM, before the answer.
const FILTER_PROBE = `async (url) => new Promise((done) => {
	let last = performance.now();
	const t0 = last;
	const mo = new MutationObserver(() => (last = performance.now()));
	mo.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
	history.pushState({}, '', url);
	dispatchEvent(new PopStateEvent('popstate', { state: {} }));
	const since = (name) => performance.getEntriesByName(name).filter((e) => e.startTime >= t0);
	const check = () => {
		const now = performance.now();
		const settled = since('planbild:query-settled');
		const open = since('planbild:query-start').some((s) => !settled.some((e) => e.detail === s.detail));
		const end = Math.max(last, ...settled.map((e) => e.startTime));
		if ((!open && now - end > 50) || now - t0 > 5000) { mo.disconnect(); done(end - t0); }
		else requestAnimationFrame(check);
	};
	requestAnimationFrame(check);
})`;

/** Milliseconds from a filter change (URL + popstate) until the view's DOM settled. */
export const filterChange = (page: Page, url: string): Promise<number> =>
	page.evaluate(`(${FILTER_PROBE})(${JSON.stringify(url)})`) as Promise<number>;

export const quantile = (xs: number[], q: number): number => {
	if (!xs.length) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
