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

/**
 * Leftover HTML from Word and Excel exports (`<p>`, `<i>`, `<ol>`, `<li>`, `<br>`)
 * becomes plain text: block ends become newlines, list items get "- ".
 * Script and style elements are dropped with their content.
 */
export function stripHtml(s: string): string {
	if (!/[<&]/.test(s)) return s;
	let out = s.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ');
	out = out.replace(/<(script|style)\b[^>]*>[\s\S]*$/gi, ' ');
	out = out.replace(/<li\b[^>]*>/gi, '\n- ');
	out = out.replace(/<br\s*\/?>/gi, '\n');
	out = out.replace(/<\/(p|div|li|ol|ul|h[1-6]|tr)\s*>/gi, '\n');
	out = out.replace(/<(p|div|ol|ul|h[1-6]|tr)\b[^>]*>/gi, '\n');
	out = out.replace(/<\/?[a-z][^>]*>/gi, '');
	out = decodeEntities(out);
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
