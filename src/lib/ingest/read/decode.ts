// Bytes in, lines out: encoding detection and line splitting. Pure: runs in
// Node and in the browser.

import type { Encoding } from '../../schema/enums';

export type { Encoding };

/** How each encoding is named to a user. */
export const ENCODING_SV: Record<Encoding, string> = {
	'utf-8': 'UTF-8',
	'utf-8-bom': 'UTF-8 med BOM',
	'utf-16le': 'UTF-16 LE (Excels "Unicode-text")',
	'utf-16be': 'UTF-16 BE',
	'windows-1252': 'Windows-1252'
};

export interface DecodedText {
	text: string;
	encoding: Encoding;
	/** True when the bytes look like a binary file (NUL bytes or many control bytes). */
	binary: boolean;
}

/**
 * Detects the text encoding and returns NFC text: UTF-16 LE or BE by its
 * byte-order mark or, without one, by the zero bytes every other byte that
 * Latin text has in UTF-16 (Excel's "Unicode text" export is UTF-16 LE with
 * a BOM); UTF-8 with or without BOM; else Windows-1252.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
	const utf16 = utf16Order(bytes);
	if (utf16) {
		const bom =
			bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
		const body = bytes.subarray(bom ? 2 : 0, bytes.length - ((bytes.length - (bom ? 2 : 0)) % 2));
		const text = new TextDecoder(utf16).decode(body);
		return { text: text.normalize('NFC'), encoding: utf16, binary: looksBinaryText(text) };
	}
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

/** 'utf-16le' or 'utf-16be' when the bytes are UTF-16 text, else null. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	const n = Math.min(bytes.length, 8192) & ~1;
	if (n < 4) return null;
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZero++;
		if (bytes[i + 1] === 0) oddZero++;
	}
	const pairs = n / 2;
	// Swedish text in UTF-16: most characters are below U+0100, so one byte of each pair is zero.
	if (oddZero / pairs > 0.6 && evenZero / pairs < 0.05) return 'utf-16le';
	if (evenZero / pairs > 0.6 && oddZero / pairs < 0.05) return 'utf-16be';
	return null;
}

/** Decoded UTF-16 that is mostly control characters is no text. */
function looksBinaryText(text: string): boolean {
	const n = Math.min(text.length, 4096);
	let control = 0;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) control++;
	}
	return n > 0 && control / n > 0.05;
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
