// Text helpers shared by every layout: entities, markup, whitespace, keys and
// slugs. Pure: runs in Node and in the browser.

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	aring: 'å',
	auml: 'ä',
	ouml: 'ö',
	Aring: 'Å',
	Auml: 'Ä',
	Ouml: 'Ö'
};

export function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
		}
		return ENTITIES[name] ?? m;
	});
}

// A tag: `<` + name (or `/`, `!`) + anything up to the first `>` outside quotes,
// so `<img alt="a>b">` is one tag. A tag cut off at the end of the text counts too.
const TAG = /<\/?[a-z!?][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*(?:>|$)/gi;
const TAG_TEST = /<\/?[a-z!?]/i;

/** Removes tags until none remain: `<<b>img src=x>` loses `<b>`, then `<img src=x>`. */
function removeTags(s: string): string {
	let out = s;
	for (let i = 0; i < 100 && TAG_TEST.test(out); i++) {
		const next = out.replace(TAG, '');
		if (next === out) break;
		out = next;
	}
	// A tag with an unbalanced quote did not match above: it ends at its first `>`.
	return out.replace(/<\/?[a-z!?][^>]*(?:>|$)/gi, '');
}

/**
 * Leftover HTML from Word and Excel exports (`<p>`, `<i>`, `<ol>`, `<li>`, `<br>`)
 * becomes plain text: block ends become newlines, list items get "- ".
 * Script and style elements are dropped with their content. Tags are removed
 * repeatedly until none remain, entities are decoded exactly once (so
 * `&amp;lt;` stays the text `&lt;`), and tags that the decoding itself
 * produced (`&lt;script&gt;`) are removed too. Idempotent on its own output.
 */
export function stripHtml(s: string): string {
	if (!/[<&]/.test(s)) return s;
	const once = (t: string) => {
		let out = t;
		for (let i = 0; i < 10; i++) {
			const next = out
				.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
				.replace(/<(script|style)\b[^>]*>[\s\S]*$/gi, ' ');
			if (next === out) break;
			out = next;
		}
		out = out.replace(/<li\b[^>]*>/gi, '\n- ');
		out = out.replace(/<br\s*\/?>/gi, '\n');
		out = out.replace(/<\/(p|div|li|ol|ul|h[1-6]|tr)\s*>/gi, '\n');
		out = out.replace(/<(p|div|ol|ul|h[1-6]|tr)\b[^>]*>/gi, '\n');
		return removeTags(out);
	};
	const decoded = decodeEntities(once(s));
	// Decoding may have made new tags out of escaped ones; remove them without decoding again.
	const out = TAG_TEST.test(decoded) ? once(decoded) : decoded;
	return out
		.split('\n')
		.map((l) => l.replace(/[ \t]+/g, ' ').trim())
		.filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
		.join('\n')
		.trim();
}

/** Collapses runs of whitespace to one space and trims. */
export function squash(s: string): string {
	return s.replace(/\s+/g, ' ').trim();
}

/** Joins wrapped lines of one cell or paragraph into one string. */
export function joinWrapped(lines: string[]): string {
	return squash(lines.join(' '));
}

/** Lower-case, accents kept, punctuation and whitespace squashed: for comparing texts. */
export function normaliseForKey(s: string): string {
	return s
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** ASCII slug: `Enskede-Årsta-Vantör` -> `enskede-arsta-vantor`. */
export function slugify(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

export function isBlank(line: string | undefined): boolean {
	return line === undefined || line.trim() === '';
}
