// Figures a plan quotes from a survey or register: number + unit + subject +
// source + year, each with the words it was read from. One extractor for every
// layout, run on cause and follow-up text. The year is the one the text gives
// ("Stockholmsenkäten (2022)", "Trygghetsmätningen 2023"), else null: a figure
// is never dated by the plan's own year.

export type FigureSource =
	'stockholmsenkaten' | 'trygghetsmatningen' | 'polisens_trygghetsundersokning' | 'ntu' | 'lob';

export interface QuotedFigure {
	value: number;
	unit: 'procent' | 'antal';
	source: FigureSource;
	year: number | null;
	/** A level, or a change since an earlier measurement ("en ökning … med 5 %"). */
	kind: 'niva' | 'forandring';
	/** The sentence with figures and source removed, for matching an indicator. */
	subject: string;
	/** A place the sentence names for the figure ("i Hökarängen"), else null. */
	place: string | null;
	/** The words it was read from. */
	phrase: string;
}

const YEAR = '((?:19|20)\\d\\d)';
const SOURCES: { source: FigureSource; re: RegExp }[] = [
	{ source: 'stockholmsenkaten', re: new RegExp(`stockholms?enkäten\\p{L}*(?:\\s*\\(?\\s*${YEAR}\\)?)?`, 'iu') },
	{
		source: 'trygghetsmatningen',
		re: new RegExp(`(?<!polisens\\s)trygghetsmätning\\p{L}*(?:\\s*\\(?\\s*${YEAR}\\)?)?`, 'iu')
	},
	{
		source: 'polisens_trygghetsundersokning',
		re: new RegExp(`polise?n?s?\\s+trygghetsundersökning\\p{L}*(?:\\s*\\(?\\s*${YEAR}\\)?)?`, 'iu')
	},
	{
		source: 'ntu',
		re: new RegExp(`(?:\\bNTU\\b|[Nn]ationella trygghetsundersökningen)(?:\\s*\\(?\\s*${YEAR}\\)?)?`, 'u')
	},
	{ source: 'lob', re: new RegExp(`\\bLOB\\b(?:\\s*\\(?\\s*${YEAR}\\)?)?`, 'u') }
];

const NUMBER = '(\\d{1,3}(?:,\\s?\\d{1,2})?)';
const PERCENT = new RegExp(`(?<![\\d,])${NUMBER}\\s?(?:%|procent(?!enhet))`, 'gu');
const FROM_TO = new RegExp(`från\\s+${NUMBER}\\s*(%|procent)?\\s+till\\s+${NUMBER}\\s*(%|procent|st\\.?)?`, 'giu');
// A goal, not a measurement: "Minst 80 %", "ska minska med 5 %", "minskar med 5 %".
const TARGET =
	/(?:minst|högst|max|maximalt|över|under|mål\p{L}*|ska|skall|bör)\s+(?:\p{L}+\s+){0,3}$|(?:minskar|ökar|sjunker|stiger)\s+med\s+$/iu;
const CHANGE = /(?:ökning|ökat|ökade|minskning|minskat|minskade|förändring|sjunkit|stigit)(?:\s+\S+){0,12}\s+med\s+$/iu;
const PLACE = /^\s*(?:st\.?\s+)?i\s+(\p{Lu}[\p{L}-]+)/u;

const num = (s: string) => Number(s.replace(/,\s?/, '.'));

function sourceOf(sentence: string): { source: FigureSource; year: number | null; start: number; end: number } | null {
	for (const { source, re } of SOURCES) {
		const m = re.exec(sentence);
		if (m) return { source, year: m[1] ? Number(m[1]) : null, start: m.index, end: m.index + m[0].length };
	}
	return null;
}

function subjectOf(sentence: string, src: { start: number; end: number }): string {
	const s = sentence.slice(0, src.start) + ' ' + sentence.slice(src.end);
	return s.replace(PERCENT, ' ').replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Quoted survey and register figures in one line of text (tabs separate cells). */
export function quotedFigures(text: string): QuotedFigure[] {
	const out: QuotedFigure[] = [];
	// Table cells (tabs) and sentences are read apart: a figure's words stay in its sentence.
	for (const raw of text.split(/\t|(?<=[.!?])\s+(?=\p{Lu}|\d)/u)) {
		const sentence = raw.replace(/\s+/g, ' ').trim();
		const src = sourceOf(sentence);
		if (!src) continue;
		const subject = subjectOf(sentence, src);
		const phrase = sentence.trim();
		const taken: [number, number][] = [];
		for (const m of sentence.matchAll(FROM_TO)) {
			taken.push([m.index!, m.index! + m[0].length]);
			const unit = m[2] || /%|procent/.test(m[4] ?? '') ? 'procent' : 'antal';
			const place = PLACE.exec(sentence.slice(m.index! + m[0].length))?.[1] ?? null;
			for (const v of [m[1], m[3]])
				out.push({ value: num(v), unit, source: src.source, year: null, kind: 'niva', subject, place, phrase });
		}
		for (const m of sentence.matchAll(PERCENT)) {
			if (taken.some(([a, b]) => m.index! >= a && m.index! < b)) continue;
			const before = sentence.slice(0, m.index!);
			if (TARGET.test(before)) continue;
			const place = PLACE.exec(sentence.slice(m.index! + m[0].length))?.[1] ?? null;
			const kind = CHANGE.test(before) ? 'forandring' : 'niva';
			out.push({ value: num(m[1]), unit: 'procent', source: src.source, year: src.year, kind, subject, place, phrase });
		}
	}
	return out;
}
