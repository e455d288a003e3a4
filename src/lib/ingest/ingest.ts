// One document in, rows of every table out. Pure: the pipeline (Node) and the
// browser import (a Web Worker) call the same function. Never throws.
import { ROW_SCHEMAS, type Row, type TableName } from '../schema/tables';
import { detectLayout } from './layouts';
import { normaliseDocument, type IngestContext, type PlanRows } from './normalise';
import { redactLines, type RedactionKind } from './redact';
import { decodeBytes, ENCODING_SV, splitLines, type Encoding } from './read';
import { emptyDocument, type Layout, type ParsedDocument, type ParsedIssue, type Parser, type Severity } from './types';

export interface IngestInput {
	file: string;
	bytes: Uint8Array;
	sha256: string;
	provenance?: Row<'plans'>['provenance'];
}

export interface IngestReport {
	file: string;
	layout: Layout | null;
	district_id: string | null;
	year: number | null;
	doc_type: string | null;
	counts: Record<string, number>;
	issues: { line: number; line_end: number; severity: Severity; code: string; message: string }[];
}

export interface IngestResult {
	rows: PlanRows | null;
	report: IngestReport;
}

const KIND_SV: Record<RedactionKind, string> = {
	namn: 'Ett namn',
	'e-post': 'En e-postadress',
	telefon: 'Ett telefonnummer'
};

export function failed(file: string, code: string, message: string, layout: Layout | null = null): IngestResult {
	return {
		rows: null,
		report: {
			file,
			layout,
			district_id: null,
			year: null,
			doc_type: null,
			counts: {},
			issues: [{ line: 0, line_end: 0, severity: 'error', code, message }]
		}
	};
}

export function ingestDocument(input: IngestInput, ctx: IngestContext): IngestResult {
	const { file, bytes } = input;
	if (bytes.length === 0) return failed(file, 'empty_file', `Filen ${file} är tom (0 byte). Inget kunde läsas.`);
	const decoded = decodeBytes(bytes);
	if (decoded.binary)
		return failed(
			file,
			'binary_file',
			`Filen ${file} ser ut att vara binär (innehåller nollbyte eller styrtecken), inte text. Exportera dokumentet som text, Excel, Word eller PDF och försök igen.`
		);
	return ingestLines(
		{
			file,
			sha256: input.sha256,
			provenance: input.provenance,
			lines: splitLines(decoded.text),
			encoding: decoded.encoding
		},
		ctx
	);
}

export interface LinesInput {
	file: string;
	sha256: string;
	provenance?: Row<'plans'>['provenance'];
	/** The document's text lines, before redaction. */
	lines: string[];
	encoding: Encoding;
	/** A parser chosen by the file format (the Excel template); else the layouts are detected. */
	parser?: { layout: Layout; parse: Parser };
	/** Issues the file reader found (formula cells), with line numbers into `lines`. */
	readerIssues?: ParsedIssue[];
}

/** Text lines in, rows out: the part shared by text files and the Excel, Word and PDF readers. */
export function ingestLines(input: LinesInput, ctx: IngestContext): IngestResult {
	const { file } = input;
	const raw = input.lines;
	if (raw.every((l) => l.trim() === ''))
		return failed(file, 'empty_file', `Filen ${file} innehåller bara tomma rader. Inget kunde läsas.`);
	const { lines, redactions } = redactLines(raw);

	let parsed: ParsedDocument;
	const { layout, parse } = input.parser ?? detectLayout(lines);
	try {
		parsed = parse({ file, lines });
	} catch (e) {
		parsed = emptyDocument(layout);
		parsed.issues.push({
			line: 1,
			line_end: lines.length,
			severity: 'error',
			code: 'parser_failed',
			message: `Layouten ${layout} kunde inte läsa filen (${e instanceof Error ? e.message : String(e)}). Inga poster togs med.`
		});
	}
	parsed.issues.push(...(input.readerIssues ?? []));
	for (const r of redactions)
		parsed.issues.push({
			line: r.line,
			line_end: r.line,
			severity: 'info',
			code: 'personal_data_removed',
			message: `${KIND_SV[r.kind]} togs bort på rad ${r.line} och ersattes med [${r.kind}].`
		});
	const note = encodingNote(file, input.encoding);
	if (note) parsed.issues.push(note);

	const rows = normaliseDocument(
		parsed,
		{ file, sha256: input.sha256, encoding: input.encoding, lines, provenance: input.provenance ?? 'published' },
		ctx
	);
	validateRows(rows, file);
	const plan = rows.plans[0];
	const counts: Record<string, number> = {};
	for (const [table, list] of Object.entries(rows))
		if (table !== 'ingest_issues' && table !== 'source_lines') counts[table] = list.length;
	return {
		rows,
		report: {
			file,
			layout: parsed.layout,
			district_id: plan.district_id,
			year: plan.year,
			doc_type: plan.doc_type,
			counts,
			issues: rows.ingest_issues.map(({ line, line_end, severity, code, message }) => ({
				line,
				line_end,
				severity,
				code,
				message
			}))
		}
	};
}

/** An info issue naming the encoding a text file was read in, when it was not plain UTF-8. */
export function encodingNote(file: string, encoding: Encoding): ParsedIssue | null {
	if (encoding === 'utf-8' || encoding === 'utf-8-bom') return null;
	return {
		line: 0,
		line_end: 0,
		severity: 'info',
		code: encoding === 'windows-1252' ? 'encoding_windows_1252' : 'encoding_utf_16',
		message: `Filen ${file} är inte UTF-8; den lästes som ${ENCODING_SV[encoding]}.`
	};
}

/** Drops rows that fail their schema; each becomes an error naming the line. */
export function validateRows(rows: PlanRows, file: string): void {
	for (const table of Object.keys(rows) as (keyof PlanRows)[]) {
		if (table === 'ingest_issues') continue;
		const schema = ROW_SCHEMAS[table as TableName];
		const kept: unknown[] = [];
		for (const row of rows[table] as Record<string, unknown>[]) {
			const r = schema.safeParse(row);
			if (r.success) kept.push(r.data);
			else {
				const line = typeof row.line_start === 'number' ? row.line_start : 0;
				rows.ingest_issues.push({
					source_file: file,
					plan_id: rows.plans[0]?.plan_id ?? null,
					line,
					line_end: typeof row.line_end === 'number' ? row.line_end : line,
					severity: 'error',
					code: 'invalid_row',
					message: `En rad i tabellen ${table} klarade inte schemat (${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}) och togs inte med.`
				});
			}
		}
		(rows as Record<string, unknown[]>)[table] = kept;
	}
}
