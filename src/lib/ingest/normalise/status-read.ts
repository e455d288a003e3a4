// Reads one clause: which cues it holds, whether each is negated or
// qualified, and whether it judges the goal (explicit) or reports activity
// (inferred). Negation reaches from the start of the clause to the cue, and
// the two words after it ("genomfördes inte"), never across a clause boundary.
import type { FollowupStatus } from './status';
import type { Clause } from './status-clauses';
import * as W from './status-words';

export interface Hit {
	status: FollowupStatus;
	basis: 'explicit' | 'inferred';
	start: number;
	end: number;
	minor: boolean;
	sentence: number;
}

interface Span {
	start: number;
	end: number;
}

/** Matches of a global regex as spans (an exec loop: matchAll clones the regex, 20 times slower). */
function spans(re: RegExp, text: string): Span[] {
	const out: Span[] = [];
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		out.push({ start: m.index, end: m.index + m[0].length });
		if (m[0] === '') re.lastIndex++;
	}
	re.lastIndex = 0;
	return out;
}
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const before = (xs: Span[], cue: Span) => xs.filter((x) => x.end <= cue.start);

interface Context {
	text: string;
	negators: Span[];
	degrees: Span[];
	alls: Span[];
	fulls: Span[];
	judges: Span[];
	subjects: Span[];
	prospective: Span[];
	subGoal: boolean;
	hasGoal: boolean;
}

/** "Sju av sju": all of them, not a part. */
function allOf(degree: string): boolean {
	const m = /^(\p{L}+|\d+) av (?:de |dessa )?(\p{L}+|\d+)$/iu.exec(degree);
	return m !== null && m[1].toLowerCase() === m[2].toLowerCase();
}

function contextOf(text: string): Context {
	const concessive = spans(W.CONCESSIVE, text)[0]?.start ?? Infinity;
	const notNeg = spans(W.NOT_NEGATION, text);
	const degrees = spans(W.DEGREE, text).filter((d) => d.start < concessive && !allOf(text.slice(d.start, d.end)));
	const negators = spans(W.NEGATOR, text).filter(
		(n) => n.start < concessive && !notNeg.some((x) => overlaps(x, n)) && !degrees.some((d) => overlaps(d, n))
	);
	return {
		text,
		negators,
		degrees,
		alls: spans(W.ALL, text),
		fulls: spans(W.FULL, text),
		judges: spans(W.JUDGE, text),
		subjects: spans(W.SUBJECT, text),
		prospective: spans(W.PROSPECTIVE, text),
		subGoal: spans(W.SUB_GOAL, text).length > 0,
		hasGoal: spans(W.GOAL_NOUN, text).length > 0
	};
}

/** The negator that reaches the cue: before it in the clause, or within two words after. */
function negatorOf(c: Context, cue: Span): Span | null {
	const prior = before(c.negators, cue);
	if (prior.length) return prior[0];
	const after = c.text.slice(cue.end);
	const m = /^\s+(?:\p{L}+\s+)?(inte|ej|aldrig)(?![\p{L}\p{N}])/iu.exec(after);
	if (!m || /^\s+(?:\p{L}+\s+)?(?:inte|ej)\s+(?:bara|minst|enbart|endast)/iu.test(after)) return null;
	return { start: cue.end, end: cue.end + m[0].length };
}

type Degree = 'full' | 'partial' | 'negated';

function degreeOf(c: Context, cue: Span): { degree: Degree; from: Span | null } {
	const neg = negatorOf(c, cue);
	const degree = c.degrees[0];
	if (degree) return { degree: 'partial', from: degree };
	if (neg) {
		// "samtliga … har inte kunnat hållas", "har inte genomförts fullt ut": not all, so part.
		if (c.alls.some((a) => a.end <= neg.start) || c.fulls.some((f) => f.start >= neg.end)) {
			return { degree: 'partial', from: neg };
		}
		return { degree: 'negated', from: neg };
	}
	return { degree: 'full', from: null };
}

function judged(base: FollowupStatus, d: Degree): FollowupStatus {
	if (d === 'negated') return 'ej_uppnadd';
	if (d === 'partial') return base === 'paborjad' ? 'paborjad' : 'delvis_uppnadd';
	return base;
}

/** A clause that is only a status word: "Uppnått.", "Ej påbörjad", "Delvis uppnådd". */
function isBare(text: string, cue: Span): boolean {
	const rest = (text.slice(0, cue.start) + ' ' + text.slice(cue.end)).replace(W.LABEL, '');
	return rest
		.replace(/[\s.!]+/gu, ' ')
		.trim()
		.split(' ')
		.every(
			(w) =>
				w === '' ||
				/^(?:ej|inte|icke|delvis|helt|ännu|sammantaget|sammanfattningsvis|totalt|därmed|således|alltså)$/iu.test(w)
		);
}

function hit(status: FollowupStatus, basis: Hit['basis'], start: number, end: number, cl: Clause): Hit {
	const at = cl.start + start;
	const minor = cl.minor || cl.parens.some(([a, b]) => at >= a && at < b);
	return { status, basis, start: at, end: cl.start + end, minor, sentence: cl.sentence };
}

/** Where a phrase starts: the judging word, else the goal named, else the auxiliary before the cue. */
function phraseStart(c: Context, cue: Span, from: Span | null, judgment: boolean): number {
	if (judgment) {
		const j = before(c.judges, cue).at(-1);
		if (j) return j.start;
		const s = before(c.subjects, cue)[0];
		if (s) return s.start;
	}
	let start = cue.start;
	const aux = /(?:^|\s)((?:(?:har|hade|är|var|blev|ännu|inte|ej|delvis|helt)\s+)+)$/iu.exec(c.text.slice(0, cue.start));
	if (aux) start = cue.start - aux[1].length;
	if (from && from.start < start) start = from.start;
	return start;
}

function phraseEnd(c: Context, cue: Span, from: Span | null): number {
	let end = cue.end;
	if (from && from.start >= cue.end) end = Math.max(end, from.end);
	const after =
		/^\s+(?:inte\s+|ej\s+)?(?:fullt ut|till (?:viss|stor|största) del(?:en)?|i (?:mindre|begränsad) (?:skala|omfattning))/iu.exec(
			c.text.slice(end)
		);
	return after ? end + after[0].length : end;
}

/** All status cues of one clause. */
export function readClause(cl: Clause): Hit[] {
	const text = cl.text;
	const unmeasured = spans(W.UNMEASURED, text)[0];
	if (unmeasured) return [hit('ej_bedomd', 'explicit', unmeasured.start, unmeasured.end, cl)];
	const c = contextOf(text);
	const hits: Hit[] = [];
	const prospective = (cue: Span) => before(c.prospective, cue).length > 0;

	for (const cue of spans(W.ATTAIN, text)) {
		if (prospective(cue)) continue;
		if (spans(W.ATTAIN_NEEDS_GOAL, text).some((x) => overlaps(x, cue)) && !c.hasGoal) continue;
		const bare = isBare(text, cue);
		if (!bare && !before(c.judges, cue).length && !before(c.subjects, cue).length && !c.hasGoal) continue;
		const { degree, from } = degreeOf(c, cue);
		const start = bare ? 0 : phraseStart(c, cue, from, true);
		hits.push(hit(judged('uppnadd', degree), 'explicit', start, phraseEnd(c, cue, from), cl));
	}
	if (hits.length) return c.subGoal ? hits.map((h) => ({ ...h, minor: true })) : hits;

	// "Åtgärden bedöms vara påbörjad", "Ej påbörjad": a judgment of the measure.
	for (const [re, base] of [
		[W.STARTED, 'paborjad'],
		[W.COMPLETED, 'uppnadd']
	] as const) {
		for (const cue of spans(re, text)) {
			const judge = before(c.judges, cue).length > 0;
			const bare = base === 'paborjad' && isBare(text, cue);
			if (!judge && !bare) continue;
			const { degree, from } = degreeOf(c, cue);
			const start = bare ? 0 : phraseStart(c, cue, from, true);
			hits.push(hit(judged(base, degree), 'explicit', start, phraseEnd(c, cue, from), cl));
		}
	}
	if (hits.length) return hits;

	const stopped = spans(W.STOPPED, text);
	for (const s of stopped) {
		const notAll = /inte|ej/iu.test(text.slice(s.start, s.end)) && c.alls.some((a) => a.end <= s.start);
		hits.push(hit(notAll ? 'delvis_uppnadd' : 'ej_uppnadd', 'inferred', s.start, s.end, cl));
	}
	for (const [re, kind] of [
		[W.ONGOING, 'ongoing'],
		[W.DONE, 'done']
	] as const) {
		for (const cue of spans(re, text)) {
			if (prospective(cue) || stopped.some((s) => overlaps(s, cue))) continue;
			if (hits.some((h) => h.start <= cl.start + cue.start && cl.start + cue.end <= h.end)) continue;
			const d = degreeOf(c, cue);
			const { degree } = d;
			// The degree of ongoing work changes nothing, so it is not quoted ("Har provats i delar av").
			const from = kind === 'done' || degree === 'negated' ? d.from : null;
			// Activity carried out shows the measure under way; it never says the goal was reached.
			const status =
				degree === 'negated' ? 'ej_uppnadd' : degree === 'partial' && kind === 'done' ? 'delvis_uppnadd' : 'paborjad';
			hits.push(hit(status, 'inferred', phraseStart(c, cue, from, false), phraseEnd(c, cue, from), cl));
		}
	}
	return hits;
}
