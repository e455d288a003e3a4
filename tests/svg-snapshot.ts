// SVG snapshots of the chart builders, in the manner of Observable Plot's own
// tests: the SVG is normalised (ids and the references to them renumbered in
// order of appearance, numbers rounded to two decimals) and compared with
// tests/snapshots/charts/<name>.svg. A mismatch writes <name>-changed.svg
// beside it for review. A missing snapshot is written locally but fails in CI
// (CI=1), so a snapshot is never created unseen there.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './helpers';

export function normaliseSvg(svg: string): string {
	const ids = new Map<string, string>();
	for (const m of svg.matchAll(/\bid="([^"]+)"/g)) if (!ids.has(m[1])) ids.set(m[1], `id${ids.size + 1}`);
	let out = svg;
	for (const [id, n] of ids) out = out.split(id).join(n);
	// Plot's scoped class name is a hash of its version: keep it stable across upgrades of nothing else.
	out = out.replace(/\bplot-[0-9a-f]{6}\b/g, 'plot-x');
	out = out.replace(/-?\d+\.\d+(?:e-?\d+)?/g, (n) => {
		const r = Math.round(Number(n) * 100) / 100;
		return String(Object.is(r, -0) ? 0 : r);
	});
	return out.replace(/></g, '>\n<') + '\n';
}

export function expectSvgSnapshot(name: string, svg: Element): void {
	const dir = join(ROOT, 'tests/snapshots/charts');
	const path = join(dir, `${name}.svg`);
	const changed = join(dir, `${name}-changed.svg`);
	const actual = normaliseSvg(svg.outerHTML);
	if (!existsSync(path)) {
		if (process.env.CI) throw new Error(`snapshot missing: ${path} (run the tests locally and review it)`);
		mkdirSync(dir, { recursive: true });
		writeFileSync(path, actual);
		return;
	}
	const expected = readFileSync(path, 'utf8');
	if (expected !== actual) writeFileSync(changed, actual);
	else if (existsSync(changed)) rmSync(changed);
	expect(actual, `snapshot ${path} differs; see ${changed}`).toBe(expected);
}
