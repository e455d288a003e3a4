// One file as a user drops it (Excel, Word, PDF, CSV or text) -> rows and a
// report. Recognises the format by its first bytes, not by its name, reads it
// with the matching reader, and hands the text to the same layouts and
// normalisation as the pipeline. Pure (pdf.js is passed in); never throws:
// every failure is an error in the report that names the file.
import type { Dataset } from '../schema/tables';
import { readDocx } from './read';
import { csvRows, indicatorColumns, readIndicatorTable, sniffDelimiter } from './layouts/indicator-table';
import { encodingNote, failed, ingestLines, type IngestReport, validateRows } from './ingest';
import { formatMb, IMPORT_LIMITS } from './limits';
import type { IngestContext, PlanRows } from './normalise';
import { extractPdf, PdfError, type PdfJsLike } from './read';
import { pdfAsDocLines, pdfAsWorkbook, pdfHasTables, pdfReadNote, pdfTables } from './pdf-tables';
import { redactLines } from './redact';
import { sha256Hex } from './normalise';
import { decodeBytes, splitLines, type Encoding } from './read';
import type { ParsedIssue } from './types';
import { readXlsx, XlsxError } from './read';
import { parseXlsxTemplate } from './layouts/xlsx-template';
import { readSheetBlocks, renderWorkbook } from './layouts/xlsx-template';
import { readSummary } from './read-summary';
import { templateCsvSheet } from './layouts/xlsx-template/csv-sheet';
import { officeMainPart, ZipError, ZipPackage } from './read';

export type FileFormat = 'xlsx' | 'docx' | 'pdf' | 'csv' | 'text' | 'unknown';

export interface ImportContext extends IngestContext {
	indicatorIds: Set<string>;
}

export interface FileImportResult {
	kind: 'plan' | 'indicators' | 'failed';
	format: FileFormat;
	file: string;
	sha256: string;
	rows: Partial<Dataset> | null;
	report: IngestReport;
}

export interface FileImportOptions {
	loadPdf?: () => Promise<PdfJsLike>;
	onProgress?: (stage: string, fraction: number | null) => void;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);
const ext = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

const KIND_BY_EXT: Record<string, string> = {
	xlsx: 'en Excel-fil (.xlsx)',
	xlsm: 'en Excel-fil (.xlsm)',
	docx: 'ett Word-dokument (.docx)',
	pdf: 'en PDF-fil'
};

function hasUtf16(bytes: Uint8Array, word: string): boolean {
	const pat = Array.from(word).flatMap((ch) => [ch.charCodeAt(0), 0]);
	outer: for (let i = 0; i + pat.length <= bytes.length; i++) {
		for (let k = 0; k < pat.length; k++) if (bytes[i + k] !== pat[k]) continue outer;
		return true;
	}
	return false;
}

export async function ingestFile(
	input: { file: string; bytes: Uint8Array },
	ctx: ImportContext,
	opts: FileImportOptions = {}
): Promise<FileImportResult> {
	const { file, bytes } = input;
	const progress = opts.onProgress ?? (() => {});
	const fail = (format: FileFormat, code: string, message: string, sha = ''): FileImportResult => ({
		kind: 'failed',
		format,
		file,
		sha256: sha,
		rows: null,
		report: failed(file, code, message).report
	});
	if (bytes.length > IMPORT_LIMITS.maxFileBytes)
		return fail(
			'unknown',
			'too_large',
			`Filen ${file} är ${formatMb(bytes.length)}; gränsen är ${formatMb(IMPORT_LIMITS.maxFileBytes)} per fil. Den lästes inte.`
		);
	if (bytes.length === 0) return fail('unknown', 'empty_file', `Filen ${file} är tom (0 byte). Inget kunde läsas.`);
	progress('Beräknar filens kontrollsumma', null);
	const sha256 = sha256Hex(bytes);
	const e = ext(file);
	try {
		if (startsWith(bytes, OLE)) {
			const encrypted = hasUtf16(bytes.subarray(0, Math.min(bytes.length, 1 << 20)), 'EncryptionInfo');
			return fail(
				'unknown',
				encrypted ? 'password_protected' : 'legacy_office',
				encrypted
					? `Filen ${file} är lösenordsskyddad (krypterad). Öppna den i Office, ta bort lösenordet (Arkiv > Info > Skydda) och spara den igen som .xlsx eller .docx.`
					: `Filen ${file} är i det gamla binära Office-formatet (.xls/.doc) eller lösenordsskyddad. Spara den som .xlsx eller .docx och försök igen.`,
				sha256
			);
		}
		const isPdf = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
		const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
		if (KIND_BY_EXT[e] && !(e === 'pdf' ? isPdf : isZip))
			return fail(
				e === 'pdf' ? 'pdf' : e === 'docx' ? 'docx' : 'xlsx',
				'wrong_format',
				`Filen ${file} heter .${e} men är inte ${KIND_BY_EXT[e]}: ${e === 'pdf' ? 'den börjar inte med %PDF' : 'den börjar inte med ZIP-signaturen (PK) som alla .xlsx- och .docx-filer har'}. Den kan vara skadad eller ha fått fel filändelse.`,
				sha256
			);
		if (isPdf) return await fromPdf(file, bytes, sha256, ctx, opts, progress);
		if (isZip) return fromZip(file, bytes, sha256, ctx, progress);
		return fromText(file, bytes, sha256, ctx, progress);
	} catch (err) {
		if (err instanceof ZipError) {
			const what = err.code === 'zip_bomb' ? 'läses inte av säkerhetsskäl' : 'kunde inte läsas';
			const hint =
				err.code === 'truncated_zip'
					? ' Spara eller ladda ner filen på nytt.'
					: err.code === 'zip_bomb'
						? ' Den packas upp till mycket mer än den tar på disken (en så kallad zip-bomb) eller överskrider gränsen.'
						: '';
			return fail(e === 'docx' ? 'docx' : 'xlsx', err.code, `Filen ${file} ${what}: ${err.detail}.${hint}`, sha256);
		}
		if (err instanceof XlsxError)
			return fail(
				'xlsx',
				err.code,
				`Filen ${file}${err.sheet ? `, blad "${err.sheet}"` : ''}: ${err.detail}. Inget från filen sparades.`,
				sha256
			);
		if (err instanceof PdfError) return fail('pdf', err.code, `Filen ${file}: ${err.detail}.`, sha256);
		return fail(
			'unknown',
			'read_failed',
			`Filen ${file} kunde inte läsas (${err instanceof Error ? err.message : String(err)}).`,
			sha256
		);
	}
}

function asImport(
	format: FileFormat,
	file: string,
	sha256: string,
	lines: string[],
	encoding: Encoding,
	ctx: ImportContext,
	extra: Partial<Parameters<typeof ingestLines>[0]> = {},
	pages: number[] = []
): FileImportResult {
	if (lines.length > IMPORT_LIMITS.maxLines)
		return {
			kind: 'failed',
			format,
			file,
			sha256,
			rows: null,
			report: failed(
				file,
				'too_many_lines',
				`Filen ${file} har ${lines.length.toLocaleString('sv-SE')} rader text; gränsen är ${IMPORT_LIMITS.maxLines.toLocaleString('sv-SE')}. Den lästes inte.`
			).report
		};
	const result = ingestLines({ file, sha256, lines, encoding, provenance: 'user_import', ...extra }, ctx);
	if (!result.rows) return { kind: 'failed', format, file, sha256, rows: null, report: result.report };
	const { issue } = readSummary(
		file,
		format,
		result.report.layout ?? 'okänd',
		result.rows.source_lines.map((l) => l.text),
		result.rows,
		pages
	);
	if (issue) {
		const { line, line_end, severity, code, message } = issue;
		result.report.issues.unshift({ line, line_end, severity, code, message });
		if (severity === 'error') return { kind: 'failed', format, file, sha256, rows: null, report: result.report };
		result.rows.ingest_issues.unshift({ source_file: file, plan_id: result.rows.plans[0]?.plan_id ?? null, ...issue });
	}
	return { kind: 'plan', format, file, sha256, rows: result.rows, report: result.report };
}

async function fromPdf(
	file: string,
	bytes: Uint8Array,
	sha256: string,
	ctx: ImportContext,
	opts: FileImportOptions,
	progress: (stage: string, fraction: number | null) => void
): Promise<FileImportResult> {
	if (!opts.loadPdf) throw new PdfError('pdf_invalid', 'PDF-läsaren finns inte här');
	progress('Startar PDF-läsaren', null);
	const pdfjs = await opts.loadPdf();
	// pdf.js may take over the buffer; give it a copy so the caller's bytes stay intact.
	const { lines, pages } = await extractPdf(pdfjs, bytes.slice(), (done, total) =>
		progress(`Läser sida ${done} av ${total}`, done / total)
	);
	progress('Tolkar texten', null);
	// The text line by line (the pdf-columns layout and others), and, where pages hold tables,
	// the tables as a printed workbook and as a printed Word document: the reading with most records wins.
	const tables = pdfTables(pages);
	const readings: { how: 'rader' | 'mall' | 'dokument'; result: FileImportResult }[] = [
		{ how: 'rader', result: asImport('pdf', file, sha256, lines, 'utf-8', ctx) }
	];
	if (pdfHasTables(tables)) {
		const wb = renderWorkbook(pdfAsWorkbook(tables));
		readings.push({
			how: 'mall',
			result: asImport('pdf', file, sha256, wb.lines, 'utf-8', ctx, {
				parser: { layout: 'xlsx-template', parse: parseXlsxTemplate },
				readerIssues: wb.notes
			})
		});
		readings.push({ how: 'dokument', result: asImport('pdf', file, sha256, pdfAsDocLines(tables), 'utf-8', ctx) });
	}
	// Records read, less the warnings and errors the reading raised (a table read as the wrong kind reads junk rows and says so).
	const records = (r: FileImportResult) =>
		r.rows
			? ['measures', 'followups', 'situation_changes', 'indicator_values'].reduce(
					(a, k) => a + (r.report.counts[k] ?? 0),
					0
				) - r.report.issues.filter((i) => i.severity !== 'info').length
			: -Infinity;
	const best = readings.reduce((a, b) => (records(b.result) > records(a.result) ? b : a));
	if (readings.length > 1) {
		const note = pdfReadNote(file, tables, best.how);
		best.result.report.issues.push({ ...note });
		best.result.rows?.ingest_issues?.push({
			source_file: file,
			plan_id: best.result.rows.plans?.[0]?.plan_id ?? null,
			...note
		});
	}
	return best.result;
}

function fromZip(
	file: string,
	bytes: Uint8Array,
	sha256: string,
	ctx: ImportContext,
	progress: (stage: string, fraction: number | null) => void
): FileImportResult {
	progress('Packar upp', null);
	const main = officeMainPart(new ZipPackage(bytes));
	if (main?.kind === 'docx') {
		const lines = readDocx(bytes);
		progress('Tolkar texten', null);
		return asImport('docx', file, sha256, lines, 'utf-8', ctx);
	}
	if (main?.kind !== 'xlsx')
		throw new XlsxError(
			'not_xlsx',
			'filen är ett ZIP-arkiv men varken en Excel-arbetsbok (.xlsx) eller ett Word-dokument (.docx)'
		);
	progress('Läser bladen', null);
	const sheets = readXlsx(bytes);
	const { lines, notes } = renderWorkbook(sheets);
	// An indicator table: the first sheet's first row has the indicator_values columns.
	const first = sheets.find((s) => !s.hidden);
	const firstRow = first ? [...first.rows.entries()].sort((a, b) => a[0] - b[0])[0] : undefined;
	if (
		firstRow &&
		indicatorColumns([...Array(Math.max(...firstRow[1].keys()) + 1).keys()].map((c) => firstRow[1].get(c)?.text ?? ''))
	) {
		const redacted = redactLines(lines).lines;
		const block = readSheetBlocks(redacted).blocks.find((b) => b.name === first!.name.replace(/\s+/g, ' '));
		const rows = (block?.rows ?? []).map((r) => ({
			line: r.line,
			cells: r.cells,
			label: `blad "${first!.name}", rad ${r.row}`
		}));
		return indicatorImport('xlsx', file, sha256, redacted, rows, ctx, notes);
	}
	progress('Tolkar mallen', null);
	return asImport('xlsx', file, sha256, lines, 'utf-8', ctx, {
		parser: { layout: 'xlsx-template', parse: parseXlsxTemplate },
		readerIssues: notes
	});
}

function fromText(
	file: string,
	bytes: Uint8Array,
	sha256: string,
	ctx: ImportContext,
	progress: (stage: string, fraction: number | null) => void
): FileImportResult {
	const decoded = decodeBytes(bytes);
	const format: FileFormat = /^(csv|tsv)$/.test(ext(file)) ? 'csv' : 'text';
	if (decoded.binary)
		return {
			kind: 'failed',
			format: 'unknown',
			file,
			sha256,
			rows: null,
			report: failed(
				file,
				'binary_file',
				`Filen ${file} ser ut att vara binär (innehåller nollbyte eller styrtecken) och är varken Excel, Word, PDF eller text. Exportera dokumentet som .xlsx, .docx, PDF eller text och försök igen.`
			).report
		};
	const lines = splitLines(decoded.text);
	const firstLine = lines.find((l) => l.trim() !== '') ?? '';
	const header = firstLine.split(sniffDelimiter(firstLine));
	if (indicatorColumns(header)) {
		progress('Läser indikatortabellen', null);
		const redacted = redactLines(lines).lines;
		const note = encodingNote(file, decoded.encoding);
		const notes: ParsedIssue[] = note ? [note] : [];
		return indicatorImport('csv', file, sha256, redacted, csvRows(redacted.join('\n')), ctx, notes);
	}
	// The template saved as CSV or "Unicode text": one sheet, read as the workbook would be.
	const delimited = format === 'csv' || decoded.encoding.startsWith('utf-16');
	const sheet = delimited ? templateCsvSheet(decoded.text, file) : null;
	if (sheet) {
		progress('Tolkar mallen', null);
		const rendered = renderWorkbook([sheet]);
		return asImport(format, file, sha256, rendered.lines, decoded.encoding, ctx, {
			parser: { layout: 'xlsx-template', parse: parseXlsxTemplate },
			readerIssues: rendered.notes
		});
	}
	progress('Tolkar texten', null);
	return asImport(format, file, sha256, lines, decoded.encoding, ctx);
}

function indicatorImport(
	format: FileFormat,
	file: string,
	sha256: string,
	lines: string[],
	rows: { line: number; cells: string[]; label?: string }[],
	ctx: ImportContext,
	notes: ParsedIssue[]
): FileImportResult {
	const { values, issues } = readIndicatorTable(file, rows, ctx.indicatorIds);
	const all = [...notes, ...issues];
	const planRows = {
		indicator_values: values,
		ingest_issues: all.map((i) => ({ source_file: file, plan_id: null, ...i })),
		source_lines: lines.map((text, i) => ({ source_file: file, line: i + 1, text }))
	};
	validateRows(planRows as unknown as PlanRows, file);
	return {
		kind: values.length ? 'indicators' : 'failed',
		format,
		file,
		sha256,
		rows: values.length ? planRows : null,
		report: {
			file,
			layout: null,
			district_id: null,
			year: null,
			doc_type: null,
			counts: { indicator_values: planRows.indicator_values.length },
			issues: planRows.ingest_issues.map(({ line, line_end, severity, code, message }) => ({
				line,
				line_end,
				severity,
				code,
				message
			}))
		}
	};
}
