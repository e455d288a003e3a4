// data/corrections/<kind>.csv -> the dataset: every row read and validated,
// applied with the browser's own applyCorrections, and every row that could
// not be read or whose records are gone reported (ingest_issues + a table on
// stderr) with its file and line, never silently dropped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
	applyCorrections,
	CORRECTION_KINDS,
	correctionRow,
	readCorrectionFile,
	type Correction,
	type CorrectionKind
} from '../../src/lib/corrections';
import type { Dataset, Row } from '../../src/lib/schema/tables';

export interface CorrectionReport {
	file: string;
	line: number;
	severity: 'error' | 'warning';
	code: string;
	message: string;
}

const fileName = (kind: CorrectionKind) => `corrections/${kind}.csv`;

/** Reads every <kind>.csv in dir (none: no corrections). */
export function readCorrectionsDir(dir: string): {
	corrections: { correction: Correction; file: string; line: number }[];
	reports: CorrectionReport[];
} {
	const corrections: { correction: Correction; file: string; line: number }[] = [];
	const reports: CorrectionReport[] = [];
	if (!existsSync(dir)) return { corrections, reports };
	for (const f of readdirSync(dir).sort()) {
		if (!f.toLowerCase().endsWith('.csv')) continue;
		const kind = basename(f, '.csv') as CorrectionKind;
		if (!CORRECTION_KINDS.includes(kind)) {
			reports.push({
				file: `corrections/${f}`,
				line: 0,
				severity: 'error',
				code: 'correction_file_unknown',
				message: `Filen ${f} är ingen rättelsefil; namnen är ${CORRECTION_KINDS.map((k) => k + '.csv').join(', ')}. Den lästes inte.`
			});
			continue;
		}
		const { corrections: read, problems } = readCorrectionFile(kind, new Uint8Array(readFileSync(join(dir, f))));
		for (const r of read) corrections.push({ ...r, file: fileName(kind) });
		for (const p of problems)
			reports.push({
				file: fileName(kind),
				line: p.line,
				severity: 'error',
				code: 'correction_unreadable',
				message: p.message
			});
	}
	return { corrections, reports };
}

/** Applies the corrections to the dataset in place; returns what could not be applied. */
export function applyCorrectionsDir(dataset: Dataset, dir: string): CorrectionReport[] {
	const { corrections, reports } = readCorrectionsDir(dir);
	if (corrections.length === 0 && reports.length === 0) return [];
	const where = new Map(corrections.map((c) => [c.correction.correction_id, c]));
	const { rows, outcomes } = applyCorrections(
		dataset,
		corrections.map((c) => c.correction)
	);
	Object.assign(dataset, rows);
	for (const o of outcomes) {
		const at = where.get(o.correction.correction_id)!;
		dataset.corrections.push(correctionRow(o.correction, o.applied, { file: at.file, line: at.line }));
		if (o.message)
			reports.push({
				file: at.file,
				line: at.line,
				severity: o.applied ? 'warning' : 'error',
				code: o.applied ? 'correction_noop' : 'correction_record_missing',
				message: o.message
			});
	}
	for (const r of reports) dataset.ingest_issues.push(toIssue(r));
	return reports;
}

function toIssue(r: CorrectionReport): Row<'ingest_issues'> {
	return {
		source_file: r.file,
		plan_id: null,
		line: r.line,
		line_end: r.line,
		severity: r.severity,
		code: r.code,
		message: `${r.file}${r.line ? `, rad ${r.line}` : ''}: ${r.message}`
	};
}
