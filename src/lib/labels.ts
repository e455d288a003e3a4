// Every Swedish label for an enumeration, in one table.
export const LABELS = {
	status: {
		uppnadd: 'Uppnådd',
		delvis_uppnadd: 'Delvis uppnådd',
		paborjad: 'Påbörjad',
		ej_uppnadd: 'Ej uppnådd',
		ej_bedomd: 'Ej bedömd',
		saknas: 'Uppföljning saknas'
	},
	status_basis: {
		explicit: 'Uttrycklig bedömning',
		inferred: 'Tolkad ur texten',
		none: 'Ingen bedömning'
	},
	doc_type: {
		atgardsplan: 'Åtgärdsplan',
		lagesbild: 'Lägesbild',
		gemensam_atgardsplan: 'Gemensam åtgärdsplan'
	},
	timing_kind: {
		linje: 'Linjearbete',
		tidsatt: 'Tidsatt',
		projekt: 'Projekt',
		okand: 'Ej angiven'
	},
	change: {
		positiv: 'Positiv förändring',
		oforandrad: 'Oförändrat',
		negativ: 'Negativ förändring',
		okand: 'Ingen bedömning'
	},
	severity: {
		error: 'Fel',
		warning: 'Varning',
		info: 'Information'
	},
	layout: {
		'tsv-rows': 'Tabbseparerade rader (mallens kolumner)',
		'pdf-columns': 'PDF av Excelmallen (kolumn efter kolumn)',
		'word-tables': 'Wordtabeller i par',
		'lagesbild-list': 'Lägesbild: lista och kommentarer',
		'forum-keyvalue': 'Forum med nyckel/värde-tabeller',
		'xlsx-template': 'Stadens Excelmall',
		generic: 'Okänd layout (generisk läsning)'
	},
	provenance: {
		official: 'Officiell källa',
		quoted_in_plan: 'Citerad i plan',
		user_import: 'Importerad',
		corrected: 'Citerad i plan, rättad serie',
		published: 'Publicerad'
	},
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
	metric: {
		measures: 'Åtgärder',
		problems: 'Problem',
		causes: 'Orsaker',
		measures_per_cause: 'Åtgärder per orsak',
		share_goal: 'Andel med operativt mål',
		share_responsible: 'Andel med ansvarig',
		share_timing: 'Andel med tidsangivelse',
		share_police: 'Andel tillsammans med polisen',
		attainment: 'Andel uppnådda'
	},
	metric_definition: {
		measures: 'Antal åtgärder i planen inom området.',
		problems: 'Antal problem som planen beskriver inom området.',
		causes: 'Antal orsaker som planen anger inom området.',
		measures_per_cause:
			'Åtgärder som är kopplade till en orsak, delat med antalet orsaker i området. Där planen inte anger några orsaker visas –.',
		share_goal: 'Andel av områdets åtgärder som har ett operativt mål.',
		share_responsible: 'Andel av områdets åtgärder som anger vem som ansvarar.',
		share_timing: 'Andel av områdets åtgärder som anger när de ska göras (linjearbete, datum, period eller projekt).',
		share_police: 'Andel av områdets åtgärder som görs tillsammans med polisen.',
		attainment:
			'Andel uppnådda av de åtgärder som har en uppföljning. Åtgärder utan uppföljning räknas inte in, men syns i fördelningen per status.'
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
	area_type: {
		stadsdelsomrade: 'Stadsdelsområde',
		lokalpolisomrade: 'Lokalpolisområde',
		stadsdel: 'Stadsdel',
		stad: 'Staden',
		lan: 'Län',
		riket: 'Riket'
	},
	indicator_source: {
		stockholmsenkaten: 'Stockholmsenkäten',
		trygghetsmatningen: 'Stockholms stads trygghetsmätning',
		lob: 'LOB (omhändertagna berusade)',
		sig: 'Sociala insatsgrupper (SIG)',
		polisens_trygghetsundersokning: 'Polisens trygghetsundersökning',
		ntu: 'Nationella trygghetsundersökningen (NTU)',
		other: 'Övriga källor'
	},
	unit: {
		procent: 'Procent',
		antal: 'Antal',
		per_1000: 'Per 1 000 invånare'
	},
	polarity: {
		lower_is_better: 'Lägre är bättre',
		higher_is_better: 'Högre är bättre',
		neutral: 'Ingen riktning'
	},
	direction: {
		forsamrad: 'Försämrad',
		forbattrad: 'Förbättrad',
		oforandrad: 'Oförändrad',
		utan_riktning: 'Förändrad, men indikatorn har ingen riktning'
	},
	coverage: {
		orsaker_saknas_i_mall: 'Orsaker saknas i planens mall',
		inga_orsaker_i_omradet: 'Inga orsaker angivna i området',
		orsaker_utan_atgard: 'Orsaker utan åtgärd',
		alla_orsaker_har_atgard: 'Varje orsak har minst en åtgärd'
	},
	period: {
		VB: 'Verksamhetsberättelse (VB)',
		T1: 'Tertial 1',
		T2: 'Tertial 2',
		arsuppfoljning: 'Årsuppföljning'
	}
} as const;

export const STATUS_ORDER = ['uppnadd', 'delvis_uppnadd', 'paborjad', 'ej_uppnadd', 'ej_bedomd', 'saknas'] as const;

export function label(kind: keyof typeof LABELS, value: string | null | undefined): string {
	if (value === null || value === undefined) return '–';
	const table = LABELS[kind] as Record<string, string>;
	if (kind === 'period' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
	return table[value] ?? value;
}

/** A symbol per status, so a status is never told by colour alone (chart, tables, print). */
export const STATUS_SYMBOL: Record<(typeof STATUS_ORDER)[number], string> = {
	uppnadd: '●',
	delvis_uppnadd: '◐',
	paborjad: '◔',
	ej_uppnadd: '✕',
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
