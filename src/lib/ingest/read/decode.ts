// Bytes in, lines out: encoding detection and line splitting. Pure: runs in
// Node and in the browser.

import type { Encoding } from '../../schema/enums';

export type { Encoding };

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
