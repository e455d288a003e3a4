// One status vocabulary for every layout: a follow-up text -> status, basis, phrase.
// Matching runs on the squashed text, so phrases wrapped across lines
// ("Åtgärden bedöms vara delvis\nuppnådd") are read as one.

export type FollowupStatus = 'uppnadd' | 'delvis_uppnadd' | 'paborjad' | 'ej_uppnadd' | 'ej_bedomd';
export type MeasureStatus = FollowupStatus | 'saknas';
export type StatusBasis = 'explicit' | 'inferred' | 'none';

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
const EXPLICIT: Rule[] = [
	{
		// "Åtgärden bedöms vara delvis uppnådd", "Målet anses vara uppnått", "bedöms som ej uppnådd"
		re: /\b(?:bedöms|anses|bedömdes|ansågs)\s+(?:vara\s+|som\s+|ha\s+)?((?:helt\s+|delvis\s+|ej\s+|inte\s+|icke\s+)*)(uppnådd|uppnått|uppnådda|uppnåtts|påbörjad|påbörjat|påbörjade|genomförd|genomfört|genomförda)\b/i,
		status: (m) => judged(m[2], m[1])
	},
	{
		// "Målet har ej uppnåtts", "Målen är delvis uppnådda", "Målet är uppnått"
		re: /\bmål(?:et|en)?\s+(?:är|har|blev)\s+((?:helt\s+|delvis\s+|ej\s+|inte\s+|icke\s+)*)(uppnått|uppnåtts|uppnådda|uppnådd|nåtts|nått)\b/i,
		status: (m) => judged(m[2], m[1])
	},
	{
		// "Ett av två mål har uppnåtts"
		re: /\b(ett|en|två|tre|fyra)\s+av\s+(två|tre|fyra|fem)\s+mål\w*\s+(?:har\s+)?(?:uppnåtts|uppnått|nåtts)\b/i,
		status: () => 'delvis_uppnadd'
	},
	{
		// "Målet har ännu inte mätts", "har inte följts upp"
		re: /\b(?:har|är|kan)\s+(?:ännu\s+)?(?:inte|ej)\s+(?:ännu\s+)?(?:mätts|bedömts|följts upp|utvärderats|bedömas|mätas)\b/i,
		status: () => 'ej_bedomd'
	}
];

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
		re: /\b(?:pågår|pågått|påbörjats|påbörjat|påbörjades|har startat|har inletts|fortsätter|fortgår|är igång|under uppbyggnad)\b/i,
		status: () => 'paborjad'
	},
	{
		re: /\b(?:har\s+(?:\S+\s+)?genomförts|genomfördes|är genomförd|är genomfört|har avslutats|har slutförts|har färdigställts|har införts|har tagits fram|har hållits)\b/i,
		status: () => 'uppnadd'
	}
];

function lastMatch(re: RegExp, text: string): RegExpExecArray | null {
	const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
	let last: RegExpExecArray | null = null;
	for (let m = g.exec(text); m; m = g.exec(text)) {
		last = m;
		if (m[0] === '') g.lastIndex++;
	}
	return last;
}

/**
 * Reads a status from follow-up text. An explicit judgment wins over inferred
 * wording; among explicit ones the last in the text wins (the conclusion of a
 * year-end entry comes last).
 */
export function readStatus(rawText: string): StatusReading {
	const text = rawText.replace(/\s+/g, ' ').trim();
	let best: { m: RegExpExecArray; rule: Rule } | null = null;
	for (const rule of EXPLICIT) {
		const m = lastMatch(rule.re, text);
		// The latest judgment wins; of two ending at the same place, the longer
		// ("Ett av två mål har uppnåtts" over its tail "mål har uppnåtts").
		const end = (x: RegExpExecArray) => x.index + x[0].length;
		if (m && (!best || end(m) > end(best.m) || (end(m) === end(best.m) && m.index < best.m.index)))
			best = { m, rule };
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
