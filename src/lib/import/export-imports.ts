// What the user imported, as files: one Parquet file and one CSV per table,
// with the dataset's own table and column names, zipped. The Parquet files have
// the columns and types of the published ones (static/data/<table>.parquet);
// they are written by our own small writer (src/lib/parquet/write.ts), since
// DuckDB-wasm 1.32 cannot write Parquet without downloading its extension and
// the app never leaves its origin. The CSV opens in Excel.
import { strToU8, zipSync } from 'fflate';
import type { Engine } from '../db/engine';
import { IMPORT_TABLES } from '../db/imports';
import { quoteIdent } from '../schema/sql';
import { TABLES } from '../schema/tables';
import { fromArrow } from '../db/arrow';
import { toCsv } from '../export';
import { writeParquet } from '../parquet/write';

export const EXPORT_README = `Planbild – importerade tabeller

Filerna innehåller bara det du har importerat i webbläsaren (provenance = user_import),
med samma tabell- och kolumnnamn som det publicerade datasetet (se DATA_MODEL.md).

<tabell>.parquet  Parquet med samma kolumner och typer som de publicerade filerna.
                  Läs t.ex. med DuckDB (SELECT * FROM 'plans.parquet'), pandas.read_parquet,
                  polars.read_parquet eller R arrow::read_parquet.
<tabell>.csv      Samma rader som CSV (UTF-8 med BOM, semikolon, decimalkomma) för Excel.
`;

export async function exportImports(engine: Engine): Promise<{ bytes: Uint8Array; tables: number }> {
	const files: Record<string, Uint8Array> = { 'LASMIG.txt': strToU8(EXPORT_README) };
	let tables = 0;
	// Without an import in this page the import tables were never created: nothing to export.
	for (const table of engine.hasImports ? IMPORT_TABLES : []) {
		const schema = Object.entries(TABLES[table]).map(([name, c]) => ({ name, sql: c.sql }));
		const result = await engine.connection.query(
			`SELECT ${schema.map((c) => quoteIdent(c.name)).join(', ')} FROM memory.imports.${quoteIdent(table)}`
		);
		if (result.numRows === 0) continue;
		tables++;
		const rows = fromArrow(result as never);
		files[`${table}.parquet`] = writeParquet(schema, rows);
		const columns = schema.map(({ name }) => ({ key: name, label: name }));
		files[`${table}.csv`] = strToU8(toCsv(columns, rows));
	}
	return { bytes: zipSync(files, { level: 6 }), tables };
}
