// What the user imported, as files: one Arrow IPC file and one CSV per table,
// with the dataset's own table and column names, zipped. Parquet would match
// the published files, but DuckDB-wasm 1.32 has no Parquet writer without
// downloading its parquet extension, and the app never leaves its origin
// (measured: COPY … (FORMAT parquet) fails offline), so Arrow IPC it is; DuckDB
// (`read_ipc` / `FROM 'x.arrow'` with the arrow extension), pandas, polars and
// R's arrow read it, and the CSV opens in Excel.
import { tableToIPC } from 'apache-arrow';
import { strToU8, zipSync } from 'fflate';
import type { Engine } from '../db/engine';
import { IMPORT_TABLES } from '../db/imports';
import { quoteIdent } from '../schema/sql';
import { TABLES } from '../schema/tables';
import { fromArrow } from '../db/arrow';
import { toCsv } from '../export';

export const EXPORT_README = `Planbild – importerade tabeller

Filerna innehåller bara det du har importerat i webbläsaren (provenance = user_import),
med samma tabell- och kolumnnamn som det publicerade datasetet (se DATA_MODEL.md).

<tabell>.arrow  Apache Arrow IPC (filformat). Läs t.ex. med pandas.read_feather,
                polars.read_ipc eller R arrow::read_ipc_file.
<tabell>.csv    Samma rader som CSV (UTF-8 med BOM, semikolon, decimalkomma) för Excel.

Parquet skrivs inte: DuckDB-wasm 1.32 kan bara skriva Parquet med ett tillägg som
måste hämtas från internet, och Planbild hämtar aldrig något utanför sin egen server.
`;

export async function exportImports(engine: Engine): Promise<{ bytes: Uint8Array; tables: number }> {
	const files: Record<string, Uint8Array> = { 'LASMIG.txt': strToU8(EXPORT_README) };
	let tables = 0;
	for (const table of IMPORT_TABLES) {
		const result = await engine.connection.query(`SELECT * FROM memory.imports.${quoteIdent(table)}`);
		if (result.numRows === 0) continue;
		tables++;
		files[`${table}.arrow`] = tableToIPC(result as never, 'file');
		const columns = Object.keys(TABLES[table]).map((key) => ({ key, label: key }));
		files[`${table}.csv`] = strToU8(toCsv(columns, fromArrow(result as never)));
	}
	return { bytes: zipSync(files, { level: 6 }), tables };
}
