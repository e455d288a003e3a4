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
		gemensam_atgardsplan: 'Gemensam åtgärdsplan',
		medborgarlofte: 'Medborgarlöfte',
		uppfoljning: 'Uppföljning'
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
		corrected: 'Citerad i plan, rättad serie',
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
	/** Column headers shared by the views' tables (and their CSV/Excel downloads). */
	column: {
		district_name: 'Stadsdel',
		year: 'År',
		area_label: 'Område',
		doc_type: 'Dokument',
		layout: 'Layout',
		problems: 'Problem',
		causes: 'Orsaker',
		measures: 'Åtgärder',
		followups: 'Uppföljningar',
		source_file: 'Fil',
		errors: 'Fel',
		warnings: 'Varningar',
		infos: 'Information',
		cause: 'Orsak',
		measure: 'Åtgärd',
		status: 'Status',
		source_lines: 'Källrader',
		source: 'Källa',
		total: 'Totalt',
		place_name: 'Område',
		place_type: 'Nivå',
		grp: 'Grupp',
		value: 'Värde',
		provenance: 'Ursprung',
		quote: 'Citat',
		cited: 'Orsaken citerar'
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

// A Swedish name for every kind of ingest issue (ingest_issues.code), shown in
// Källor and Importera instead of the code. The code stays in the data and in
// the downloads; tests/lib/labels.test.ts checks that every code the readers
// can emit has a name here.
export const ISSUE_CODE_LABELS: Record<string, string> = {
	analysis_heading: 'Rubrik i analysbladet',
	analysis_row: 'Rad i analysbladet',
	analysis_row_unreadable: 'Oläslig rad i analysbladet',
	area_description: 'Beskrivning av området',
	area_from_sheet_name: 'Området taget från bladets namn',
	area_goals: 'Områdets mål',
	area_heading: 'Områdesrubrik',
	area_list: 'Lista över områden',
	binary_text: 'Filen är inte text',
	broken_table: 'Trasig tabell',
	cause_link_by_order: 'Orsak kopplad efter ordningen',
	cause_link_merged_cell: 'Orsak eller åtgärd läst som sammanslagen cell',
	cause_link_unknown: 'Okänd koppling till orsak',
	cause_paragraphs_joined: 'Orsakens stycken sammanfogade',
	column_header: 'Kolumnrubriker',
	comment_count: 'Antal kommentarer stämmer inte',
	contact_block: 'Kontaktuppgifter',
	default_group: 'Gruppen "alla" antagen',
	district_from_text: 'Stadsdelen tagen ur texten',
	district_missing: 'Stadsdel saknas',
	district_unknown: 'Stadsdelen känns inte igen',
	empty: 'Tom fil',
	empty_document: 'Tomt dokument',
	empty_followup: 'Tom uppföljning',
	encoding_windows_1252: 'Teckenkodning Windows-1252',
	extra_cells: 'Fler celler än väntat',
	extra_comment: 'Kommentar utan område',
	followup_count_mismatch: 'Antal uppföljningar stämmer inte',
	followup_unassigned: 'Uppföljning utan åtgärd',
	followup_without_measure: 'Uppföljning utan åtgärd',
	followup_without_prefix: 'Uppföljning utan datum eller period',
	footnote: 'Fotnot',
	formula_cell: 'Formel i cell',
	formula_text: 'Formel i text',
	forum_details: 'Uppgifter om forum',
	forum_without_activities: 'Forum utan aktiviteter',
	generic_failed: 'Generisk läsning misslyckades',
	generic_layout: 'Okänd layout, generisk läsning',
	heading: 'Rubrik',
	hidden_sheet: 'Dolt blad',
	html_in_cell: 'HTML i cell',
	intro_text: 'Inledande text',
	invalid_indicator_row: 'Ogiltig indikatorrad',
	invalid_row: 'Ogiltig rad',
	long_line: 'För lång rad',
	loose_row: 'Lös rad',
	loose_text: 'Lös text',
	followup_unmatched: 'Uppföljning utan motsvarande löfte',
	nothing_read: 'Inget lästes ur filen',
	partly_read: 'Filen lästes delvis',
	pdf_read_as: 'Så lästes PDF:ens sidor',
	measure_link_unknown: 'Åtgärd utan känd koppling till orsak',
	measure_without_area: 'Åtgärd utan område',
	merged_cells: 'Sammanfogade celler',
	missing_area: 'Område saknas',
	missing_area_row: 'Områdesrad saknas',
	missing_cell: 'Cell saknas',
	missing_comment: 'Kommentar saknas',
	missing_followup_table: 'Uppföljningstabell saknas',
	missing_problem: 'Problem saknas',
	missing_title: 'Titel saknas',
	no_area_sheet: 'Inget blad med område',
	no_cause: 'Ingen orsak',
	no_cells: 'Inga celler',
	no_followup: 'Ingen uppföljning',
	no_header: 'Ingen rubrikrad',
	no_indicator_header: 'Ingen rubrikrad för indikatorer',
	no_indicator_values: 'Inga indikatorvärden',
	no_judgment: 'Ingen bedömning',
	no_measure: 'Ingen åtgärd',
	no_measures: 'Inga åtgärder',
	no_sheets: 'Inga blad',
	no_tables: 'Inga tabeller',
	not_docx: 'Inte en Word-fil',
	not_xlsx: 'Inte en Excel-fil',
	not_zip: 'Inte en zip-fil',
	number_without_label: 'Tal utan beskrivning',
	orphan_cell: 'Cell utan sammanhang',
	orphan_table: 'Tabell utan sammanhang',
	other_sheet: 'Annat blad',
	outside_sheet: 'Utanför bladen',
	parser_failed: 'Inläsningen misslyckades',
	parser_failure: 'Inläsningen avbröts',
	pdf_invalid: 'Ogiltig PDF',
	pdf_no_text: 'PDF utan text',
	pdf_password: 'Lösenordsskyddad PDF',
	pdf_too_many_pages: 'För många PDF-sidor',
	personal_data_removed: 'Personuppgift borttagen',
	plan_header: 'Planens huvud',
	repeated_merged_cell: 'Upprepad sammanfogad cell',
	row_count_mismatch: 'Antal rader stämmer inte',
	row_without_measure: 'Rad utan åtgärd',
	row_without_timing: 'Rad utan tidsangivelse',
	sheet_heading: 'Bladrubrik',
	sheet_text: 'Text i bladet',
	sheet_unreadable: 'Oläsligt blad',
	split_list_entry: 'Delad listpunkt',
	stated_count_mismatch: 'Angivet antal stämmer inte',
	stray_line: 'Lös rad',
	stray_repeat: 'Upprepad rad',
	table_before_area: 'Tabell före område',
	table_header: 'Tabellrubrik',
	table_of_contents: 'Innehållsförteckning',
	table_rule: 'Tabellinje',
	template_text: 'Mallens instruktionstext',
	too_few_cells: 'För få celler',
	too_many_cells: 'För många celler',
	too_many_rows: 'För många rader',
	too_many_sheets: 'För många blad',
	truncated_zip: 'Avkortad zip-fil',
	unknown_indicator: 'Okänd indikator',
	unmapped_area: 'Område utan motsvarighet',
	unmatched_followup: 'Uppföljning utan åtgärd',
	unread_text: 'Oläst text',
	unreadable_file: 'Oläslig fil',
	wrapped_cell: 'Radbruten cell',
	xlsx_corrupt: 'Skadad Excel-fil',
	zip_bomb: 'Misstänkt zip-bomb',
	zip_corrupt: 'Skadad zip-fil',
	zip_encrypted: 'Krypterad zip-fil',
	zip_unsupported: 'Zip-format som inte stöds'
};

/** The Swedish name of an issue kind; an unnamed code is shown as "Övrigt (code)". */
export const issueCodeLabel = (code: string) => ISSUE_CODE_LABELS[code] ?? `Övrigt (${code})`;
