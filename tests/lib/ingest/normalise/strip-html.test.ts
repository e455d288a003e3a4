// stripHtml removes markup completely: tags until none remain, entities
// decoded once, and tags that decoding produced removed too.
import { describe, expect, it } from 'vitest';
import { stripHtml } from '$lib/ingest/normalise';
import { cleanCell } from '$lib/ingest/layouts/tsv-rows';

const hostile: [string, string][] = [
	['<img src=x onerror=alert(1)>Nattvandring', 'Nattvandring'],
	['<img src=x onerror="alert(\'>\')">Nattvandring', 'Nattvandring'],
	['<<b>img src=x onerror=alert(1)>Nattvandring', 'Nattvandring'],
	// The script element goes with its content; what is left is text, never a tag.
	['<scr<script>x</script>ipt>alert(1)</script>Nattvandring', 'alert(1)Nattvandring'],
	['&lt;img src=x onerror=alert(1)&gt;Nattvandring', 'Nattvandring'],
	['<b><i>Natt</i>vandring</b>', 'Nattvandring'],
	['Nattvandring<img src=x onerror=alert(1)', 'Nattvandring'],
	['<img alt="a>b" src=x>Nattvandring', 'Nattvandring'],
	['<img alt="öppet citat>Nattvandring', 'Nattvandring'],
	['<!-- kommentar -->Nattvandring', 'Nattvandring'],
	['<svg><script>alert(1)</script></svg>Nattvandring', 'Nattvandring']
];

describe('stripHtml', () => {
	it.each(hostile)('%s -> %s', (raw, want) => {
		const out = stripHtml(raw);
		expect(out).toBe(want);
		expect(out).not.toMatch(/<\/?[a-z!]/i);
		expect(stripHtml(out)).toBe(out);
	});

	it('decodes entities exactly once: &amp;lt; stays the text &lt;', () => {
		expect(stripHtml('A &amp;lt;b&amp;gt; B')).toBe('A &lt;b&gt; B');
		expect(stripHtml('Trygg &amp; säker')).toBe('Trygg & säker');
	});

	it('keeps comparisons and arrows that are not tags', () => {
		expect(stripHtml('andel < 5 % och 3<4')).toBe('andel < 5 % och 3<4');
	});

	it('keeps list and paragraph structure', () => {
		expect(stripHtml('<p>Ett</p><ol><li>två</li><li>tre</li></ol>')).toBe('Ett\n\n- två\n\n- tre');
	});

	it('cleanCell (every template layout) stores no tag', () => {
		for (const [raw, want] of hostile) expect(cleanCell(raw)).toBe(want);
	});
});
