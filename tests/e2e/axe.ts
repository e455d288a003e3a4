// axe-core in the page: WCAG 2.1 A and AA rules, violations as short strings.
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export async function axeViolations(page: Page): Promise<string[]> {
	// Evaluated through the DevTools protocol: the app's CSP (rightly) refuses an inline <script>.
	await page.evaluate(axe.source);
	const result = await page.evaluate(async () => {
		const w = window as unknown as { axe: typeof axe };
		return w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
	});
	return result.violations.map(
		(v) =>
			`${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes
				.slice(0, 3)
				.map((n) => n.target.join(' '))
				.join(' | ')})`
	);
}
