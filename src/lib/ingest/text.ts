// Bytes in, lines out. Pure: runs in Node and in the browser.

export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export interface DecodedText {
	text: string;
	encoding: Encoding;
	/** True when the bytes look like a binary file (NUL bytes or many control bytes). */
	binary: boolean;
}

/** Detects UTF-8 (with or without BOM) versus Windows-1252 and returns NFC text. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
	const binary = looksBinary(bytes);
	if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		const text = new TextDecoder('utf-8').decode(bytes.subarray(3));
		return { text: text.normalize('NFC'), encoding: 'utf-8-bom', binary };
	}
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return { text: text.normalize('NFC'), encoding: 'utf-8', binary };
	} catch {
		const text = new TextDecoder('windows-1252').decode(bytes);
		return { text: text.normalize('NFC'), encoding: 'windows-1252', binary };
	}
}

function looksBinary(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, 8192);
	if (n === 0) return false;
	let control = 0;
	for (let i = 0; i < n; i++) {
		const b = bytes[i];
		if (b === 0) return true;
		if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
	}
	return control / n > 0.05;
}

/** Splits on CRLF, CR or LF. A file that ends with a newline has no extra empty last line. */
export function splitLines(text: string): string[] {
	if (text === '') return [];
	const lines = text.split(/\r\n|\r|\n/);
	if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
	return lines;
}

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
