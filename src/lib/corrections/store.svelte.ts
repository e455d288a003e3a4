// The user's corrections for the whole app: restored from IndexedDB into the
// DuckDB layer before any view queries, added and removed one by one, and
// exported as one CSV per kind. The published dataset's own corrections
// (table `corrections`, from data/corrections/) are listed beside them.
import type { Engine } from '../db/engine';
import { getEngine } from '../db/store.svelte';
import { dataVersion } from '../db/version.svelte';
import type { Row } from '../schema/tables';
import { correctionRow } from './describe';
import { correctionsToCsv } from './format';
import { correctionId } from './ids';
import { deleteStoredCorrection, listStoredCorrections, putStoredCorrection } from './idb';
import { applyCorrectionLayer } from './layer';
import { CORRECTION_SCHEMA, type Correction, type CorrectionInput, type CorrectionKind } from './schema';

export const correctionState = $state<{
	local: Correction[];
	/** Why a local correction was not applied (its records are gone), by id. */
	notApplied: Record<string, string>;
	published: Row<'corrections'>[];
	problems: string[];
}>({ local: [], notApplied: {}, published: [], problems: [] });

/** Every correction the views may show: the user's, then the published ones they do not replace. */
export function allCorrections(): Row<'corrections'>[] {
	const mine = correctionState.local.map((c) => correctionRow(c, !(c.correction_id in correctionState.notApplied)));
	const ids = mine.map((c) => c.correction_id);
	return [...mine, ...correctionState.published.filter((p) => !ids.includes(p.correction_id))];
}

export const findCorrection = (id: string | null | undefined) =>
	id ? allCorrections().find((c) => c.correction_id === id) : undefined;
export const isLocal = (id: string) => correctionState.local.some((c) => c.correction_id === id);

const plain = (c: Correction): Correction => JSON.parse(JSON.stringify(c));

async function relayer(engine: Engine): Promise<void> {
	// The layer rewrites every table from published + imported rows: all of them must be in.
	await engine.allFilled();
	const outcomes = await applyCorrectionLayer(engine, correctionState.local.map(plain));
	correctionState.notApplied = Object.fromEntries(
		outcomes.filter((o) => !o.applied).map((o) => [o.correction.correction_id, o.message ?? ''])
	);
	dataVersion.n++;
}

/** Called once the engine has the published and imported rows. */
export async function restoreCorrections(engine: Engine): Promise<void> {
	try {
		correctionState.published = (await engine.query<Row<'corrections'>>('SELECT * FROM corrections')).map((r) => ({
			...r,
			record_ids: r.record_ids ?? []
		}));
	} catch {
		correctionState.published = []; // a dataset built before corrections existed
	}
	let stored: Correction[] = [];
	try {
		stored = await listStoredCorrections();
	} catch (e) {
		correctionState.problems = [`Sparade rättelser kunde inte läsas (${e instanceof Error ? e.message : String(e)}).`];
	}
	const valid = stored.filter((c) => CORRECTION_SCHEMA.safeParse(c).success);
	if (valid.length < stored.length)
		correctionState.problems = [
			...correctionState.problems,
			`${stored.length - valid.length} sparade rättelser klarade inte schemat och används inte.`
		];
	correctionState.local = valid.sort((a, b) => a.decided_at.localeCompare(b.decided_at));
	if (valid.length) await relayer(engine);
}

/** After an import is added or removed: the layer is built again over the new rows. */
export async function refreshCorrections(engine: Engine): Promise<void> {
	if (correctionState.local.length) await relayer(engine);
}

export async function addCorrection(input: CorrectionInput): Promise<Correction> {
	const c = CORRECTION_SCHEMA.parse({ ...input, correction_id: correctionId(input) });
	await putStoredCorrection(plain(c));
	correctionState.local = [...correctionState.local.filter((x) => x.correction_id !== c.correction_id), c];
	await relayer(await getEngine());
	return c;
}

export async function removeCorrection(id: string): Promise<void> {
	await deleteStoredCorrection(id);
	correctionState.local = correctionState.local.filter((c) => c.correction_id !== id);
	await relayer(await getEngine());
}

/** The user's corrections of one kind as data/corrections/<kind>.csv. */
export function exportCsv(kind: CorrectionKind): string {
	return correctionsToCsv(kind, correctionState.local.map(plain));
}
