// npm run build:data — data/raw + data/*.csv -> static/data/ (Parquet per
// table, planbild.duckdb, manifest.json), ending with a summary table.
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { emptyDataset, TABLE_NAMES, ROW_SCHEMAS, type Dataset } from '../src/lib/schema/tables';
import { loadReference } from './lib/context';
import { ingestFiles, rawDocuments, type FileResult } from './lib/read-inputs';
import { formatTable } from './lib/table';
import { applyCorrectionsDir, type CorrectionReport } from './lib/apply-corrections';
import { writeDataset } from './lib/write-dataset';
import { SUMMARY_QUERIES } from '../src/lib/views/summaries';

const ROOT = join(import.meta.dirname, '..');
const DATA = join(ROOT, 'data');
const OUT = process.env.PLANBILD_OUT ?? join(ROOT, 'static/data');
// An analyst's corrections (data/corrections/README.md); a test points this elsewhere.
const CORRECTIONS = process.env.PLANBILD_CORRECTIONS ?? join(DATA, 'corrections');

/** Reads data/ and data/raw/ into one validated dataset (nothing written). */
export function buildDataset(
	dataDir: string,
	correctionsDir = join(dataDir, 'corrections')
): { dataset: Dataset; results: FileResult[]; corrections: CorrectionReport[] } {
	const ref = loadReference(dataDir);
	const dataset: Dataset = emptyDataset();
	dataset.districts = ref.districts;
	dataset.priority_areas = ref.priority_areas;
	dataset.area_labels = ref.area_labels;
	dataset.indicators = ref.indicators;
	dataset.indicator_values = [...ref.indicator_values];

	const results = ingestFiles(rawDocuments(join(dataDir, 'raw')), ref.ctx, (p) => relative(join(dataDir, 'raw'), p));
	for (const r of results) {
		if (r.rows) {
			for (const [table, rows] of Object.entries(r.rows)) {
				const target = dataset[table as keyof Dataset] as unknown[];
				for (const row of rows) target.push(row); // no spread: a 20 MB file has 200 000 rows
			}
		} else {
			for (const i of r.report.issues) dataset.ingest_issues.push({ source_file: r.report.file, plan_id: null, ...i });
		}
	}
	// Reference tables are validated too: a hand-edited CSV gets the same checks as a parsed plan.
	for (const table of ['districts', 'priority_areas', 'area_labels', 'indicators', 'indicator_values'] as const) {
		(dataset[table] as unknown[]) = (dataset[table] as unknown[]).filter((row) => {
			const r = ROW_SCHEMAS[table].safeParse(row);
			if (!r.success) console.error(`data/: a row of ${table} fails its schema: ${r.error.message}`);
			return r.success;
		});
	}
	const knownIndicators = new Set(dataset.indicators.map((i) => i.indicator_id));
	for (const v of dataset.indicator_values)
		if (!knownIndicators.has(v.indicator_id))
			dataset.ingest_issues.push({
				source_file: v.source_file ?? 'data/indicators/indicator_values.csv',
				plan_id: v.plan_id,
				line: v.line_start ?? 0,
				line_end: v.line_end ?? 0,
				severity: 'warning',
				code: 'unknown_indicator',
				message: `Indikatorn ${v.indicator_id} finns inte i indikatortabellen; lägg till den i data/plan_indicators.csv.`
			});

	const corrections = applyCorrectionsDir(dataset, correctionsDir);
	return { dataset, results, corrections };
}

async function main() {
	const { dataset, results, corrections } = buildDataset(DATA, CORRECTIONS);
	const { manifest, summaries } = await writeDataset(
		dataset,
		OUT,
		SUMMARY_QUERIES,
		results.map((r) => ({
			source_file: r.report.file,
			sha256: r.sha256,
			bytes: r.bytes,
			layout: r.report.layout,
			plan_id: r.rows?.plans[0]?.plan_id ?? null
		}))
	);
	writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
	writeFileSync(join(OUT, 'summaries.json'), JSON.stringify(summaries, null, '\t') + '\n');

	console.log(
		formatTable(
			['tabell', 'rader'],
			TABLE_NAMES.map((t) => [t, dataset[t].length])
		)
	);
	console.log();
	console.log(
		formatTable(
			['fil', 'layout', 'error', 'warning', 'info'],
			results.map((r) => {
				const n = (s: string) =>
					dataset.ingest_issues.filter((i) => i.source_file === r.report.file && i.severity === s).length;
				return [r.report.file, r.report.layout, n('error'), n('warning'), n('info')];
			})
		)
	);
	if (dataset.corrections.length || corrections.length) {
		const applied = dataset.corrections.filter((c) => c.applied).length;
		console.log(
			`\nRättelser: ${applied} av ${dataset.corrections.length} tillämpade (${relative(ROOT, CORRECTIONS)}/).`
		);
		if (corrections.length)
			console.error(
				formatTable(
					['fil', 'rad', 'allvar', 'kod', 'meddelande'],
					corrections.map((r) => [r.file, r.line, r.severity, r.code, r.message])
				)
			);
	}
	console.log(
		`\nSkrev ${manifest.tables.length} tabeller till ${relative(ROOT, OUT)}/ (Parquet + ${manifest.database}).`
	);
}

if (import.meta.url === `file://${process.argv[1]}`)
	main().catch((e) => {
		console.error(`build:data misslyckades: ${e instanceof Error ? e.message : String(e)}`);
		process.exit(1);
	});
