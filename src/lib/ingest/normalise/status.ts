// One status reader for every layout: a follow-up text -> status, basis, phrase.
// Matching runs on the squashed text, so phrases wrapped across lines
// ("Åtgärden bedöms vara delvis\nuppnådd") are read as one.
//
// The question asked of each clause: does it judge the goal (or the measure),
// report activity, or neither? A judgment ("Målet är uppnått", "bedöms vara
// delvis uppnådd", a bare "Ej uppnått.") is explicit. A report of activity
// ("möten hölls", "har genomförts", "pågår") is at most inferred, and never
// says the goal was reached: activity under way or carried out reads as
// påbörjad, carried out in part as delvis uppnådd, not carried out as ej uppnådd.
// Negation, degree and scope live in ./status-read.ts; the words in ./status-words.ts.
import { clausesOf } from './status-clauses';
import { readClause, type Hit } from './status-read';

import type { FollowupStatus, MeasureStatus, StatusBasis } from '../../schema/enums';

export type { FollowupStatus, MeasureStatus, StatusBasis };

export interface StatusReading {
	status: FollowupStatus;
	status_basis: StatusBasis;
	status_phrase: string | null;
}

// Activity reports: the first sentence that reports any decides (a follow-up
// leads with its news; later sentences add detail). Within it, the report that
// says least wins: "startade i våras har inte fortsatt" is not under way.
const INFERRED_ORDER: FollowupStatus[] = ['ej_uppnadd', 'delvis_uppnadd', 'paborjad'];

/**
 * Reads a status from follow-up text. A judgment wins over activity; among
 * judgments the last one about the whole wins (the conclusion of a year-end
 * entry comes last; a sub-goal, a numbered detail or a parenthesis yields).
 */
export function readStatus(rawText: string): StatusReading {
	// Follow-up texts repeat ("Pågår enligt plan"); a reading is pure, so recent ones are kept.
	const known = CACHE.get(rawText);
	if (known) return { ...known };
	const reading = read(rawText);
	if (CACHE.size >= CACHE_SIZE) CACHE.delete(CACHE.keys().next().value!);
	CACHE.set(rawText, reading);
	return { ...reading };
}

const CACHE_SIZE = 2000;
const CACHE = new Map<string, StatusReading>();

function read(rawText: string): StatusReading {
	const text = rawText.normalize('NFC').replace(/\s+/g, ' ').trim();
	// Cues are matched on lower case; offsets stay valid when lower-casing keeps the length.
	const lower = text.toLowerCase();
	const scan = lower.length === text.length ? lower : text;
	const hits: Hit[] = clausesOf(scan).flatMap(readClause);
	const phrase = (h: Hit) => text.slice(h.start, h.end).trim();
	const explicit = hits.filter((h) => h.basis === 'explicit');
	if (explicit.length) {
		const h = explicit.filter((x) => !x.minor).at(-1) ?? explicit.at(-1)!;
		return { status: h.status, status_basis: 'explicit', status_phrase: phrase(h) };
	}
	const first = hits.find((h) => h.basis === 'inferred');
	for (const status of INFERRED_ORDER) {
		const h = hits.find((x) => x.sentence === first?.sentence && x.status === status);
		if (h) return { status, status_basis: 'inferred', status_phrase: phrase(h) };
	}
	return { status: 'ej_bedomd', status_basis: 'none', status_phrase: null };
}

const PERIOD_ORDER = (period: string): string => {
	if (period === 'VB') return '9';
	if (period === 'arsuppfoljning') return '8';
	if (/^T\d$/.test(period)) return '1' + period;
	return '5' + period; // ISO dates sort by themselves, between tertials and year end
};

/** Sort key for follow-up periods: T1 < T2 < T3 < dated entries < arsuppfoljning < VB. */
export function periodSortKey(period: string): string {
	return PERIOD_ORDER(period);
}
