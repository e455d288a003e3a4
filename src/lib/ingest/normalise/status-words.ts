// Unicode-aware word patterns for the status reader. `\b` is ASCII-only in
// JavaScript (it never matches before "å", "ä" or "ö"), so every pattern here
// is bounded by letter/digit lookarounds and compiled with the `u` flag.

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/**
 * A Unicode, global regex for alternatives bounded as whole words. Written in
 * lower case and run on lower-cased text: the `i` flag with `u` is several
 * times slower, and the reader runs once per follow-up of every import.
 */
export function words(...alternatives: string[]): RegExp {
	return new RegExp(`${B}(?:${alternatives.join('|')})${E}`, 'gu');
}

const N = '(?:\\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)';

// Words that judge: "bedöms vara", "anses", "Vi bedömer att", "ses därför som".
export const JUDGE = words(
	'bedöms',
	'bedömdes',
	'bedömer',
	'bedömning',
	'anses',
	'ansågs',
	'anser',
	'betraktas',
	'ses(?:\\s+\\p{L}+)?\\s+som',
	'status',
	'måluppfyllelse'
);

// The thing judged: a goal or the measure itself ("Målen", "Mål och syfte", "Ett av två mål").
export const SUBJECT = words(
	`(?:${N}|hälften|samtliga|alla|båda|inget|inga|flera|några)\\s+(?:av\\s+)?(?:de\\s+|dessa\\s+|målen\\s+)?(?:\\p{L}+\\s+)?(?:del)?mål\\p{L}*`,
	'\\p{L}*mål(?:et|en|s[aä]ttning\\p{L}*)?',
	'delmål\\p{L}*',
	'syfte\\p{L}*',
	'resultat\\p{L}*',
	'åtgärden',
	'aktiviteten',
	'insatsen',
	'uppdraget'
);
export const GOAL_NOUN = words(
	'\\p{L}*mål(?:et|en|s[aä]ttning\\p{L}*)?',
	'delmål\\p{L}*',
	'syfte\\p{L}*',
	'resultat\\p{L}*'
);
export const SUB_GOAL = words('(?:kortsiktiga|långsiktiga|första|andra|ena)\\s+(?:\\p{L}+\\s+)?(?:del)?mål\\p{L}*');

// Attainment of a goal: a judgment wherever it is said of a goal.
export const ATTAIN = words('uppnå(?:dd|tt|dda|tts|ddes|s)', 'uppfyll(?:d|t|da|ts|des|es)', 'nå(?:tt|tts|ddes|dd|s)');
// "nått" also means reaching people ("vi har nått 300 unga"): it judges only beside a goal.
export const ATTAIN_NEEDS_GOAL = words('nå(?:tt|tts|ddes|dd|s)');

// Starting and completing, judged only when a judgment word governs them.
export const STARTED = words('påbörja(?:d|t|de|ts|des)');
export const COMPLETED = words('genomför(?:d|t|da|ts|des)', 'slutför(?:d|t|da|ts|des)', 'klar[t]?', 'avslutad');

// Activity that went on or was carried out: "at most inferred".
export const ONGOING = words(
	'pågår',
	'pågått',
	'pågående',
	'pågick',
	'fortsätter',
	'fortsatt',
	'fortsatta',
	'fortsatte',
	'fortgår',
	'fortgått',
	'fortlöper',
	'löper på',
	'är igång',
	'i full gång',
	'kommit igång',
	'start(?:ade|at|ats)(?:\\s+upp)?',
	'påbörja(?:d|t|de|ts|des)',
	'inletts',
	'inleddes',
	'håller på att',
	'under (?:uppbyggnad|genomförande|utveckling)',
	'har provats'
);
export const DONE = words(
	'genomför(?:d|t|da|ts|des)',
	'slutför(?:d|t|da|ts|des)',
	'avslut(?:ad|at|ats|ades)',
	'färdigställ(?:d|t|da|ts|des)',
	'hölls',
	'träffa(?:ts|des)',
	'(?:blev|blivit) av',
	'(?:kunde|kunnat|har kunnat) (?:genomföras|hållas|startas|införas|slutföras)',
	'hållits',
	'ägt rum',
	'ägde rum',
	'(?:tagits|togs) fram',
	'framtag(?:en|et|na)',
	'(?:delats|delades) ut',
	'deltagit',
	'deltog',
	'infördes',
	'införts',
	'implementera(?:d|t|ts|des)',
	'anordna(?:ts|des)',
	'arrangera(?:ts|des)',
	'anställ(?:ts|des)',
	'tillsa(?:tts|ttes|tt|tta)',
	'etablera(?:ts|des)',
	'lansera(?:ts|des)',
	'underteckna(?:ts|des)',
	'gjorts',
	'gjordes',
	'sanera(?:ts|des)',
	'röjts',
	'röjdes',
	'(?:bytts|byttes) ut',
	'besökt',
	'besöktes',
	'fått besök',
	'utbilda(?:ts|des)',
	'har skett',
	'skedde',
	'klar[t]?',
	'på plats'
);
// Activity that did not happen, whatever negation surrounds it.
export const STOPPED = words(
	'uteblev',
	'uteblivit',
	'(?:ställdes|ställts) in',
	'inställ(?:d|t|da)',
	'(?:sköts|skjutits|skjuts) upp',
	'(?:flyttats|flyttades|flyttas) fram',
	'framflytta(?:d|t|de)',
	'avbr(?:öts|utits|uten|utet)',
	'(?:lades|lagts) (?:ner|ned)',
	'nedlag(?:d|t)',
	'pausa(?:ts|des|d)',
	'upphört',
	'upphörde',
	'försena(?:ts|d|t)',
	'fördröj(?:ts|d|t)',
	'stå(?:tt)? tillbaka',
	'(?:ligger|lagts|lades|lagt) (?:på is|vilande|på vänt)',
	'avslut\\p{L}* i förtid',
	'(?:inte|ej) (?:har )?prioriterats',
	'stannat av',
	'blev (?:inte|ej|aldrig) av',
	'(?:har|hade) (?:inte|ej|aldrig) blivit av',
	'(?:inte|ej|aldrig) (?:kunnat|hunnit|kunde|hann)',
	'(?:kunde|kunnat|hann|hunnit) (?:inte|ej|aldrig)',
	'(?:inte|ej) funnits (?:resurser|tid|medel|möjlighet|utrymme)'
);
// Statements that the result was not measured or cannot be judged: explicit ej_bedomd.
export const UNMEASURED = words(
	'(?:har|är|kan)\\s+(?:ännu\\s+)?(?:inte|ej)\\s+(?:ännu\\s+)?(?:mätts|bedömts|följts upp|utvärderats|bedömas|mätas|utvärderas|följas upp|kunnat (?:mätas|bedömas))',
	'(?:går|gick)\\s+(?:inte|ej)\\s+att\\s+(?:bedöma|mäta|utvärdera|avgöra|säga)',
	'(?:för tidigt|svårt?) att (?:bedöma|säga|mäta|utvärdera|uttala|se|dra slutsatser)',
	'kan (?:inte|ej) uttala',
	'(?:inte|ej) mätbar[t]?',
	'(?:ej|inte) bedömd',
	'ingen (?:mätning|uppföljning|utvärdering)',
	'(?:underlag|data|uppgifter|mätetal|statistik)(?:\\s+\\p{L}+){0,5}\\s+saknas',
	'saknas (?:underlag|data|uppgifter|mätetal|statistik)'
);

// Negation and its exceptions. "inte bara", "inte minst" do not negate;
// "inte helt", "inte fullt ut", "inte alla" lower the degree instead.
export const NEGATOR = words(
	'inte',
	'ej',
	'icke',
	'ingen',
	'inget',
	'inga',
	'aldrig',
	'varken',
	'långt ifrån',
	'knappast'
);
export const NOT_NEGATION = words('(?:inte|ej) (?:bara|minst|enbart|endast|heller än)');
export const DEGREE = words(
	'(?:inte|ej) (?:fullt ut|helt|till fullo|i sin helhet|riktigt|alla|samtliga)',
	'(?:endast |bara )?delvis',
	'till (?:viss|stor|största|en viss) del(?:en)?',
	'i (?:viss|någon) mån',
	'i huvudsak',
	'huvudsakligen',
	'nästan',
	'i (?:begränsad|mindre) (?:omfattning|skala|utsträckning)',
	'(?:endast |bara )?(?:hälften|några|delar) av',
	`${N} av (?:de |dessa )?${N}`,
	'ett av målen',
	'en del av'
);
// "samtliga ... har inte kunnat hållas": not all, so partial.
export const ALL = words('samtliga', 'alla');
export const FULL = words('helt', 'fullt ut', 'i sin helhet', 'till fullo');

// Concessive clauses: a negation inside "trots att …" does not reach the main verb.
export const CONCESSIVE = words('trots att', 'även om', 'fastän');
// A cue governed by these is a plan or a purpose, not a report.
export const PROSPECTIVE = words(
	'för att',
	'ska',
	'skall',
	'skulle',
	'kommer att',
	'förväntas',
	'beräknas',
	'bör',
	'planeras',
	'avses',
	'behöver',
	'är inplanerad',
	'är planerad'
);
// Labels before a bare status: "Status: Uppnådd", "Bedömning: delvis uppnådd".
export const LABEL = /^\s*(?:status|bedömning|måluppfyllelse|kommentar|vb|t[123])\s*[:–-]\s*/iu;
