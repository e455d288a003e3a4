// Personal data on text the seeds do not contain: names, numbers and places.
import { describe, expect, it } from 'vitest';
import { redactLine } from '$lib/ingest/redact';
import { GIVEN_NAMES } from '$lib/ingest/redact/given-names';

const r = (line: string) => redactLine(line, 1).text;

describe('given-name list', () => {
	it('holds at least 2 000 names, including names common among Swedes of many origins', () => {
		expect(GIVEN_NAMES.size).toBeGreaterThanOrEqual(2000);
		const names = [
			['margareta', 'leif', 'kjell', 'berit', 'yvonne'], // Swedish
			['abdi', 'hodan', 'fadumo', 'abdirahman'], // Somali
			['mustafa', 'fatima', 'khaled', 'rania'], // Arabic
			['reza', 'shirin', 'dariush', 'parisa'], // Persian
			['mehmet', 'ayşe', 'emre', 'zeynep'], // Turkish
			['agnieszka', 'łukasz', 'małgorzata', 'piotr'], // Polish
			['pirjo', 'jukka', 'päivi', 'seppo'], // Finnish
			['emina', 'senad', 'mirza', 'lejla'] // Bosnian
		].flat();
		expect(names.filter((n) => !GIVEN_NAMES.has(n))).toEqual([]);
	});
});

describe('redactLine: names', () => {
	it.each([
		['Kontaktperson är Margareta Lindqvist på enheten.', 'Kontaktperson är [namn] på enheten.'],
		['Leif och Kjell deltog på mötet.', '[namn] och [namn] deltog på mötet.'],
		['Ansvarig: Hodan Warsame', 'Ansvarig: [namn]'],
		['Abdi Farah och Mustafa Yilmaz leder gruppen.', '[namn] och [namn] leder gruppen.'],
		['Samordnare Ann-Marie Holm', 'Samordnare [namn]'],
		['Karl-Johan Berg föredrar ärendet.', '[namn] föredrar ärendet.'],
		['Anna Maria Sjöberg är ny chef.', '[namn] är ny chef.'],
		['Berit, Yvonne och Pirjo bokar lokalen.', '[namn], [namn] och [namn] bokar lokalen.'],
		['Reza Karimi och Agnieszka Nowak ansvarar.', '[namn] och [namn] ansvarar.'],
		['Emina Hodžić, fältassistent', '[namn], fältassistent']
	])('redactLine(%j) -> %j', (line, out) => {
		expect(r(line)).toBe(out);
	});

	it.each([
		'Trygghetsvandring vid Maria skola i april.',
		'Insatser kring Karl Johans torg och Gustav Vasa kyrka.',
		'Kameror sattes upp på Erik Dahlbergsgatan.',
		'Föräldramöte på Sankt Eriks gymnasium.',
		'Nattvandring runt Gustav Adolfs torg och Oscars park.',
		'Belysning vid Anna Lindhs plats och Olof Palmes gata.',
		'Möte på Birger Jarls torg.',
		'Bo i området ska känna sig trygga.',
		'Klara mål ger tydlig uppföljning.',
		'Inga möten hölls under sommaren.'
	])('redactLine(%j) keeps the text', (line) => {
		expect(r(line)).toBe(line);
	});
});

describe('redactLine: phones', () => {
	it.each([
		'0701234567',
		'+46701234567',
		'08-123 456 78',
		'070-123 45 67',
		'08-1234567',
		'+46 8 123 456 78',
		'+46 (0)8 123 456 78',
		'0046 70 123 45 67',
		'031-12 34 56',
		'0771-440 440'
	])('redactLine("Ring %s") removes the number', (phone) => {
		expect(r(`Ring ${phone} för frågor.`)).toBe('Ring [telefon] för frågor.');
	});

	it.each([
		'Under 2024-2025 genomfördes 12 möten.',
		'Ärende 2024/0123 och dnr 1.2.3-456/2024.',
		'Andelen var 0,5 procent.',
		'Organisationsnummer 212000-0142.'
	])('redactLine(%j) keeps figures that are not phones', (line) => {
		expect(r(line)).toBe(line);
	});
});

describe('redactLine: e-mail', () => {
	it.each([
		'anna.svensson@stockholm.se',
		'a.svensson@farsta.se',
		'hodan.warsame2@example.org',
		'kjell@polisen.se',
		'ann-marie.holm@kommun.se',
		'xyz123@gmail.com'
	])('redactLine("Mejla %s") removes a personal address', (address) => {
		expect(r(`Mejla ${address} senast fredag.`)).toBe('Mejla [e-post] senast fredag.');
	});

	it.each([
		'registrator@farsta.stockholm.se',
		'info@bra.se',
		'brottsforebyggande@huddinge.se',
		'registrator.skarpnack@stockholm.se'
	])('redactLine("Skicka till %s") keeps a functional address', (address) => {
		expect(r(`Skicka till ${address}.`)).toBe(`Skicka till ${address}.`);
	});
});
