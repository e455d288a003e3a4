// SIG case counts in the follow-up cells of a word-tables plan. Survey and
// register figures (LOB, Polisens trygghetsundersökning) are read for every
// layout by normalise/quotes.ts.
// Only measured figures become values: goals such as "Minst 80 % som svarar att
// polisen bryr sig" (line 57) state targets and are skipped, and activity
// counts ("sju allvarssamtal", line 37; "4 tobakstillsyner", line 112) describe
// what a measure did, not the area, so they are left in the follow-up text.
import { squash, stripHtml } from '../../normalise';
import type { ParsedQuotedValue } from '../../types';

export interface ValueContext {
	/** The plan year; the follow-ups are that year's year-end report. */
	year: number | null;
	district_slug: string | null;
	police_slug: string | null;
	/** Title of the measure whose follow-up the line belongs to. */
	measure_title: string;
}

type Value = Omit<ParsedQuotedValue, 'line' | 'quote'>;

interface Rule {
	re: RegExp;
	applies?: (ctx: ValueContext) => boolean;
	values: (m: RegExpExecArray, ctx: ValueContext) => Value[];
}

const WORDS: Record<string, number> = {
	en: 1,
	ett: 1,
	två: 2,
	tre: 3,
	fyra: 4,
	fem: 5,
	sex: 6,
	sju: 7,
	åtta: 8,
	nio: 9,
	tio: 10,
	elva: 11,
	tolv: 12
};
const NUM = `(?<![\\p{L}\\d])(\\d+|${Object.keys(WORDS).join('|')})`;

/** "27", "nio", "81, 73" (line 71 writes the decimal comma with a space) -> number. */
export function readNumber(s: string): number {
	const w = WORDS[s.toLowerCase()];
	if (w !== undefined) return w;
	return Number(s.replace(/,\s?/, '.'));
}

const isSig = (ctx: ValueContext) => /insatsgrupp|\bSIG\b/i.test(ctx.measure_title);
// "Sociala insatsgrupper (SIG) vuxna" (line 153) against "(för unga under 18 år)" (line 23).
const sigGroup = (ctx: ValueContext) => (/vuxn/i.test(ctx.measure_title) ? 'vuxna' : 'ungdomar');

function district(ctx: ValueContext): Pick<Value, 'place_type' | 'place_id'> | null {
	return ctx.district_slug ? { place_type: 'stadsdelsomrade', place_id: ctx.district_slug } : null;
}

function one(indicator_id: string, ctx: ValueContext, year: number | null, value: number): Value[] {
	const area = district(ctx);
	return area && Number.isFinite(value) ? [{ indicator_id, ...area, year, grp: 'alla', value }] : [];
}

const RULES: Rule[] = [
	{
		// Line 39: "10 stycken SIG-ärenden aktualiserades under år 2023"
		re: new RegExp(`${NUM}\\s+(?:stycken\\s+)?SIG-ärenden\\s+aktualiserades\\s+under\\s+(?:år\\s+)?(\\d{4})`, 'iu'),
		applies: isSig,
		values: (m, ctx) => one(`plan_sig_${sigGroup(ctx)}_nya`, ctx, Number(m[2]), readNumber(m[1]))
	},
	{
		// Line 39: "Under 2024 har det startats upp ytterligare nio ärenden" (SIG cell).
		re: new RegExp(`Under\\s+(\\d{4})\\s+har\\s+det\\s+startats\\s+upp\\s+(?:ytterligare\\s+)?${NUM}\\s+ärenden`, 'iu'),
		applies: isSig,
		values: (m, ctx) => one(`plan_sig_${sigGroup(ctx)}_nya`, ctx, Number(m[1]), readNumber(m[2]))
	},
	{
		// Line 39: "Det har även avslutats fyra ärenden år 2024"
		re: new RegExp(
			`Det\\s+har\\s+(?:även\\s+)?avslutats\\s+${NUM}\\s+ärenden\\s+(?:under\\s+)?(?:år\\s+)?(\\d{4})`,
			'iu'
		),
		applies: isSig,
		values: (m, ctx) => one(`plan_sig_${sigGroup(ctx)}_avslutade`, ctx, Number(m[2]), readNumber(m[1]))
	},
	{
		// Line 39: "2024-11-20 finns åtta pågående SIG-ärenden"
		re: new RegExp(`(\\d{4})-\\d\\d-\\d\\d\\s+finns\\s+${NUM}\\s+pågående\\s+SIG-ärenden`, 'iu'),
		applies: isSig,
		values: (m, ctx) => one(`plan_sig_${sigGroup(ctx)}_pagaende`, ctx, Number(m[1]), readNumber(m[2]))
	},
	{
		// Line 163: "Under året har vi ökat antal ärenden som har SiG- insats, 8 personer idag."
		// "Under året"/"idag" in the plan year's year-end follow-up: the plan year.
		re: new RegExp(
			`(?:Under\\s+året\\s+har\\s+vi\\s+)?ökat\\s+antal\\s+ärenden\\s+som\\s+har\\s+SIG-?\\s*insats,\\s*${NUM}\\s+personer\\s+idag`,
			'iu'
		),
		applies: isSig,
		values: (m, ctx) => one(`plan_sig_${sigGroup(ctx)}_pagaende`, ctx, ctx.year, readNumber(m[1]))
	}
];

/** Quoted values on one source line of a follow-up cell. */
export function quotedValuesOnLine(rawLine: string, line: number, ctx: ValueContext): ParsedQuotedValue[] {
	const text = squash(stripHtml(rawLine));
	const out: ParsedQuotedValue[] = [];
	for (const rule of RULES) {
		if (rule.applies && !rule.applies(ctx)) continue;
		const g = new RegExp(rule.re.source, rule.re.flags + 'g');
		for (const m of text.matchAll(g)) {
			const quote = m[0].trim();
			for (const v of rule.values(m as RegExpExecArray, ctx)) out.push({ ...v, line, quote });
		}
	}
	return out;
}
