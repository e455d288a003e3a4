// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { captionedSvg } from '$lib/charts/svg';

describe('captionedSvg', () => {
	it('captionedSvg puts the title above the chart and source and date below, escaped', () => {
		const inner =
			'<?xml version="1.0" encoding="UTF-8"?>\n<svg width="300" height="100"><rect width="10" height="10"/></svg>';
		const out = captionedSvg(inner, 300, 100, {
			title: 'Måluppfyllelse <per område>',
			source: 'Planbild, data/raw/enskede-arsta-vantor-atgardsplan-2025.txt',
			date: '2026-12-03'
		});
		expect([out.w, out.h]).toEqual([300, 170]);
		expect(out.text.match(/<\?xml/g)).toHaveLength(1);
		expect(out.text).toContain('>Måluppfyllelse &lt;per område&gt;</text>');
		expect(out.text).toContain('<svg x="0" y="30" width="300" height="100">');
		expect(out.text).toContain('Källa: Planbild, data/raw/enskede-arsta-vantor-atgardsplan-2025.txt');
		expect(out.text).toContain('Exporterad 2026-12-03 ur Planbild');
		expect(new DOMParser().parseFromString(out.text, 'image/svg+xml').querySelector('parsererror')).toBeNull();
	});
});
