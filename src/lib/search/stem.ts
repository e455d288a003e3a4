// A light Swedish stemmer after the Snowball Swedish algorithm: it removes
// inflection endings (plural, definite, genitive, participles) so that
// "trygghetsvandringar", "trygghetsvandringen" and "trygghetsvandring" meet,
// and "föräldrastödare" meets "föräldrastöd". Endings are only removed
// inside R1 (the part after the first vowel–consonant pair, at least three
// letters in), which keeps short words such as "polis" or "ung" whole.
const VOWELS = new Set([...'aeiouyäåö']);

// Longest first, so "arna" wins over "na" and "a".
const STEP1 = [
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
	'ad',
	'en',
	'ar',
	'er',
	'or',
	'as',
	'es',
	'at',
	'a',
	'e'
];
const S_ENDING = new Set([...'bcdfghjklmnoprtvy']);
const STEP2 = ['dd', 'gd', 'nn', 'dt', 'gt', 'kt', 'tt'];

function r1(word: string): number {
	for (let i = 1; i < word.length; i++) {
		if (!VOWELS.has(word[i]) && VOWELS.has(word[i - 1])) return Math.max(3, i + 1);
	}
	return word.length;
}

/** Stem of a folded word (see text.ts `fold`). Words with digits are kept as they are. */
export function stem(word: string): string {
	if (word.length < 4 || /\d/.test(word)) return word;
	const start = r1(word);
	let w = word;
	const s1 = STEP1.find((suf) => w.endsWith(suf) && w.length - suf.length >= start);
	if (s1) w = w.slice(0, -s1.length);
	else if (w.endsWith('s') && w.length - 1 >= start && S_ENDING.has(w[w.length - 2])) w = w.slice(0, -1);
	if (STEP2.some((suf) => w.endsWith(suf) && w.length - suf.length >= start)) w = w.slice(0, -1);
	if (w.endsWith('löst') && w.length - 1 >= start) w = w.slice(0, -1);
	else if (w.endsWith('fullt') && w.length - 1 >= start) w = w.slice(0, -1);
	else {
		const s3 = ['lig', 'els', 'ig'].find((suf) => w.endsWith(suf) && w.length - suf.length >= start);
		if (s3) w = w.slice(0, -s3.length);
	}
	return w;
}
