// What a cited figure and an indicator are about. A cause that cites "Stockholmsenkäten
// (2022)" names only the survey and the year; the survey has series on tobacco,
// alcohol, narcotics, mental ill-health, violence … A cited figure is compared
// only with a series that shares a subject with it, decided from the cause's
// text and from the indicator's label and definition. A series with no subject
// (number of answers, response rate) is never comparable.
//
// Seeds: Skarpnäck 2024 line 19 (otrygghet i bostadsområdet), 22 (narkotika),
// 29 (psykisk ohälsa) cite "Stockholmsenkäten (2022)"; before this check all
// three were compared with the tobacco series.

export const SUBJECTS = {
	otrygghet: /otrygg|\btrygg|\boro\b|\boroliga?\b|\brädda?\b/,
	narkotika: /narkotika|\bdrog|cannabis|hasch/,
	tobak: /tobak|\bröker|\brök(ning|a)\b|\bsnus|cigarett/,
	alkohol: /alkohol|\bdricker\b|berusade?\b|\bfylla/,
	psykisk_ohalsa: /psykisk\w* ohälsa|psykisk\w* mående|\bleds(en|na)\b|deppig|nedstämd|depress/,
	vald: /\bvåld|misshandel|överfall|\bhot\b|\bhota|\brån|tvingat någon|sexualbrott|våldtäkt/,
	utsatthet_brott: /utsatts? för (något |någon form av |olika )?brott|utsatthet|utsatta för brott/,
	inbrott: /inbrott/,
	skadegorelse: /skadegörelse/,
	bedrageri: /bedrägeri/,
	ordningsstorning: /stör ordningen|ordningsstörning/,
	fortroende: /förtroende|bryr sig/,
	tillit: /\btillit|litar på/
} as const;
export type Subject = keyof typeof SUBJECTS;

/** Swedish names of the subjects, for the reason a citation has no series. */
export const SUBJECT_LABELS: Record<Subject, string> = {
	otrygghet: 'otrygghet',
	narkotika: 'narkotika',
	tobak: 'tobak',
	alkohol: 'alkohol',
	psykisk_ohalsa: 'psykisk ohälsa',
	vald: 'våld',
	utsatthet_brott: 'utsatthet för brott',
	inbrott: 'inbrott',
	skadegorelse: 'skadegörelse',
	bedrageri: 'bedrägerier',
	ordningsstorning: 'ordningsstörningar',
	fortroende: 'förtroende',
	tillit: 'tillit'
};

// Survey names say where a figure comes from, not what it is about
// ("trygghetsmätningen" is no statement about otrygghet).
const SURVEY_NAMES = /trygghetsmätning\w*|trygghetsundersökning\w*|stockholms?enkät\w*|medborgarundersökning\w*/g;

/** The subjects a text is about, in SUBJECTS order. */
export function subjectsOf(text: string): Subject[] {
	const t = text.normalize('NFC').toLowerCase().replace(SURVEY_NAMES, ' ');
	return (Object.keys(SUBJECTS) as Subject[]).filter((s) => SUBJECTS[s].test(t));
}

export const sharesSubject = (a: readonly Subject[], b: readonly Subject[]) => a.some((s) => b.includes(s));

/** "otrygghet och narkotika" */
export function subjectList(subjects: readonly Subject[]): string {
	const names = subjects.map((s) => SUBJECT_LABELS[s]);
	return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} och ${names[names.length - 1]}`;
}
