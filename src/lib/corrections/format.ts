// A correction <-> one CSV row of its kind's file. Lists go in one cell
// separated by `|`; empty optional cells are null; the row's id must be the
// one its records give (a hand-written file may leave it empty).
import { correctionId } from './ids';
import { parseCorrectionCsv, writeCorrectionCsv, type CsvProblem } from './csv';
import {
	CORRECTION_SCHEMAS,
	CSV_COLUMNS,
	LIST_SEPARATOR,
	type Correction,
	type CorrectionInput,
	type CorrectionKind
} from './schema';

const LISTS = new Set(['parts', 'measure_ids']);
const INTS = new Set(['line_start', 'line_end']);
const NULLABLE = new Set(['status_phrase', 'title', 'line_start', 'line_end']);

export function toCsvRow(c: Correction): Record<string, string> {
	const out: Record<string, string> = {};
	for (const col of CSV_COLUMNS[c.kind]) {
		const v = (c as Record<string, unknown>)[col];
		out[col] = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(` ${LIST_SEPARATOR} `) : String(v);
	}
	return out;
}

export function correctionsToCsv(kind: CorrectionKind, list: Correction[]): string {
	return writeCorrectionCsv(CSV_COLUMNS[kind], list.filter((c) => c.kind === kind).map(toCsvRow));
}

/** One record's cells -> a correction, or the problems that keep it out. */
export function fromCsvRow(
	kind: CorrectionKind,
	cells: Record<string, string>
): { correction: Correction | null; problems: string[] } {
	const obj: Record<string, unknown> = { kind };
	const problems: string[] = [];
	for (const col of CSV_COLUMNS[kind]) {
		const raw = (cells[col] ?? '').trim();
		if (LISTS.has(col))
			obj[col] = raw
				.split(LIST_SEPARATOR)
				.map((s) => s.trim())
				.filter(Boolean);
		else if (INTS.has(col)) {
			if (raw === '') obj[col] = null;
			else if (/^\d{1,9}$/.test(raw)) obj[col] = Number(raw);
			else problems.push(`kolumnen ${col} ska vara ett radnummer, inte "${raw.slice(0, 40)}"`);
		} else if (NULLABLE.has(col) && raw === '') obj[col] = null;
		else obj[col] = col === 'reason' || col === 'replaces' || col === 'status_phrase' ? (cells[col] ?? '') : raw;
	}
	const given = obj.correction_id as string;
	delete obj.correction_id;
	if (problems.length) return { correction: null, problems };
	const expected = correctionId(obj as CorrectionInput);
	if (given && given !== expected)
		return {
			correction: null,
			problems: [
				`correction_id "${given.slice(0, 60)}" hör inte till posterna på raden (väntade ${expected}); lämna den tom eller rätta den`
			]
		};
	const parsed = CORRECTION_SCHEMAS[kind].safeParse({ ...obj, correction_id: expected });
	if (!parsed.success)
		return {
			correction: null,
			problems: parsed.error.issues.map((i) => `kolumnen ${i.path.join('.') || '?'}: ${i.message}`)
		};
	return { correction: parsed.data as Correction, problems: [] };
}

export interface ReadCorrections {
	corrections: { correction: Correction; line: number }[];
	problems: CsvProblem[];
}

/** Reads one kind's file: every row that fails is named by its line. */
export function readCorrectionFile(kind: CorrectionKind, bytes: Uint8Array): ReadCorrections {
	const { records, problems } = parseCorrectionCsv(bytes, CSV_COLUMNS[kind]);
	const corrections: ReadCorrections['corrections'] = [];
	const seen = new Map<string, number>();
	for (const r of records) {
		const { correction, problems: p } = fromCsvRow(kind, r.cells);
		if (!correction) {
			problems.push({ line: r.line, message: `Rättelsen lästes inte: ${p.join('; ')}.` });
			continue;
		}
		const earlier = seen.get(correction.correction_id);
		if (earlier !== undefined) {
			problems.push({
				line: r.line,
				message: `Rättelsen gäller samma poster som raden ${corrections[earlier].line}; den senare raden gäller.`
			});
			corrections[earlier] = { correction, line: r.line };
			continue;
		}
		seen.set(correction.correction_id, corrections.length);
		corrections.push({ correction, line: r.line });
	}
	return { corrections, problems };
}
