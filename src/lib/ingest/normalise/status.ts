// One status vocabulary for every layout: a follow-up text -> status, basis, phrase.
// Matching runs on the squashed text, so phrases wrapped across lines
// ("Åtgärden bedöms vara delvis\nuppnådd") are read as one.

import type { FollowupStatus, MeasureStatus, StatusBasis } from '../../schema/enums';

export type { FollowupStatus, MeasureStatus, StatusBasis };

export interface StatusReading {
	status: FollowupStatus;
	status_basis: StatusBasis;
	status_phrase: string | null;
}

interface Rule {
	re: RegExp;
	status: (m: RegExpExecArray) => FollowupStatus;
}

const NEG = /\b(ej|inte|icke)\b/i;

function judged(word: string, qualifier: string | undefined): FollowupStatus {
	const q = (qualifier ?? '').toLowerCase();
	const w = word.toLowerCase();
	if (NEG.test(q)) return 'ej_uppnadd';
	if (/delvis/.test(q)) return 'delvis_uppnadd';
	if (/^påbörja/.test(w)) return 'paborjad';
	return 'uppnadd';
}

// Judgment phrases: the plan itself says how far the measure or goal got.
const QUAL = '((?:helt\\s+|delvis\\s+|ej\\s+|inte\\s+|icke\\s+|ännu\\s+)*)';
const REACHED =
	'(uppnådd|uppnått|uppnådda|uppnåtts|uppfylld|uppfyllt|uppfyllda|uppfyllts|påbörjad|påbörjat|påbörjade|genomförd|genomfört|genomförda)';
const EXPLICIT: Rule[] = [
	{
		// "Åtgärden bedöms vara delvis uppnådd", "Målet anses var uppnått" (sic, Farsta line 42),
		// "ses därför som uppfylld", "bedöms ur ett processperspektiv vara uppnådd" (EÅV line 551),
		// "anses uppnått"
		re: new RegExp(
			`\\b(?:bedöms|anses|ses|bedömdes|ansågs|betraktas)\\s+(?:[^\\s.!?]+\\s+){0,4}?(?:vara?\\s+|som\\s+|ha\\s+)${QUAL}${REACHED}\\b|\\b(?:bedöms|anses|ses|bedömdes|ansågs)\\s+${QUAL}${REACHED}\\b`,
			'i'
		),
		status: (m) => (m[2] !== undefined ? judged(m[2], m[1]) : judged(m[4], m[3]))
	},
	{
		// "Målet har ej uppnåtts", "Målen är delvis uppnådda", "Det förväntade resultatet är
		// därmed uppnått", "Mål och syfte med aktiviteten har uppnåtts", "Målet är ännu inte uppnått"
		re: new RegExp(
			`\\b(?:mål(?:et|en)?|målsättningen|resultatet|syftet)\\b[^.!?]{0,40}?\\s(?:är|har|blev)\\s+(?:därmed\\s+|därför\\s+|nu\\s+)?${QUAL}(uppnått|uppnåtts|uppnådda|uppnådd|nåtts|nått|uppfyllt|uppfyllts|uppfyllda|uppfylld)\\b`,
			'i'
		),
		status: (m) => judged(m[2], m[1])
	},
	{
		// "Ett av två mål har uppnåtts"
		re: /\b(ett|en|två|tre|fyra)\s+av\s+(två|tre|fyra|fem)\s+mål\w*\s+(?:har\s+)?(?:uppnåtts|uppnått|nåtts|uppfyllts)\b/i,
		status: () => 'delvis_uppnadd'
	},
	{
		// "Målet har ännu inte mätts", "har inte följts upp"
		re: /\b(?:har|är|kan)\s+(?:ännu\s+)?(?:inte|ej)\s+(?:ännu\s+)?(?:mätts|bedömts|följts upp|utvärderats|bedömas|mätas)\b/i,
		status: () => 'ej_bedomd'
	}
];

// A judgment of one sub-goal ("det kortsiktiga målet är uppnått") yields to a
// judgment of the whole (Farsta line 68: "Målen är delvis uppnådda").
const SUB_GOAL = /\b(?:kortsiktiga|långsiktiga|första|andra|ena|övergripande)\s+(?:\w+\s+)?$/i;

// Wording that suggests a status without judging it.
const INFERRED: Rule[] = [
	{
		re: /\b(?:har|hade|är|blev)\s+(?:ännu\s+)?(?:inte|ej)\s+(?:ännu\s+)?(?:genomförts|genomförd|genomfört|startat|påbörjats|kommit igång|blivit av)\b/i,
		status: () => 'ej_uppnadd'
	},
	{
		re: /\b(?:genomförts|genomfördes|genomfört)\s+i\s+(?:mindre|begränsad)\s+(?:skala|omfattning)\b/i,
		status: () => 'delvis_uppnadd'
	},
	{
		re: /\b(?:pågår|pågått|påbörjats|påbörjat|påbörjades|har startat|har inletts|fortsätter|fortgår|fortsatta?|är igång|under uppbyggnad|har provats|håller på att)\b/i,
		status: () => 'paborjad'
	},
	{
		re: /\b(?:har\s+(?:\S+\s+)?genomförts|genomfördes|är genomförd|är genomfört|har avslutats|har slutförts|har färdigställts|har införts|har tagits fram|har hållits|hölls|har delats ut|har deltagit)\b/i,
		status: () => 'uppnadd'
	}
];

/** The last match; when `prefer` accepts any match, the last of those. */
function lastMatch(re: RegExp, text: string, prefer?: (m: RegExpExecArray) => boolean): RegExpExecArray | null {
	const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
	let last: RegExpExecArray | null = null;
	let lastPreferred: RegExpExecArray | null = null;
	for (let m = g.exec(text); m; m = g.exec(text)) {
		last = m;
		if (prefer?.(m)) lastPreferred = m;
		if (m[0] === '') g.lastIndex++;
	}
	return lastPreferred ?? last;
}

/**
 * Reads a status from follow-up text. An explicit judgment wins over inferred
 * wording; among explicit ones the last in the text wins (the conclusion of a
 * year-end entry comes last).
 */
export function readStatus(rawText: string): StatusReading {
	const text = rawText.replace(/\s+/g, ' ').trim();
	let best: { m: RegExpExecArray; rule: Rule } | null = null;
	const whole = (m: RegExpExecArray) => !SUB_GOAL.test(text.slice(Math.max(0, m.index - 40), m.index));
	for (const rule of EXPLICIT) {
		const m = lastMatch(rule.re, text, whole);
		// The latest judgment wins; of two ending at the same place, the longer
		// ("Ett av två mål har uppnåtts" over its tail "mål har uppnåtts").
		const end = (x: RegExpExecArray) => x.index + x[0].length;
		if (m && (!best || end(m) > end(best.m) || (end(m) === end(best.m) && m.index < best.m.index))) best = { m, rule };
	}
	if (best) {
		return { status: best.rule.status(best.m), status_basis: 'explicit', status_phrase: best.m[0] };
	}
	for (const rule of INFERRED) {
		const m = lastMatch(rule.re, text);
		if (m) return { status: rule.status(m), status_basis: 'inferred', status_phrase: m[0] };
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
