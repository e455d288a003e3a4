// npm run sql -- "SELECT …" [--csv]
// Runs SQL over the built dataset (every table by its DATA_MODEL.md name).
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatTable } from './lib/table';
import { DATABASE_FILE } from './lib/write-dataset';

const ROOT = join(import.meta.dirname, '..');
const DB = join(process.env.PLANBILD_OUT ?? join(ROOT, 'static/data'), DATABASE_FILE);

function csvCell(v: unknown): string {
	const s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

async function main(argv: string[]): Promise<number> {
	const csv = argv.includes('--csv');
	const sql = argv
		.filter((a) => a !== '--csv')
		.join(' ')
		.trim();
	if (!sql) {
		console.error('Användning: npm run sql -- "SELECT …" [--csv]');
		return 2;
	}
	if (!existsSync(DB)) {
		console.error(`Datasetet finns inte (${DB}). Kör först: npm run build:data`);
		return 1;
	}
	const instance = await DuckDBInstance.create(DB, { access_mode: 'READ_ONLY' });
	const con = await instance.connect();
	try {
		const reader = await con.runAndReadAll(sql);
		const names = reader.columnNames();
		const rows = reader.getRowsJson() as unknown[][];
		if (csv) {
			process.stdout.write([names, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n');
		} else {
			const cells = rows.map((r) =>
				r.map((v) =>
					v === null ? null : typeof v === 'number' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v)
				)
			);
			console.log(formatTable(names, cells));
			console.log(`(${rows.length} rader)`);
		}
		return 0;
	} catch (e) {
		console.error(`SQL-fel: ${e instanceof Error ? e.message : String(e)}`);
		return 1;
	} finally {
		con.closeSync();
		instance.closeSync();
	}
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
