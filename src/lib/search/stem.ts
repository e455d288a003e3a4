// A Swedish stemmer: the Snowball Swedish algorithm's inflection step, and a
// derivation step of our own, so that the forms a searcher means by one word
// meet: nattvandring / nattvandrare / nattvandringar / nattvandra, förälder /
// föräldrar / föräldraskap, skola / skolan, område / området. Chosen over the
// Snowball original by measurement on tests/fixtures/search/word-pairs.tsv
// (see tests/lib/search/word-pairs.test.ts). Endings are only removed inside R1
// (after the first vowel–consonant pair, at least three letters in), which
// keeps short words such as "polis", "ung" or "kring" whole.
const VOWELS = new Set([...'aeiouyäåö']);

// Snowball's list plus the definite forms it lacks (-an, -ans, -et, -ets); longest first.
const INFLECTION = [
	'heterna',
	'hetens',
	'anden',
	'heten',
	'heter',
	'arnas',
	'ernas',
	'ornas',
	'andes',
	'arens',
	'andet',
	'arna',
	'erna',
	'orna',
	'ande',
	'arne',
	'aste',
	'aren',
	'ades',
	'erns',
	'ade',
	'are',
	'ern',
	'ens',
	'het',
	'ast',
	'ans',
	'ets',
	'ad',
	'en',
	'ar',
	'er',
	'or',
	'as',
	'es',
	'at',
	'an',
	'et',
	'a',
	'e'
];
// A genitive or passive -s after these letters. Not after t: "plats", "insats" are whole words.
const S_ENDING = new Set([...'bcdfghjklmnoprvy']);
const DOUBLE = ['dd', 'gd', 'nn', 'dt', 'gt', 'kt', 'tt'];

function r1(word: string): number {
	for (let i = 1; i < word.length; i++) {
		if (!VOWELS.has(word[i]) && VOWELS.has(word[i - 1])) return Math.max(3, i + 1);
	}
	return word.length;
}

// "-an" is a definite ending (skolan), except in these compound tails (handlingsplan, tjänsteman).
const WHOLE_AN = /(plan|man)s?$/;

function stripInflection(w: string, start: number): string {
	const keepAn = WHOLE_AN.test(w);
	const suf = INFLECTION.find(
		(s) => w.endsWith(s) && w.length - s.length >= start && !(keepAn && (s === 'an' || s === 'ans'))
	);
	return suf ? w.slice(0, -suf.length) : w;
}

/** Stem of a folded word (see text.ts `fold`). Words with digits are kept as they are. */
export function stem(word: string): string {
	if (word.length < 4 || /\d/.test(word)) return word;
	const start = r1(word);
	let w = stripInflection(word, start);
	// Genitive or passive -s, then the ending before it: "föräldrars" -> "föräldrar" -> "föräldr".
	if (w === word && w.endsWith('s') && w.length - 1 >= start && S_ENDING.has(w[w.length - 2]))
		w = stripInflection(w.slice(0, -1), start);
	// Derivations: -ing/-ning nouns from verbs, -skap (then its linking vowel).
	if (w.endsWith('ing') && w.length - 3 >= start) w = w.slice(0, -3);
	else if (w.endsWith('skap') && w.length - 4 >= start) {
		w = w.slice(0, -4);
		if (/[ae]$/.test(w) && w.length - 1 >= start) w = w.slice(0, -1);
	}
	if (DOUBLE.some((s) => w.endsWith(s) && w.length - s.length >= start)) w = w.slice(0, -1);
	// The unstressed e that inflection drops: "föräldr(ar)" and "föräld(er)", "utbildn(ing)" and "utbild(a)".
	// Only on stems of five letters or more, so that "ord"/"ordning" and "ände"/"ändring" stay apart.
	if (w.length >= 5 && /[^aeiouyäåö][rn]$/.test(w) && w.length - 1 >= start) w = w.slice(0, -1);
	if (w.endsWith('löst') && w.length - 1 >= start) w = w.slice(0, -1);
	else if (w.endsWith('fullt') && w.length - 1 >= start) w = w.slice(0, -1);
	return w;
}
