// Indicator figures quoted in the follow-up cells of a word-tables plan.
// Only measured figures become values: goals such as "Minst 80 % som svarar att
// polisen bryr sig" (line 57) state targets and are skipped, and activity
// counts ("sju allvarssamtal", line 37; "4 tobakstillsyner", line 112) describe
// what a measure did, not the area, so they are left in the follow-up text.
import { slugify, squash, stripHtml } from '../../normalise';
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
		// Line 70: "Antal anmälningar enligt LOB har minskat från 31 till 27st i Hökarängen."
		// The years are implicit: the cell is the 2024 plan's year-end follow-up and its
		// first point compares with 2023 ("jmf med 2023"), so "från" is the year before
		// the plan year and "till" the plan year.
		re: /[^.]*?\bLOB\b[^.]*?från\s+(\d+)\s+till\s+(\d+)\s*(?:st\.?)?(?:\s+i\s+(\p{Lu}[\p{L}-]*))?/u,
		values: (m, ctx) => {
			const place = m[3] ? slugify(m[3]) : ctx.district_slug;
			if (!place) return [];
			const place_type = place === ctx.district_slug ? 'stadsdelsomrade' : 'stadsdel';
			const y = ctx.year;
			return [
				{
					indicator_id: 'lob_arenden',
					place_type,
					place_id: place,
					year: y === null ? null : y - 1,
					grp: 'alla',
					value: Number(m[1])
				},
				{ indicator_id: 'lob_arenden', place_type, place_id: place, year: y, grp: 'alla', value: Number(m[2]) }
			];
		}
	},
	{
		// Line 71: "81, 73 % svara att polisen bryr sig om det problem som finns i området"
		// and "57,81 % svara att kommunen bryr sig ..." (Polisens trygghetsundersökning,
		// reported per police area: line 70 says there are no figures per district).
		// The year is implicit: the follow-up judges the plan year's goal by them ("målet nås").
		re: /(?<!(?:minst|högst|över)\s*)(?<![\d,])(\d+(?:,\s?\d+)?)\s?%\s+svara\w*\s+att\s+(polisen|kommunen)\s+bryr\s+sig[^()]*/iu,
		values: (m, ctx) =>
			ctx.police_slug
				? [
						{
							indicator_id: `plan_pt_${m[2].toLowerCase()}_bryr_sig`,
							place_type: 'lokalpolisomrade',
							place_id: ctx.police_slug,
							year: ctx.year,
							grp: 'alla',
							value: readNumber(m[1])
						}
					]
				: []
	},
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
