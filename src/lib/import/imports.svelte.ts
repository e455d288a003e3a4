// The user's imports for the whole app: restored from IndexedDB into DuckDB
// each time the engine starts (before any view queries), added by dropping
// files on Importera, removed one by one. A failed file changes nothing that
// was already imported or published.
import type { Engine } from '../db/engine';
import {
	deleteImportRows,
	importContext,
	insertImportChunks,
	insertImportRows,
	uniqueSourceFile,
	validateImportRows
} from '../db/imports';
import type { IngestReport } from '../ingest/ingest';
import { IMPORT_TABLES, type ImportTable } from '../schema/tables';
import { dataVersion } from '../db/version.svelte';
import { formatMb, IMPORT_LIMITS } from '../ingest/limits';
import { refreshCorrections } from '../corrections/store.svelte';
import { chunkBytes, deleteStoredImport, listStoredImports, type StoredImport } from './idb';

export type ImportSummary = Omit<StoredImport, 'bytes' | 'rows' | 'arrow' | 'counts'> & {
	counts: Record<string, number>;
};

export interface FileOutcome {
	key: number;
	file: string;
	ok: boolean;
	/** Set when the file was imported (or was already). */
	import_id: string | null;
	plan_id: string | null;
	report: IngestReport;
	note: string | null;
}

export const importState = $state<{
	items: ImportSummary[];
	restored: boolean;
	restoreProblems: string[];
	busy: { file: string; stage: string; fraction: number | null } | null;
	outcomes: FileOutcome[];
}>({ items: [], restored: false, restoreProblems: [], busy: null, outcomes: [] });

/** True for a plan the user imported (views mark it; the list is restored before any view queries). */
export const isImportedPlan = (planId: string) => importState.items.some((i) => i.plan_id === planId);

const summary = (rec: StoredImport): ImportSummary => {
	const { bytes: _bytes, rows, arrow: _arrow, counts, ...rest } = rec;
	void _bytes;
	void _arrow;
	return {
		...rest,
		counts: counts ?? Object.fromEntries(Object.entries(rows ?? {}).map(([t, r]) => [t, (r as unknown[]).length]))
	};
};

/** Åtgärder's list reads measures, their status and follow-ups; the source text is read last. */
const RESTORE_ORDER: readonly ImportTable[] = [
	'measures',
	'measure_status',
	'followups',
	...IMPORT_TABLES.filter((t) => !['measures', 'measure_status', 'followups', 'source_lines'].includes(t)),
	'source_lines'
];

/**
 * The stored imports, read from IndexedDB; an Error instead of a rejection, so the read can
 * start with the engine (store.svelte.ts) and overlap the wasm compile without an unhandled
 * rejection while the engine is still starting.
 */
export function readStoredImports(): Promise<StoredImport[] | Error> {
	return listStoredImports().catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
}

/**
 * Called once per engine start, before the engine is handed to any view. Older records (rows
 * as objects) go in at once. The Arrow chunks go in afterwards, table by table in RESTORE_ORDER
 * (what Åtgärder's list needs first, the source text last), and each table is held until its
 * rows are in: a view asking for measures does not wait for 20 MB of source lines, and no
 * query sees a table half filled. Returns once the holds are set; `importState.restored`
 * turns true when everything is in.
 */
export async function restoreImports(
	engine: Engine,
	reading: Promise<StoredImport[] | Error> = readStoredImports()
): Promise<void> {
	const stored = await reading;
	if (stored instanceof Error) {
		importState.restoreProblems = [
			`Sparade importer kunde inte läsas (${stored.message}); bara det publicerade datasetet visas.`
		];
		importState.restored = true;
		return;
	}
	const problems: string[] = [];
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- local bookkeeping, never rendered
	const failed = new Set<string>();
	const fail = (rec: StoredImport, e: unknown) => {
		failed.add(rec.id);
		problems.push(`${rec.file} kunde inte läsas in i databasen (${e instanceof Error ? e.message : String(e)}).`);
	};
	const sorted = stored.sort((a, b) => a.imported_at.localeCompare(b.imported_at));
	for (const rec of sorted.filter((r) => !r.arrow)) {
		try {
			// A record from before the Arrow chunks: its rows are checked and inserted as objects.
			const { rows, rejected } = validateImportRows(rec.rows ?? {});
			if (rejected)
				problems.push(
					`${rejected} rader från ${rec.file} klarade inte schemat och visas inte. Ta bort och importera filen igen.`
				);
			await insertImportRows(engine, rows);
		} catch (e) {
			await deleteImportRows(engine, rec.source_file).catch(() => {});
			fail(rec, e);
		}
	}
	const chunked = sorted.filter((r) => r.arrow);
	importState.items = sorted.filter((r) => !failed.has(r.id)).map(summary);
	const finish = () => {
		importState.items = importState.items.filter((i) => !failed.has(i.id));
		importState.restoreProblems = problems;
		importState.restored = true;
	};
	if (!chunked.length) return finish();
	await engine.ensureImportTables();
	let queue: Promise<unknown> = Promise.resolve();
	for (const table of RESTORE_ORDER) {
		queue = queue.then(async () => {
			for (const rec of chunked) {
				const stored = rec.arrow!.filter((c) => c.table === table);
				if (failed.has(rec.id) || !stored.length) continue;
				// A view's query goes before the next chunk (engine.queriesIdle).
				await Promise.all(stored.map(async (c) => ({ table: c.table, ipc: await chunkBytes(c) })))
					.then((chunks) => insertImportChunks(engine, chunks, undefined, () => engine.queriesIdle()))
					.catch((e) => fail(rec, e));
			}
		});
		engine.hold(table, queue);
	}
	void queue.then(async () => {
		// A record that failed part-way: its rows in the tables filled before are taken out again.
		for (const rec of chunked) if (failed.has(rec.id)) await deleteImportRows(engine, rec.source_file).catch(() => {});
		if (failed.size) dataVersion.n++;
		finish();
	});
}

let outcomeKey = 0;

function refused(file: string, code: string, message: string): FileOutcome {
	return {
		key: ++outcomeKey,
		file,
		ok: false,
		import_id: null,
		plan_id: null,
		note: null,
		report: {
			file,
			layout: null,
			district_id: null,
			year: null,
			doc_type: null,
			counts: {},
			issues: [{ line: 0, line_end: 0, severity: 'error', code, message }]
		}
	};
}

/** Reads one dropped file in the worker and, if it gave rows, keeps them (DuckDB + IndexedDB). */
export async function importFile(engine: Engine, file: File): Promise<FileOutcome> {
	// The size is checked before a byte is read: a 50 MB file is never loaded.
	if (file.size > IMPORT_LIMITS.maxFileBytes)
		return refused(
			file.name,
			'too_large',
			`Filen ${file.name} är ${formatMb(file.size)}; gränsen är ${formatMb(IMPORT_LIMITS.maxFileBytes)} per fil. Den lästes inte.`
		);
	importState.busy = { file: file.name, stage: 'Läser filen', fraction: null };
	try {
		const { readInWorker } = await import('./client');
		const { wire, sourceFiles } = await importContext(engine);
		const sourceFile = uniqueSourceFile(file.name, sourceFiles);
		const bytes = await file.arrayBuffer();
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, never mutated
		const imported_at = new Date().toISOString();
		const store = { existingIds: importState.items.map((i) => i.id), file: file.name, imported_at, size: file.size };
		const done = await readInWorker(sourceFile, bytes, wire, store, (stage, fraction) => {
			importState.busy = { file: file.name, stage, fraction };
		});
		const { result, prepared } = done;
		const base = {
			key: ++outcomeKey,
			file: file.name,
			report: result.report,
			plan_id: null,
			import_id: null,
			note: null
		};
		if (result.kind === 'failed' || !prepared) return { ...base, ok: false };
		const same = importState.items.find((i) => i.id === result.sha256);
		if (same)
			return {
				...base,
				ok: true,
				import_id: same.id,
				plan_id: same.plan_id,
				note: `Filen har samma innehåll som ${same.file}, som redan är importerad; den lästes inte in en gång till.`
			};
		try {
			await insertImportChunks(engine, prepared.chunks, (n, total) => {
				importState.busy = { file: file.name, stage: 'Lägger in i databasen', fraction: n / total };
			});
		} catch (e) {
			await deleteImportRows(engine, sourceFile).catch(() => {});
			if (done.stored) await deleteStoredImport(result.sha256).catch(() => {});
			return refused(
				file.name,
				'insert_failed',
				`Raderna från ${file.name} kunde inte läggas in i databasen (${e instanceof Error ? e.message : String(e)}); inget ändrades.`
			);
		}
		const item: ImportSummary = {
			id: result.sha256,
			file: file.name,
			source_file: sourceFile,
			kind: result.kind,
			format: result.format,
			plan_id: prepared.plan_id,
			imported_at,
			size: file.size,
			report: result.report,
			counts: prepared.counts
		};
		const note = done.storeError
			? `Importen visas nu men kunde inte sparas i webbläsaren (${done.storeError}); den försvinner när sidan laddas om.`
			: prepared.rejected
				? `${prepared.rejected} rader klarade inte schemat och togs inte med.`
				: null;
		importState.items = [...importState.items, item];
		await refreshCorrections(engine);
		return { ...base, ok: true, import_id: item.id, plan_id: item.plan_id, note };
	} catch (e) {
		return refused(
			file.name,
			'import_failed',
			`Filen ${file.name} kunde inte läsas (${e instanceof Error ? e.message : String(e)}). Inget ändrades.`
		);
	} finally {
		importState.busy = null;
	}
}

export async function removeImport(engine: Engine, id: string): Promise<void> {
	const item = importState.items.find((i) => i.id === id);
	if (!item) return;
	await deleteImportRows(engine, item.source_file);
	await deleteStoredImport(id);
	importState.items = importState.items.filter((i) => i.id !== id);
	await refreshCorrections(engine);
}
