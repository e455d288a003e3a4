// Attainment counts only what a plan states. A follow-up's status is either
// a judgment the plan writes ("bedöms vara delvis uppnådd", status_basis
// 'explicit'), a reading of activity words ("genomfördes", "hölls", "pågår":
// 'inferred'), or nothing ('none'). Counts, shares, charts and exports take
// the stated judgments; a status read from activity words is counted apart as
// "tolkad" with its phrase, and goes into the statuses only when the reader
// asks for it (URL parameter `tolkad=1`). Skarpnäck 2024 states no judgment
// at all; every one of its statuses is 'inferred' or 'none'.
import { label, STATUS_ORDER, STATUS_SYMBOL } from '$lib/labels';
import { formatInt } from '$lib/format';
import type { AttainmentStatus } from '$lib/charts/attainment';

/** The URL parameter that lets the reader count statuses read from activity words. */
export const INFERRED_PARAM = 'tolkad';

/** What a measure is counted as: a stated status, 'tolkad', or (with includeInferred) the inferred status. */
export type CountedStatus = AttainmentStatus;

/** Stated judgments first, then tolkad, then no judgment. */
export const COUNTED_ORDER: readonly CountedStatus[] = STATUS_ORDER;

export function countedStatus(status: string, basis: string | null, includeInferred = false): CountedStatus {
	if (basis === 'inferred' && !includeInferred) return 'tolkad';
	return status as AttainmentStatus;
}

/** One sentence per status: what counts as it (shown beside every count). */
export const STATUS_DEFINITIONS: Record<CountedStatus, string> = {
	uppnadd: 'Uppnådd: uppföljningen säger med egna ord att målet är nått (t.ex. ”Målet anses vara uppnått”).',
	delvis_uppnadd: 'Delvis uppnådd: uppföljningen bedömer med egna ord att målet är delvis nått.',
	paborjad: 'Påbörjad: uppföljningen bedömer med egna ord att arbetet är påbörjat men inte klart.',
	ej_uppnadd: 'Ej uppnådd: uppföljningen säger med egna ord att målet inte är nått.',
	tolkad:
		'Tolkad: uppföljningen beskriver vad som gjorts (”genomfördes”, ”pågår”) men bedömer inte målet; räknas inte som måluppfyllelse.',
	ej_bedomd: 'Ej bedömd: det finns en uppföljning, men den bedömer inte målet eller säger att det inte har mätts.',
	saknas: 'Uppföljning saknas: planen har ingen uppföljningstext för åtgärden.'
};

export type CountedCounts = Record<CountedStatus, number>;

export const emptyCounted = (): CountedCounts => Object.fromEntries(COUNTED_ORDER.map((s) => [s, 0])) as CountedCounts;

/** Statuses that are a stated judgment of the goal (what "Andel uppnådda" divides by). */
export const JUDGED: CountedStatus[] = ['uppnadd', 'delvis_uppnadd', 'paborjad', 'ej_uppnadd'];

/** Measures whose status is a judgment of the goal (stated, or tolkad when the reader includes it). */
export const judgedCount = (c: CountedCounts) => JUDGED.reduce((s, k) => s + c[k], 0);

export interface Attainment {
	counts: CountedCounts;
	/** Measures with a stated judgment of the goal (basis explicit, status uppnådd … ej uppnådd). */
	stated: number;
	/** Measures whose status was read from activity words (basis inferred). */
	inferred: number;
	includeInferred: boolean;
}

/**
 * Counts over rows with status and status_basis. With includeInferred, an
 * inferred status counts as its status and counts.tolkad stays 0.
 */
export function attainmentOf(
	rows: readonly { status: string; status_basis: string | null }[],
	includeInferred = false
): Attainment {
	const counts = emptyCounted();
	let stated = 0;
	let inferred = 0;
	for (const r of rows) {
		counts[countedStatus(r.status, r.status_basis, includeInferred)]++;
		if (r.status_basis === 'inferred') inferred++;
		else if (r.status_basis === 'explicit' && JUDGED.includes(r.status as CountedStatus)) stated++;
	}
	return { counts, stated, inferred, includeInferred };
}

/** Where a plan states no judgment at all, the sentence shown where its attainment would be. */
export function noJudgmentNote(a: Attainment): string | null {
	if (a.stated > 0) return null;
	if (a.inferred === 0) return 'Planen anger ingen bedömning av måluppfyllelsen.';
	return a.includeInferred
		? `Planen anger ingen bedömning av måluppfyllelsen. Siffrorna är tolkade ur aktivitetsord i ${formatInt(a.inferred)} uppföljningar, eftersom du valt att räkna med tolkade statusar.`
		: `Planen anger ingen bedömning av måluppfyllelsen. ${formatInt(a.inferred)} uppföljningar beskriver aktiviteter och visas som ”tolkad”; de räknas inte som uppnådda.`;
}

/** Statuses a follow-up can be read as (every STATUS_ORDER entry but 'tolkad' and 'saknas'). */
const READ_STATUSES = ['uppnadd', 'delvis_uppnadd', 'paborjad', 'ej_uppnadd', 'ej_bedomd'] as const;

/**
 * SQL select-list over measure_status (alias `s`, may be NULL for a measure
 * without a row): per status the stated count (basis not 'inferred'), then
 * `tolkad` (every inferred status), `tolkad_<status>` (the inferred ones by
 * status, for `tolkad=1`), `stated` (stated judgments of the goal), `saknas`.
 */
export function statusCountsSql(s = 's'): string {
	const stated = READ_STATUSES.map(
		(st) =>
			`count(*) FILTER (WHERE ${s}.status = '${st}' AND ${s}.status_basis IS DISTINCT FROM 'inferred')::INTEGER AS ${st}`
	);
	const inferred = READ_STATUSES.map(
		(st) => `count(*) FILTER (WHERE ${s}.status = '${st}' AND ${s}.status_basis = 'inferred')::INTEGER AS tolkad_${st}`
	);
	return [
		...stated,
		`count(*) FILTER (WHERE ${s}.status_basis = 'inferred')::INTEGER AS tolkad`,
		...inferred,
		`count(*) FILTER (WHERE ${s}.status_basis = 'explicit' AND ${s}.status IN (${JUDGED.map((j) => `'${j}'`).join(', ')}))::INTEGER AS stated`,
		`count(*) FILTER (WHERE ${s}.status IS NULL OR ${s}.status = 'saknas')::INTEGER AS saknas`
	].join(',\n\t\t');
}

/** The columns statusCountsSql gives, as a row type. */
export type StatusCountColumns = Record<(typeof READ_STATUSES)[number] | 'tolkad' | 'stated' | 'saknas', number> &
	Record<`tolkad_${(typeof READ_STATUSES)[number]}`, number>;

export const STATUS_COUNT_KEYS: (keyof StatusCountColumns)[] = [
	...READ_STATUSES,
	'tolkad',
	...READ_STATUSES.map((s) => `tolkad_${s}` as const),
	'stated',
	'saknas'
];

/** The counts a view shows from statusCountsSql's columns. */
export function attainmentFromColumns(row: StatusCountColumns, includeInferred = false): Attainment {
	const counts = emptyCounted();
	for (const st of READ_STATUSES) counts[st] = row[st] + (includeInferred ? row[`tolkad_${st}`] : 0);
	counts.tolkad = includeInferred ? 0 : row.tolkad;
	counts.saknas = row.saknas;
	return { counts, stated: row.stated, inferred: row.tolkad, includeInferred };
}

/** Sums statusCountsSql rows (areas of a plan, plans of a comparison). */
export function sumColumns(rows: readonly StatusCountColumns[]): StatusCountColumns {
	const out = Object.fromEntries(STATUS_COUNT_KEYS.map((k) => [k, 0])) as StatusCountColumns;
	for (const r of rows) for (const k of STATUS_COUNT_KEYS) out[k] += r[k] ?? 0;
	return out;
}

/** Reads `tolkad=1` from a URL's search parameters. */
export const includesInferred = (params: URLSearchParams) => params.get(INFERRED_PARAM) === '1';

/** "● Uppnådd": the status's symbol and name. */
export const statusText = (s: string) => `${STATUS_SYMBOL[s as CountedStatus] ?? ''} ${label('status', s)}`.trim();

/**
 * "● Uppnådd", or for a status read from activity words "≈ Tolkad (ingen bedömning): uppnådd?
 * ur ”genomfördes”" — and, when the reader counts those, "● Uppnådd (tolkad ur ”genomfördes”)".
 */
export function countedStatusText(
	status: string,
	basis: string | null,
	phrase: string | null,
	includeInferred = false
): string {
	if (basis !== 'inferred') return statusText(status);
	const from = phrase ? ` ur ”${phrase}”` : '';
	if (includeInferred) return `${statusText(status)} (tolkad${from})`;
	return `${statusText('tolkad')}: ${label('status', status).toLowerCase()}?${from}`;
}
