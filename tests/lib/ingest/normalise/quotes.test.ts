// The one quoted-figure extractor, on written sentences and on every seed's quotes.
import { describe, expect, it } from 'vitest';
import { indicatorFor } from '$lib/ingest/normalise/quote-indicators';
import { quotedFigures } from '$lib/ingest/normalise/quotes';
import { loadSeed } from '../../../helpers';

type Want = [value: number, source: string, year: number | null, kind?: 'niva' | 'forandring'];

describe('quotedFigures on written sentences', () => {
	it.each<[string, Want[]]>([
		[
			'Enligt Stockholmsenkäten 2020 känner sig 14 % av flickorna i årskurs 9 otrygga i centrum.',
			[[14, 'stockholmsenkaten', 2020]]
		],
		['I Stockholmsenkäten (2018) uppger 9,5 % att de har blivit hotade.', [[9.5, 'stockholmsenkaten', 2018]]],
		['Stockholmsenkäten visar att 22 procent av pojkarna har snattat.', [[22, 'stockholmsenkaten', null]]],
		['Trygghetsmätningen 2021 visar att 31 % är oroliga för bostadsinbrott.', [[31, 'trygghetsmatningen', 2021]]],
		[
			'Enligt trygghetsmätningen uppger 18 % att de avstår från att gå ut på kvällen.',
			[[18, 'trygghetsmatningen', null]]
		],
		[
			'I Trygghetsmätningen (2019) svarar 40 % i Rinkeby att de känner sig otrygga.',
			[[40, 'trygghetsmatningen', 2019]]
		],
		[
			'Enligt Polisens trygghetsundersökning 2022 anser 63 % att polisen bryr sig.',
			[[63, 'polisens_trygghetsundersokning', 2022]]
		],
		[
			'Polisens trygghetsundersökning visar att 47,2 % tycker att kommunen bryr sig.',
			[[47.2, 'polisens_trygghetsundersokning', null]]
		],
		['Enligt NTU 2023 har 24 % utsatts för något brott.', [[24, 'ntu', 2023]]],
		['Nationella trygghetsundersökningen visar att 7 % utsatts för hot.', [[7, 'ntu', null]]],
		[
			'Antalet LOB-ärenden har minskat från 45 till 38 i Husby.',
			[
				[45, 'lob', null],
				[38, 'lob', null]
			]
		],
		[
			'Omhändertaganden enligt LOB ökade från 12 till 19 under sommaren.',
			[
				[12, 'lob', null],
				[19, 'lob', null]
			]
		],
		[
			'Enligt Stockholmsenkäten (2022) har andelen som röker ökat med 3 % sedan förra mätningen.',
			[[3, 'stockholmsenkaten', 2022, 'forandring']]
		],
		[
			'Trygghetsmätningen 2020 visar en minskning av oron för rån med 4 procent.',
			[[4, 'trygghetsmatningen', 2020, 'forandring']]
		],
		[
			'Enligt Stockholmsenkäten 2022 har 11 % av flickorna och 8 % av pojkarna skolkat.',
			[
				[11, 'stockholmsenkaten', 2022],
				[8, 'stockholmsenkaten', 2022]
			]
		],
		['Stockholmsenkäten (2016): 35 % har druckit alkohol senaste månaden.', [[35, 'stockholmsenkaten', 2016]]],
		[
			'I trygghetsmätningen 2017 uppgav 52 % av de äldre att de undviker vissa platser.',
			[[52, 'trygghetsmatningen', 2017]]
		],
		['Enligt Stockholmsenkäten 2024 känner sig 6 % otrygga i skolan.', [[6, 'stockholmsenkaten', 2024]]],
		[
			'Trygghetsmätningen (2022) visar att 29 % har sett narkotikaförsäljning i området.',
			[[29, 'trygghetsmatningen', 2022]]
		],
		[
			'Polisens trygghetsundersökning (2021) visar att 12 % utsatts för brott i Tensta.',
			[[12, 'polisens_trygghetsundersokning', 2021]]
		]
	])('quotedFigures(%j)', (text, want) => {
		const got = quotedFigures(text).map((f) => [f.value, f.source, f.year, f.kind]);
		expect(got).toEqual(want.map(([v, s, y, k]) => [v, s, y, k ?? 'niva']));
		for (const f of quotedFigures(text)) expect(text).toContain(f.phrase);
	});

	it.each([
		'Målet är att minst 80 % ska känna sig trygga enligt Stockholmsenkäten.',
		'Högst 10 % ska uppge otrygghet i Trygghetsmätningen 2026.',
		'Andelen som i trygghetsmätningen uppger otrygghet minskar med 5 %.',
		'Stockholmsenkäten genomförs vartannat år.',
		'Av eleverna deltog 85 % i aktiviteterna.',
		'Budgeten ökade med 12 % jämfört med 2023.',
		'Enligt Stockholmsenkäten ska andelen minska till under 15 %.',
		'LOB-ärenden följs upp varje månad.',
		'Trygghetsmätningen visar att otryggheten ökat, särskilt bland äldre.',
		'Över 60 % enligt Polisens trygghetsundersökning är målet.'
	])('quotedFigures(%j) reads no figure (a target, no source, or no number)', (text) => {
		expect(quotedFigures(text)).toEqual([]);
	});
});

describe('indicatorFor', () => {
	it('maps subjects to a fitting series, else an id that says what it is', () => {
		const f = (text: string) => quotedFigures(text).map(indicatorFor)[0];
		expect(f('Antalet LOB-ärenden har minskat från 45 till 38 i Husby.')).toMatchObject({
			indicator_id: 'lob_arenden'
		});
		expect(f('Enligt Polisens trygghetsundersökning 2022 anser 63 % att polisen bryr sig.')).toMatchObject({
			indicator_id: 'plan_pt_polisen_bryr_sig',
			police: true
		});
		expect(
			f('Enligt Stockholmsenkäten 2020 känner sig 14 % av flickorna i årskurs 9 otrygga i centrum.')
		).toMatchObject({
			indicator_id: 'plan_stockholmsenkaten_kanner_sig_flickorna_arskurs',
			grp: 'flickor'
		});
	});
});

describe('quotedFigures on the seeds', () => {
	const line = (seed: string, n: number) => loadSeed(seed).lines[n - 1];
	it('reads Skarpnäck line 19 (Stockholmsenkäten 2022, 5 %) and line 58 (Trygghetsmätningen 2023, 25 %)', () => {
		const l19 = quotedFigures(line('skarpnack-atgardsplan-2024.txt', 19));
		expect(l19.map((f) => [f.value, f.source, f.year, f.kind])).toEqual([[5, 'stockholmsenkaten', 2022, 'forandring']]);
		expect(indicatorFor(l19[0]).indicator_id).toBe('plan_se_otrygghet_bostadsomrade_forandring');
		const l58 = quotedFigures(line('skarpnack-atgardsplan-2024.txt', 58));
		expect(l58.map((f) => [f.value, f.source, f.year])).toEqual([[25, 'trygghetsmatningen', 2023]]);
		expect(indicatorFor(l58[0])).toEqual({
			indicator_id: 'plan_tm_hushall_utsatt_brott',
			grp: 'funktionsnedsattning',
			police: false
		});
	});

	it('reads Farsta line 70 (LOB 31 -> 27 in Hökarängen, no year given) and line 71 (81,73 % and 57,81 %)', () => {
		const strip = (s: string) => s.replace(/<[^>]+>/g, '\n');
		const l70 = quotedFigures(strip(line('farsta-atgardsplan-2024.txt', 70))).filter((f) => f.source === 'lob');
		expect(l70.map((f) => [f.value, f.year, f.place])).toEqual([
			[31, null, 'Hökarängen'],
			[27, null, 'Hökarängen']
		]);
		const l71 = quotedFigures(strip(line('farsta-atgardsplan-2024.txt', 71)));
		expect(l71.map((f) => [f.value, f.year, indicatorFor(f).indicator_id])).toEqual([
			[81.73, null, 'plan_pt_polisen_bryr_sig'],
			[57.81, null, 'plan_pt_kommunen_bryr_sig']
		]);
	});

	it('reads no target: Farsta lines 53, 56, 57 and 67 state goals', () => {
		for (const n of [53, 56, 57, 67])
			expect(quotedFigures(line('farsta-atgardsplan-2024.txt', n)), `line ${n}`).toEqual([]);
	});
});
