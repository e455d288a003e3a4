// The corrections' file format: one CSV per kind, UTF-8 (a BOM is allowed),
// `;` between cells, a header row with the kind's columns. Reading names the
// line of every problem: a file in another encoding, a formula where a value
// should be, more rows than the limit. Pure: Node and the browser share it.
import { neutralise } from '../export';

export const MAX_CORRECTION_ROWS = 10_000;
export const SEPARATOR = ';';

export interface CsvProblem {
	/** 1-based line in the file (0: the file as a whole). */
	line: number;
	message: string;
}
export interface CsvRecord {
	line: number;
	cells: Record<string, string>;
}

/** 10 002, with a plain space (the app's thousands separator in running text). */
const num = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** Splits bytes into lines and decodes each; a line that is not UTF-8 is named. */
function decodeLines(bytes: Uint8Array, problems: CsvProblem[]): { lines: string[]; bad: Set<number> } | null {
	if (
		(bytes[0] === 0xff && bytes[1] === 0xfe) ||
		(bytes[0] === 0xfe && bytes[1] === 0xff) ||
		bytes.subarray(0, 400).includes(0)
	) {
		problems.push({
			line: 1,
			message:
				'Filen är sparad som UTF-16, inte UTF-8; ingen rad lästes. Spara den som "CSV UTF-8 (kommaavgränsad)" och försök igen.'
		});
		return null;
	}
	let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	const lines: string[] = [];
	const bad = new Set<number>();
	for (let i = start; i <= bytes.length; i++) {
		if (i < bytes.length && bytes[i] !== 0x0a) continue;
		const slice = bytes.subarray(start, i > start && bytes[i - 1] === 0x0d ? i - 1 : i);
		try {
			lines.push(utf8.decode(slice));
		} catch {
			bad.add(lines.length + 1);
			lines.push(lenient.decode(slice));
			problems.push({
				line: lines.length,
				message: `Raden är inte UTF-8 (filen ser ut att vara sparad som Windows-1252 eller Latin-1, så å, ä och ö blir fel); den lästes inte. Spara filen som UTF-8.`
			});
		}
		start = i + 1;
	}
	if (lines.length && lines[lines.length - 1] === '') lines.pop();
	return { lines, bad };
}

/** Splits lines into records (a quoted cell may span lines), keeping each record's first line. */
function records(lines: string[], limit: number): { line: number; lastLine: number; cells: string[] }[] {
	const out: { line: number; lastLine: number; cells: string[] }[] = [];
	let cells: string[] = [];
	let cell = '';
	let quoted = false;
	let first = 1;
	for (let n = 0; n < lines.length; n++) {
		const s = lines[n];
		if (!quoted) first = n + 1;
		for (let i = 0; i < s.length; i++) {
			const ch = s[i];
			if (quoted) {
				if (ch === '"' && s[i + 1] === '"') {
					cell += '"';
					i++;
				} else if (ch === '"') quoted = false;
				else cell += ch;
			} else if (ch === '"' && cell === '') quoted = true;
			else if (ch === SEPARATOR) {
				cells.push(cell);
				cell = '';
			} else cell += ch;
		}
		if (quoted) {
			cell += '\n';
			continue;
		}
		cells.push(cell);
		if (!(cells.length === 1 && cells[0].trim() === '')) out.push({ line: first, lastLine: n + 1, cells });
		if (out.length > limit) return out; // the rest is not read: the caller names where it stopped
		cells = [];
		cell = '';
	}
	if (quoted) out.push({ line: first, lastLine: lines.length, cells: [...cells, cell] });
	return out;
}

/** An exported cell carries `'` before a formula character; a raw formula is refused. */
export function readCell(raw: string): { value: string; formula: boolean } {
	if (/^'[=+\-@\t\r]/.test(raw)) return { value: raw.slice(1), formula: false };
	return { value: raw, formula: /^[=+\-@\t\r]/.test(raw) };
}

export function parseCorrectionCsv(
	bytes: Uint8Array,
	columns: string[],
	maxRows = MAX_CORRECTION_ROWS
): { records: CsvRecord[]; problems: CsvProblem[] } {
	const problems: CsvProblem[] = [];
	const decoded = decodeLines(bytes, problems);
	if (!decoded) return { records: [], problems };
	const all = records(decoded.lines, maxRows + 1);
	if (all.length === 0) {
		problems.push({ line: 0, message: 'Filen är tom; den saknar rubrikrad.' });
		return { records: [], problems };
	}
	const header = all[0].cells.map((c) => c.trim());
	if (header.length === 1 && header[0].includes(',')) {
		problems.push({
			line: all[0].line,
			message: 'Rubrikraden är avgränsad med komma; filen ska använda semikolon (;).'
		});
		return { records: [], problems };
	}
	const missing = columns.filter((c) => !header.includes(c));
	if (missing.length) {
		problems.push({
			line: all[0].line,
			message: `Rubrikraden saknar kolumnerna ${missing.join(', ')}; ingen rad lästes.`
		});
		return { records: [], problems };
	}
	const out: CsvRecord[] = [];
	for (const r of all.slice(1)) {
		if (out.length >= maxRows) {
			problems.push({
				line: r.line,
				message: `Filen har fler än ${num(maxRows)} rättelser; raderna från och med rad ${num(r.line)} lästes inte. Dela upp filen.`
			});
			break;
		}
		let badLine = false;
		for (let n = r.line; n <= r.lastLine; n++) if (decoded.bad.has(n)) badLine = true;
		if (badLine) continue; // already named by decodeLines
		if (r.cells.length !== header.length) {
			problems.push({
				line: r.line,
				message: `Raden har ${r.cells.length} celler, rubrikraden ${header.length}; den lästes inte.`
			});
			continue;
		}
		const cells: Record<string, string> = {};
		let formula: string | null = null;
		header.forEach((h, i) => {
			const c = readCell(r.cells[i]);
			if (c.formula && formula === null) formula = h;
			cells[h] = c.value;
		});
		if (formula !== null) {
			problems.push({
				line: r.line,
				message: `Cellen i kolumnen ${formula} börjar med ett formeltecken (= + - @); den kan köras av ett kalkylprogram och lästes inte. Skriv ' före tecknet om det är text.`
			});
			continue;
		}
		out.push({ line: r.line, cells });
	}
	return { records: out, problems };
}

const esc = (s: string) => (/[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Writes rows (already flattened to strings) with a BOM so Excel reads UTF-8; formulas are neutralised. */
export function writeCorrectionCsv(columns: string[], rows: Record<string, string>[]): string {
	const line = (cells: string[]) => cells.map((c) => esc(neutralise(c))).join(SEPARATOR);
	return '\uFEFF' + [line(columns), ...rows.map((r) => line(columns.map((c) => r[c] ?? '')))].join('\r\n') + '\r\n';
}
