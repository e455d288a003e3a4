// Every Swedish label for an enumeration, in one table. The keys of each
// table are checked against the schema's value lists (src/lib/schema/enums.ts):
// a value added there without a label here fails the type check.
import {
	COUNTED_STATUSES,
	type CauseLinkStatus,
	type CountedStatus,
	type DocType,
	type IndicatorSource,
	type Layout,
	type PlaceType,
	type PlanProvenance,
	type Polarity,
	type Provenance,
	type Severity,
	type SituationChange,
	type StatusBasis,
	type TimingKind,
	type Unit
} from './schema/enums';

export const LABELS = {
	status: {
		uppnadd: 'Uppnådd',
		delvis_uppnadd: 'Delvis uppnådd',
		paborjad: 'Påbörjad',
		ej_uppnadd: 'Ej uppnådd',
		tolkad: 'Tolkad (ingen bedömning)',
		ej_bedomd: 'Ej bedömd',
		saknas: 'Uppföljning saknas'
	} satisfies Record<CountedStatus, string>,
	link_status: {
		linked: 'Har åtgärd',
		none: 'Utan åtgärd',
		unknown: 'Okänd koppling'
	} satisfies Record<CauseLinkStatus, string>,
	status_basis: {
		explicit: 'Uttrycklig bedömning',
		inferred: 'Tolkad ur texten',
		none: 'Ingen bedömning'
	} satisfies Record<StatusBasis, string>,
	doc_type: {
		atgardsplan: 'Åtgärdsplan',
		lagesbild: 'Lägesbild',
		gemensam_atgardsplan: 'Gemensam åtgärdsplan'
	} satisfies Record<DocType, string>,
	timing_kind: {
		linje: 'Linjearbete',
		tidsatt: 'Tidsatt',
		projekt: 'Projekt',
		okand: 'Ej angiven'
	} satisfies Record<TimingKind, string>,
	change: {
		positiv: 'Positiv förändring',
		oforandrad: 'Oförändrat',
		negativ: 'Negativ förändring',
		okand: 'Ingen bedömning'
	} satisfies Record<SituationChange, string>,
	severity: {
		error: 'Fel',
		warning: 'Varning',
		info: 'Information'
	} satisfies Record<Severity, string>,
	layout: {
		'tsv-rows': 'Tabbseparerade rader (mallens kolumner)',
		'pdf-columns': 'PDF av Excelmallen (kolumn efter kolumn)',
		'word-tables': 'Wordtabeller i par',
		'lagesbild-list': 'Lägesbild: lista och kommentarer',
		'forum-keyvalue': 'Forum med nyckel/värde-tabeller',
		'xlsx-template': 'Stadens Excelmall',
		generic: 'Okänd layout (generisk läsning)'
	} satisfies Record<Layout, string>,
	provenance: {
		official: 'Officiell källa',
		quoted_in_plan: 'Citerad i plan',
		user_import: 'Importerad',
		published: 'Publicerad'
	} satisfies Record<Provenance | PlanProvenance, string>,
	with_police: {
		ja: 'Med polisen',
		nej: 'Utan polisen'
	},
	/** Short names of the priority areas for narrow table headers (the full label_sv stays in the title; \u00ad: soft hyphen). */
	area_short: {
		'unga-i-riskzon': 'Unga i riskzon',
		'otrygga-platser': 'Otrygga platser',
		'systemhotande-brottslighet': 'System\u00adhotande brottslighet',
		'sarskilt-utsatta-brottsoffer': 'Särskilt utsatta brotts\u00adoffer',
		'kriminella-miljoer': 'Kriminella miljöer',
		eget: 'Eget område',
		'skolan-som-brottsplats': 'Skolan som brottsplats',
		'valdsbejakande-extremism': 'Vålds\u00adbejakande extremism',
		'otillatna-bosattningar': 'Otillåtna bo\u00adsättningar',
		ordningsvakter: 'Ordningsvakter',
		kameraovervakning: 'Kameraövervakning'
	},
	grp: {
		alla: 'Alla',
		ak9: 'Åk 9',
		ak9_flickor: 'Åk 9, flickor',
		ak9_pojkar: 'Åk 9, pojkar',
		gy2: 'Gy 2',
		gy2_flickor: 'Gy 2, flickor',
		gy2_pojkar: 'Gy 2, pojkar',
		flickor: 'Flickor',
		pojkar: 'Pojkar',
		aldre: 'Äldre',
		alder_65_79: '65–79 år',
		alder_65plus: '65 år och äldre',
		funktionsnedsattning: 'Personer med funktionsnedsättning',
		unga_vuxna: 'Unga vuxna'
	},
	place_type: {
		stadsdelsomrade: 'Stadsdelsområde',
		lokalpolisomrade: 'Lokalpolisområde',
		stadsdel: 'Stadsdel',
		stad: 'Staden',
		lan: 'Län',
		riket: 'Riket'
	} satisfies Record<PlaceType, string>,
	indicator_source: {
		stockholmsenkaten: 'Stockholmsenkäten',
		trygghetsmatningen: 'Stockholms stads trygghetsmätning',
		lob: 'LOB (omhändertagna berusade)',
		sig: 'Sociala insatsgrupper (SIG)',
		polisens_trygghetsundersokning: 'Polisens trygghetsundersökning',
		ntu: 'Nationella trygghetsundersökningen (NTU)',
		other: 'Övriga källor'
	} satisfies Record<IndicatorSource, string>,
	unit: {
		procent: 'Procent',
		antal: 'Antal',
		per_1000: 'Per 1 000 invånare'
	} satisfies Record<Unit, string>,
	polarity: {
		lower_is_better: 'Lägre är bättre',
		higher_is_better: 'Högre är bättre',
		neutral: 'Ingen riktning'
	} satisfies Record<Polarity, string>,
	direction: {
		forsamrad: 'Försämrad',
		forbattrad: 'Förbättrad',
		oforandrad: 'Oförändrad',
		utan_riktning: 'Förändrad, men indikatorn har ingen riktning'
	},
	coverage: {
		orsaker_saknas_i_mall: 'Planen anger inga orsaker',
		inga_orsaker_i_omradet: 'Inga orsaker angivna i området',
		orsaker_utan_atgard: 'Orsaker utan åtgärd',
		orsaker_okand_koppling: 'Orsaker med okänd koppling',
		alla_orsaker_har_atgard: 'Varje orsak har minst en åtgärd'
	},
	period: {
		VB: 'Verksamhetsberättelse (VB)',
		T1: 'Tertial 1',
		T2: 'Tertial 2',
		arsuppfoljning: 'Årsuppföljning'
	}
} as const;

/** Statuses as the views count them ('tolkad' apart, see src/lib/views/attainment.ts). */
export const STATUS_ORDER = COUNTED_STATUSES;

export function label(kind: keyof typeof LABELS, value: string | null | undefined): string {
	if (value === null || value === undefined) return '–';
	const table = LABELS[kind] as Record<string, string>;
	if (kind === 'period' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
	return table[value] ?? value;
}

/** A symbol per status, so a status is never told by colour alone (chart, tables, print). */
export const STATUS_SYMBOL: Record<CountedStatus, string> = {
	uppnadd: '●',
	delvis_uppnadd: '◐',
	paborjad: '◔',
	ej_uppnadd: '✕',
	tolkad: '≈',
	ej_bedomd: '–',
	saknas: '○'
};

export const FLAG_LABELS = {
	no_goal: 'Operativt mål saknas',
	no_responsible: 'Ansvarig saknas',
	no_timing: 'Tidsangivelse saknas',
	no_followup: 'Uppföljning saknas',
	contradiction: 'Status motsäger texten'
} as const;

export const MATCH_LABELS = {
	strength: { stark: 'Stark', medel: 'Medel', svag: 'Svag' },
	change: { kvar: 'Fortsätter från förra året', ny: 'Ny i år', borttagen: 'Finns inte i år' }
} as const;
