// Plan-quality flags for one measure: no operative goal, no responsible, no
// timing, no follow-up, and a follow-up whose status contradicts its own text
// (EÅV 2025 line 2471: "En samlad plan ... har ännu inte tagits fram. ...
// Åtgärden bedöms vara uppnådd."). Pure, so build, browser and tests agree.
export const FLAG_CODES = ['no_goal', 'no_responsible', 'no_timing', 'no_followup', 'contradiction'] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

export interface FlagMeasure {
	measure_id: string;
	operative_goal: string | null;
	responsible: string | null;
	timing_text: string | null;
	line_start: number;
	line_end: number;
}

export interface FlagFollowup {
	measure_id: string;
	period: string;
	status: string;
	text: string;
	line_start: number;
	line_end: number;
}

export interface QualityFlag {
	code: FlagCode;
	measure_id: string;
	/** Lines to open: the measure's for a missing field, the follow-up's for a contradiction. */
	line_start: number;
	line_end: number;
	period: string | null;
	/** The words that contradict the status (contradiction only). */
	phrase: string | null;
}

export type ContradictionKind = 'not_done' | 'not_started' | 'future_only';
export interface Contradiction {
	kind: ContradictionKind;
	phrase: string;
}

// Swedish letters are not \w: bound words by "not a letter" instead.
const L = '\\p{L}';
const word = (body: string) => new RegExp(`(?<![${L}])(?:${body})(?![${L}])`, 'iu');

const NEG = '(?:(?:har|hade|är|var|blev|har\\s+heller)\\s+)?(?:ännu\\s+)?(?:inte|ej|icke)\\s+(?:ännu\\s+|heller\\s+)?';
// Participles that say the thing itself was not started.
const STARTED =
	'påbörjats|påbörjat|påbörjad|påbörjade|startats|startat|startat\\s+upp|kommit\\s+igång|inletts|initierats';
// Participles that say the thing was not done or produced. Not "skett" or
// "gjorts": "det har inte skett några incidenter" is good news, not a failure.
const DONE =
	'genomförts|genomfört|genomförd|genomförda|tagits\\s+fram|tagit\\s+fram|framtagits|utförts|införts|' +
	'implementerats|inrättats|upprättats|blivit\\s+av|realiserats|levererats|färdigställts|slutförts|' +
	'kunnat\\s+genomföras|kunnat\\s+påbörjas|hunnits\\s+med|hunnit\\s+påbörjas';

const NOT_STARTED = word(`${NEG}(?:${STARTED})`);
const NOT_DONE = word(`${NEG}(?:${DONE})`);
const NOT_YET = word('ännu\\s+inte|inte\\s+ännu|ej\\s+ännu|ännu\\s+ej');
const CANCELLED = word('(?:har|har\\s+fått)\\s+(?:ställts\\s+in|skjutits\\s+upp|avbrutits|lagts\\s+ned|lagts\\s+ner)');
const FUTURE = word('kommer\\s+att|ska|skall|planeras|planerar|avser\\s+att|är\\s+planerad|är\\s+planerat');
// The sentence that carries the judgment itself ("Åtgärden bedöms vara uppnådd.").
const JUDGMENT = word('bedöms|bedömning|anses|uppnådd|uppnått|uppnådda|uppnåtts|uppfylld|uppfyllt|uppfyllda');

const sentences = (text: string) =>
	text
		.split(/(?<=[.!?])\s+|\n+/u)
		.map((s) => s.trim())
		.filter((s) => /\p{L}/u.test(s));

const contradictions = new Map<string, Contradiction | null>();

/**
 * Whether a follow-up's own text contradicts the status read from it.
 * `uppnadd`: any not-done, not-yet, cancelled or not-started wording, or a
 * text that only speaks of the future. `delvis_uppnadd`: only not-started or
 * future-only, because "partly reached" is expected to name what is left
 * (Farsta line 68: "kortsiktiga målet är uppnått men inte ännu det långsiktiga").
 * Other statuses never contradict in this sense.
 */
export function contradiction(status: string, text: string): Contradiction | null {
	if (status !== 'uppnadd' && status !== 'delvis_uppnadd') return null;
	// The same follow-up is read again each time its plan is shown: remember the answer.
	const key = `${status}\u0000${text}`;
	const known = contradictions.get(key);
	if (known !== undefined) return known;
	if (contradictions.size >= 20_000) contradictions.clear();
	const found = findContradiction(status, text);
	contradictions.set(key, found);
	return found;
}

function findContradiction(status: string, text: string): Contradiction | null {
	const started = NOT_STARTED.exec(text);
	if (started) return { kind: 'not_started', phrase: started[0] };
	if (status === 'uppnadd') {
		for (const re of [NOT_DONE, CANCELLED, NOT_YET]) {
			const m = re.exec(text);
			if (m) return { kind: 'not_done', phrase: m[0] };
		}
	}
	const content = sentences(text).filter((s) => !JUDGMENT.test(s));
	if (content.length > 0 && content.every((s) => FUTURE.test(s)))
		return { kind: 'future_only', phrase: FUTURE.exec(content[0])![0] };
	return null;
}

const blank = (s: string | null) => s === null || s.trim() === '';

/** Every flag of one measure, in FLAG_CODES order. */
export function measureFlags(measure: FlagMeasure, followups: FlagFollowup[]): QualityFlag[] {
	const own = (code: FlagCode): QualityFlag => ({
		code,
		measure_id: measure.measure_id,
		line_start: measure.line_start,
		line_end: measure.line_end,
		period: null,
		phrase: null
	});
	const flags: QualityFlag[] = [];
	if (blank(measure.operative_goal)) flags.push(own('no_goal'));
	if (blank(measure.responsible)) flags.push(own('no_responsible'));
	if (blank(measure.timing_text)) flags.push(own('no_timing'));
	const mine = followups.filter((f) => f.measure_id === measure.measure_id);
	if (mine.length === 0) flags.push(own('no_followup'));
	for (const f of mine) {
		const c = contradiction(f.status, f.text);
		if (c)
			flags.push({
				code: 'contradiction',
				measure_id: measure.measure_id,
				line_start: f.line_start,
				line_end: f.line_end,
				period: f.period,
				phrase: c.phrase
			});
	}
	return flags;
}
