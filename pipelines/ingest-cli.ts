// npm run ingest -- FILE... [--json]
// Reads any files with the pipeline's own code and reports, per file, the
// layout, district, year, counts per table and every ingest issue.
// Exit 0 when every file was read, 1 when any had an error. Never a stack trace.
import { join } from 'node:path';
import { loadReference } from './lib/context';
import { ingestFiles } from './lib/read-inputs';
import { formatTable } from './lib/table';

const ROOT = join(import.meta.dirname, '..');

function main(argv: string[]): number {
	const json = argv.includes('--json');
	const files = argv.filter((a) => a !== '--json');
	if (files.length === 0) {
		console.error('Användning: npm run ingest -- FIL... [--json]');
		return 2;
	}
	const ref = loadReference(join(ROOT, 'data'));
	const results = ingestFiles(files, ref.ctx, (p) => p);
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

try {
	process.exitCode = main(process.argv.slice(2));
} catch (e) {
	console.error(`ingest misslyckades: ${e instanceof Error ? e.message : String(e)}`);
	process.exitCode = 1;
}
