// npm run ingest -- FILE... [--json]
// Reads any files (.xlsx, .docx, PDF, CSV, text) exactly as the browser's
// Importera does, through src/lib/ingest/ingest-file.ts (pdf.js's legacy
// build in Node), and reports, per file, the layout, district, year, counts
// per table and every ingest issue.
// Exit 0 when every file was read, 1 when any had an error. Never a stack trace.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ingestFile, type FileImportResult } from '../src/lib/ingest/ingest-file';
import type { PdfJsLike } from '../src/lib/ingest/read';
import { loadReference } from './lib/context';
import { formatTable } from './lib/table';

const ROOT = join(import.meta.dirname, '..');

const loadPdf = async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJsLike;

async function readAll(paths: string[], ref: ReturnType<typeof loadReference>): Promise<FileImportResult[]> {
	const taken = new Set<string>();
	const indicatorIds = new Set(ref.indicators.map((i) => i.indicator_id));
	const out: FileImportResult[] = [];
	for (const path of paths) {
		let bytes: Uint8Array;
		try {
			bytes = new Uint8Array(readFileSync(path));
		} catch (e) {
			const message = `Filen ${path} kunde inte läsas (${(e as NodeJS.ErrnoException).code ?? String(e)}).`;
			out.push({
				kind: 'failed',
				format: 'unknown',
				file: path,
				sha256: '',
				rows: null,
				report: {
					file: path,
					layout: null,
					district_id: null,
					year: null,
					doc_type: null,
					counts: {},
					issues: [{ line: 0, line_end: 0, severity: 'error', code: 'unreadable_file', message }]
				}
			});
			continue;
		}
		const r = await ingestFile(
			{ file: basename(path), bytes },
			{ ...ref.ctx, takenPlanIds: taken, indicatorIds },
			{ loadPdf }
		);
		r.report.file = path;
		const planId = r.rows?.plans?.[0]?.plan_id;
		if (planId) taken.add(planId);
		out.push(r);
	}
	return out;
}

async function main(argv: string[]): Promise<number> {
	const json = argv.includes('--json');
	const files = argv.filter((a) => a !== '--json');
	if (files.length === 0) {
		console.error('Användning: npm run ingest -- FIL... [--json]');
		return 2;
	}
	const ref = loadReference(join(ROOT, 'data'));
	const results = await readAll(files, ref);
	const anyError = results.some((r) => r.report.issues.some((i) => i.severity === 'error'));
	if (json) {
		const files = results.map(({ report }) => ({
			file: report.file,
			layout: report.layout,
			district_id: report.district_id,
			year: report.year,
			doc_type: report.doc_type,
			counts: report.counts,
			issues: report.issues
		}));
		process.stdout.write(JSON.stringify({ files }, null, 2) + '\n');
		return anyError ? 1 : 0;
	}
	for (const { report } of results) {
		console.log(`\n${report.file}`);
		console.log(
			`  layout: ${report.layout ?? '-'}   stadsdel: ${report.district_id ?? '-'}   år: ${report.year ?? '-'}   typ: ${report.doc_type ?? '-'}`
		);
		const counts = Object.entries(report.counts);
		if (counts.length) console.log(indent(formatTable(['tabell', 'rader'], counts)));
		if (report.issues.length)
			console.log(
				indent(
					formatTable(
						['rad', 'nivå', 'kod', 'meddelande'],
						report.issues.map((i) => [
							i.line === i.line_end ? String(i.line) : `${i.line}-${i.line_end}`,
							i.severity,
							i.code,
							i.message
						])
					)
				)
			);
	}
	return anyError ? 1 : 0;
}

const indent = (s: string) => s.replace(/^/gm, '  ');

main(process.argv.slice(2)).then(
	(code) => (process.exitCode = code),
	(e) => {
		console.error(`ingest misslyckades: ${e instanceof Error ? e.message : String(e)}`);
		process.exitCode = 1;
	}
);
