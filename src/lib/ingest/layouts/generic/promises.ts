// Police promises (medborgarlöften) and documents that follow them up.
// A follow-up lists outcomes, often in another order than the promises; each
// outcome is matched to the promise it speaks of by the words they share, and
// becomes that promise's follow-up, never a new measure.
import type { DocType } from '../../types';

const PROMISE = /medborgarlöft\p{L}*|\blöft(?:e|en|et)\b|\blovar\b/iu;
const FOLLOWUP =
	/uppföljning|återrapport\p{L}*|redovisning|resultat|utfall|så (?:har det gått|gick det)|genomfört|årsrapport/iu;

/** medborgarlofte for the promises, uppfoljning for a document that follows them up, else null. */
export function promiseDocType(title: string, headings: string[]): DocType | null {
	const all = [title, ...headings].join('\n');
	if (!PROMISE.test(all)) return null;
	return FOLLOWUP.test(title) || headings.some((h) => FOLLOWUP.test(h) && !PROMISE.test(h))
		? 'uppfoljning'
		: 'medborgarlofte';
}

/** A section of outcomes ("Uppföljning", "Resultat 2019", "Så har det gått"), not of promises. */
export function isOutcomeHeading(h: string): boolean {
	return FOLLOWUP.test(h) && !/^\s*(?:våra\s+)?(?:medborgar)?löft/iu.test(h);
}

/** The year a heading gives: "Medborgarlöfte 2020", "Uppföljning 2018", "Medborgarlöften för 2021–2022". */
export function headingYear(h: string): number | null {
	const m =
		/(?:medborgarlöft\p{L}*|uppföljning\p{L}*|löfte\p{L}*|åtgärdsplan|resultat)\D{0,25}?(?<!\d)(20\d\d)(?!\d)/iu.exec(
			h
		);
	return m ? Number(m[1]) : null;
}

/** "Huddinge kommun", "Göteborgs stad", "i Uppsala kommun" -> the municipality as named. */
export function municipalityOf(text: string): string | null {
	const m = /(?<![\p{L}])(\p{Lu}[\p{L}-]+)\s+(kommun|stad)(?![\p{L}])/u.exec(text);
	if (!m) return null;
	const name = m[1];
	// "Göteborgs stad", "Stockholms stad": a genitive s; "Borås stad", "Västerås stad" keep theirs.
	if (m[2] === 'stad' && /[^åäoöu]s$/iu.test(name) && name.length > 4) return name.slice(0, -1);
	return name;
}

const STOP = new Set(
	'och att som för med till på av det den de en ett är har vi ska under inom samt mot vid genom från fler mer alla året'.split(
		' '
	)
);

/** Content stems of a text: words of four letters or more, cut to five letters. */
function stems(text: string): Set<string> {
	return new Set(
		text
			.toLowerCase()
			.split(/[^\p{L}]+/u)
			.filter((w) => w.length >= 4 && !STOP.has(w))
			.map((w) => w.slice(0, 5))
	);
}

/** Index of the promise each outcome speaks of (null when none shares enough words). */
export function matchOutcomes(promises: string[], outcomes: string[]): (number | null)[] {
	const ps = promises.map(stems);
	return outcomes.map((o) => {
		const os = stems(o);
		let best: number | null = null;
		let bestScore = 0;
		ps.forEach((p, i) => {
			const shared = [...os].filter((w) => p.has(w)).length;
			const score = shared / Math.max(1, Math.min(p.size, os.size));
			if (shared >= 1 && score > bestScore) {
				best = i;
				bestScore = score;
			}
		});
		return bestScore >= 0.25 ? best : null;
	});
}
