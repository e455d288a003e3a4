// När cells read by their shape, not by a list of wordings: a run of time
// expressions (a year, a quarter or tertial, a month, a season, a week,
// "löpande", "i linje", "vid behov" …), each optionally introduced by "under",
// "from", "t.o.m." and the like, joined by "och", "+", "-", "/" or ",".
// Used to find where a När cell ends and Vem begins (pdf-columns) and to
// classify every layout's timing text (timingKind).

import type { TimingKind } from '../../schema/enums';

export type { TimingKind };

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const YEAR = '(?:19|20)\\d\\d';
const MONTH =
	'(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\.?';
const SEASON = '(?:våren|vår|hösten|höst|sommaren|sommar|vintern|vinter|vt|ht)(?:\\s*-?\\s*(?:' + YEAR + '|\\d\\d))?';
const PERIOD =
	'(?:(?:T|Q|kv\\.?\\s?|kvartal\\s|tertial\\s|halvår\\s)[1-4]|VB|helår|(?:första|andra)\\s+(?:halvåret|tertialet|kvartalet))';
const WEEK = '(?:v\\.?|vecka)\\s?\\d{1,2}';
const DATED = [`${YEAR}(?:\\s*[-–/]\\s*(?:${YEAR}|\\d\\d))?`, PERIOD, MONTH, SEASON, WEEK, 'under året', 'hela året'];
const LINE = [
	'löpande',
	'linjearbete',
	'linjeverksamhet(?:en)?',
	'i\\s+linjen?',
	'pågående',
	'kontinuerligt',
	'fortlöpande',
	'årligen',
	'årsvis',
	'terminsvis',
	'månadsvis',
	'veckovis',
	'varje\\s+(?:år|termin|månad|vecka)',
	'långsiktigt(?:\\s+arbete)?',
	'tills\\s+vidare',
	'vid\\s+behov'
];
const CORE = `(?:${[...DATED, ...LINE].join('|')})${E}`;
const PREFIX =
	'(?:under(?:\\s+hela)?|from|fr\\.?\\s?o\\.?\\s?m\\.?|t\\.?\\s?o\\.?\\s?m\\.?|tom|från|till|senast|innan|före|efter|med\\s+start|start|startar|påbörjas|klart|slutet\\s+av|början\\s+av|mitten\\s+av|i)\\s+';
const JOIN = '(?:\\s*(?:\\+|,|/|[-–])\\s*|\\s+(?:och|samt|eller)\\s+|\\s+)';
const UNIT = `(?:${PREFIX})*${CORE}`;
const CELL = new RegExp(`^${B}${UNIT}(?:${JOIN}${UNIT})*`, 'iu');

export interface TimingCell {
	/** The När value as written ("Under 2025", "T2+VB", "from hösten 2025 och löpande"). */
	timing: string;
	/** What follows it in the same block (Vem, in the PDF layout). */
	rest: string;
}

/** The När value a text starts with, or null when it does not start with one. */
export function readTimingCell(text: string): TimingCell | null {
	const t = text.trim();
	const m = CELL.exec(t);
	if (!m) return null;
	return { timing: m[0], rest: t.slice(m[0].length).trim() };
}

const words = (alts: string[]) => new RegExp(`${B}(?:${alts.join('|')})${E}`, 'iu');
const PROJECT = /projekt/iu;
const LINE_KIND = words([
	'\\p{L}*linje\\p{L}*',
	'löpande',
	'kontinuerlig\\p{L}*',
	'fortlöpande',
	'ordinarie',
	'ständigt',
	'årligen',
	'återkommande',
	'varje\\s+(?:år|vecka|månad|termin)',
	'ggr',
	'gånger',
	'\\p{L}*vis'
]);
const DATED_KIND = words([
	YEAR,
	MONTH,
	'\\p{L}*termin\\p{L}*',
	'vecka',
	'v\\.?\\s?\\d{1,2}',
	'höst\\p{L}*',
	'vår(?:en)?',
	'sommar\\p{L}*',
	'vinter\\p{L}*',
	'ht',
	'vt',
	'T[1-4]',
	'Q[1-4]',
	'kvartal\\p{L}*',
	'halvår\\p{L}*',
	'tertial\\p{L}*'
]);

/** "Linjearbete" -> linje, "Under 2024" -> tidsatt, "Projekt i linjen" -> projekt, else okand. */
export function timingKind(timing: string | null): TimingKind {
	if (!timing || !timing.trim()) return 'okand';
	if (PROJECT.test(timing)) return 'projekt';
	if (LINE_KIND.test(timing)) return 'linje';
	if (DATED_KIND.test(timing)) return 'tidsatt';
	return 'okand';
}
