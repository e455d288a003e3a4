// The city's template saved from Excel as CSV (semicolon or comma) or as
// "Unicode text" (UTF-16, tabs): one sheet of the workbook, with cells that
// may hold quoted line breaks. When a row among the first 30 has the
// template's column headers, the rows become a one-sheet workbook, rendered
// and read by the xlsx-template layout as an .xlsx would be.
import { csvRows } from '../indicator-table';
import { headerColumns } from '../tsv-rows';
import type { XlsxSheet } from '../../read';

export function templateCsvSheet(text: string, name: string): XlsxSheet | null {
	const rows = csvRows(text);
	if (!rows.slice(0, 30).some((r) => headerColumns(r.cells.join('\t')) !== null)) return null;
	const sheet: XlsxSheet = { name: name.replace(/\.[a-z0-9]+$/i, ''), rows: new Map(), merges: [], hidden: false };
	rows.forEach((r, i) => {
		const cells = new Map<number, { text: string; formula: null }>();
		r.cells.forEach((c, col) => {
			if (c.trim() !== '') cells.set(col, { text: c, formula: null });
		});
		if (cells.size) sheet.rows.set(i + 1, cells);
	});
	return sheet;
}
