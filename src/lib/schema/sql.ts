// DDL from the one schema: the build's .duckdb file and the browser's import
// tables are created from the same column list.
import { TABLES, TABLE_NAMES, type TableName } from './tables';

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function createTableSql(table: TableName, qualified = quoteIdent(table)): string {
	const cols = Object.entries(TABLES[table]).map(([name, c]) => `${quoteIdent(name)} ${c.sql}`);
	return `CREATE TABLE ${qualified} (${cols.join(', ')})`;
}

/**
 * In the browser, once something is imported, every table name is a view over the
 * published table and the user's imports, so each view's SQL sees imported plans
 * without knowing it. `viewSchema` places the view (the published database is read-only).
 */
export function unionViewSql(table: TableName, published: string, imports: string, viewSchema = ''): string {
	const t = quoteIdent(table);
	const view = viewSchema ? `${viewSchema}.${t}` : t;
	return `CREATE OR REPLACE VIEW ${view} AS SELECT * FROM ${published}.${t} UNION ALL BY NAME SELECT * FROM ${imports}.${t}`;
}

export { TABLE_NAMES };
