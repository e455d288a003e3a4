// Personal data of officials is removed line by line, before any parser sees
// the text, so that records, quotes and the published source text are all
// clean and line numbers stay where they were.
//
// Found by shape and context, never by a list of the seeds' own people:
// e-mail addresses, Swedish phone numbers, and person names: a common given
// name (from a general list of names used in Sweden), optionally followed by a
// capitalised surname; lower-case names count only inside a list of names.

import { EMAIL, PHONE, PHONE_LABELLED, isFunctionalEmail } from './contacts';
import { GIVEN_NAMES, AMBIGUOUS_GIVEN_NAMES } from './given-names';
import { isPlaceWord, isStreetName } from './places';

export type RedactionKind = 'e-post' | 'telefon' | 'namn';

export interface Redaction {
	kind: RedactionKind;
	line: number;
}

export const MARKER: Record<RedactionKind, string> = {
	'e-post': '[e-post]',
	telefon: '[telefon]',
	namn: '[namn]'
};

const WORD = /[\p{Lu}\p{Ll}][\p{Ll}\p{Lu}'’-]*/gu;

// Capitalised words that follow a given name but are not surnames.
const NOT_SURNAME = new Set([
	'Och',
	'Samt',
	'Eller',
	'Har',
	'Är',
	'Kommer',
	'Ska',
	'Från',
	'Med',
	'Och',
	'Stadsdelsförvaltning',
	'Polisen'
]);

function isCapitalised(w: string): boolean {
	return /^\p{Lu}\p{Ll}/u.test(w);
}

interface Span {
	start: number;
	end: number;
}

/** A given name, or a hyphenated one whose every part is a given name ("Ann-Marie", "Karl-Johan"). */
function isGivenName(w: string): boolean {
	const l = w.toLowerCase();
	if (GIVEN_NAMES.has(l)) return true;
	const parts = l.split('-');
	return parts.length > 1 && parts.every((p) => GIVEN_NAMES.has(p));
}

function nameSpans(line: string): Span[] {
	const words: { w: string; start: number; end: number }[] = [];
	for (const m of line.matchAll(WORD)) words.push({ w: m[0], start: m.index!, end: m.index! + m[0].length });
	const spans: Span[] = [];
	const adjacent = (a: number, b: number) => /^\s+$/.test(line.slice(words[a].end, words[b].start));
	for (let i = 0; i < words.length; i++) {
		const { w, start } = words[i];
		if (!isGivenName(w)) continue;
		const capital = isCapitalised(w);
		// Double names: "Anna Maria", "Karl Erik" - further capitalised given names.
		let j = i;
		while (capital && j + 1 < words.length && j - i < 2 && adjacent(j, j + 1) && isCapitalised(words[j + 1].w)) {
			if (!isGivenName(words[j + 1].w) || NOT_SURNAME.has(words[j + 1].w)) break;
			j++;
		}
		const next = words[j + 1];
		const nextIsSurname =
			next !== undefined &&
			(isCapitalised(next.w) || /^\p{Lu}s?$/u.test(next.w)) &&
			!NOT_SURNAME.has(next.w) &&
			adjacent(j, j + 1);
		// A place named after a person: "Maria skola", "Karl Johans torg", "Erik Dahlbergsgatan".
		const after = words[j + (nextIsSurname ? 2 : 1)];
		if (nextIsSurname && isStreetName(next.w)) {
			i = j + 1;
			continue;
		}
		if (after && isPlaceWord(after.w) && adjacent(j + (nextIsSurname ? 1 : 0), j + (nextIsSurname ? 2 : 1))) {
			i = j + (nextIsSurname ? 2 : 1);
			continue;
		}
		if (capital && j === i && AMBIGUOUS_GIVEN_NAMES.has(w.toLowerCase()) && !nextIsSurname) continue;
		if (!capital) {
			// "Veronica, joanna, Sandra": a lower-case name counts only beside other names.
			const prev = words[i - 1];
			const neighbour = (o: typeof prev) =>
				o !== undefined &&
				isGivenName(o.w) &&
				isCapitalised(o.w) &&
				/^\s*,\s*$|^\s+(och|samt)\s+$/.test(line.slice(Math.min(o.end, words[i].end), Math.max(o.start, start)));
			if (!neighbour(prev) && !neighbour(next)) continue;
		}
		let end = words[j].end;
		i = j;
		if (nextIsSurname && capital) {
			end = next.end;
			i++;
		}
		spans.push({ start, end });
	}
	return spans;
}

function replaceSpans(line: string, spans: Span[], marker: string): string {
	let out = '';
	let pos = 0;
	for (const s of spans) {
		out += line.slice(pos, s.start) + marker;
		pos = s.end;
	}
	return out + line.slice(pos);
}

/** Removes e-mail addresses, phone numbers and person names from one line. */
export function redactLine(line: string, lineNo: number): { text: string; redactions: Redaction[] } {
	const redactions: Redaction[] = [];
	let text = line.replace(EMAIL, (address) => {
		if (isFunctionalEmail(address, isGivenName)) return address;
		redactions.push({ kind: 'e-post', line: lineNo });
		return MARKER['e-post'];
	});
	text = text.replace(PHONE_LABELLED, (_m, label: string, sep: string) => {
		redactions.push({ kind: 'telefon', line: lineNo });
		return label + sep + MARKER.telefon;
	});
	text = text.replace(PHONE, () => {
		redactions.push({ kind: 'telefon', line: lineNo });
		return MARKER.telefon;
	});
	const spans = nameSpans(text);
	if (spans.length) {
		text = replaceSpans(text, spans, MARKER.namn);
		for (let i = 0; i < spans.length; i++) redactions.push({ kind: 'namn', line: lineNo });
	}
	return { text, redactions };
}

/** Redacts every line; line count and order never change. */
export function redactLines(lines: string[]): { lines: string[]; redactions: Redaction[] } {
	const out: string[] = [];
	const redactions: Redaction[] = [];
	lines.forEach((line, i) => {
		const r = redactLine(line, i + 1);
		out.push(r.text);
		redactions.push(...r.redactions);
	});
	return { lines: out, redactions };
}
