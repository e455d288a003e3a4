// How often each survey or register runs, and who it asks. Read from
// data/indicators/README.md and indicators.definition (the quoted words are
// theirs); where the dataset says nothing, the row says so and the interval
// falls back to one year, so a line never bridges a year that might be missing.

export interface Cadence {
	source: string;
	/** Years between two rounds; 1 where unknown, so gaps always break lines. */
	interval: number;
	/** In Swedish: how often. */
	how_often: string;
	/** In Swedish: who is asked or counted. */
	who: string;
	/** Where this row was read, in Swedish (shown on screen). */
	basis: string;
}

export const CADENCE: Record<string, Cadence> = {
	stockholmsenkaten: {
		source: 'stockholmsenkaten',
		interval: 2,
		how_often: 'Vartannat år (jämna år)',
		who: 'Elever i årskurs 9 och gymnasiets år 2 (grupperna åk 9 och gy 2, ibland uppdelat på flickor och pojkar)',
		basis: 'Indikatortabellens definition: ”skolenkät i åk 9 och gymnasiets år 2, vartannat år”'
	},
	trygghetsmatningen: {
		source: 'trygghetsmatningen',
		interval: 3,
		how_often: 'Vart tredje år (2008, 2011, 2014, 2017, 2020 …)',
		who: 'Invånare i staden (urval); några värden gäller grupper som äldre eller personer med funktionsnedsättning',
		basis: 'Indikatortabellens definition: ”Stockholms stads trygghetsmätning (genomförs vart tredje år)”'
	},
	polisens_trygghetsundersokning: {
		source: 'polisens_trygghetsundersokning',
		interval: 1,
		how_often: 'Varje år sedan 2020',
		who: 'Invånare i polisregionen (urval); svarsfrekvensen är låg (38 % i Järva 2022)',
		basis:
			'Indikatortabellens definition: ”Polisregion Stockholms trygghetsundersökning (årlig sedan 2020)”; svarsfrekvensen enligt källans sida'
	},
	ntu: {
		source: 'ntu',
		interval: 1,
		how_often: 'Varje år; utsatthet anges för året före undersökningen, oro och otrygghet för undersökningsåret',
		who: 'Befolkningen (urval), redovisat för länet',
		basis: 'Brå (NTU genomförs årligen); vilket år ett värde gäller följer Brås redovisning'
	},
	lob: {
		source: 'lob',
		interval: 1,
		how_often: 'Löpande register; antal per år',
		who: 'Personer som polisen omhändertagit enligt LOB (ett mått på verksamhet, inte en enkät)',
		basis: 'Indikatortabellens definition av LOB-ärenden; ett antal, inte en andel av invånarna'
	},
	sig: {
		source: 'sig',
		interval: 1,
		how_often: 'Verksamhetsuppgift; ingen fast mätning',
		who: 'Unga och unga vuxna i sociala insatsgrupper (ett mått på verksamhet, inte på utfall)',
		basis: 'Indikatortabellens definitioner av SIG-uppgifterna, även de som bara planerna anger'
	},
	other: {
		source: 'other',
		interval: 1,
		how_often: 'Anges inte i datasetet',
		who: 'Medborgarundersökningen (några hundra svar per stadsdel) eller polisens medborgardialog, en webbenkät där de svarande valde sig själva',
		basis: 'Två slags källor har ingen egen kod och räknas som övriga källor'
	}
};

export function cadenceOf(source: string): Cadence {
	return (
		CADENCE[source] ?? {
			source,
			interval: 1,
			how_often: 'Anges inte i datasetet',
			who: 'Anges inte i datasetet',
			basis: 'Ingen uppgift'
		}
	);
}
