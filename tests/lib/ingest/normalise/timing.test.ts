// När cells by their shape: unit tests on wordings no seed uses, and the
// Enskede-Årsta-Vantör seed with its När cells reworded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, loadText } from '../../../helpers';
import { parsePdfColumns } from '$lib/ingest/layouts/pdf-columns';
import { readTimingCell, timingKind } from '$lib/ingest/normalise/timing';

describe('readTimingCell', () => {
	it.each([
		['Under 2025 Avdelningschef IoF', 'Under 2025', 'Avdelningschef IoF'],
		['Fr.o.m. 2026 Enhetschef fält', 'Fr.o.m. 2026', 'Enhetschef fält'],
		['T.o.m. december 2025 Områdeschef', 'T.o.m. december 2025', 'Områdeschef'],
		['Hösten 2025 och löpande Fältgruppen', 'Hösten 2025 och löpande', 'Fältgruppen'],
		['Q2–Q4 2026', 'Q2–Q4 2026', ''],
		['Kvartal 3 Polisen', 'Kvartal 3', 'Polisen'],
		['Från januari 2024 Kommunpolis', 'Från januari 2024', 'Kommunpolis'],
		['Under hela året Socialtjänsten', 'Under hela året', 'Socialtjänsten'],
		['ht 2025, vt 2026 Rektor', 'ht 2025, vt 2026', 'Rektor'],
		['Vecka 44 Trygghetssamordnare', 'Vecka 44', 'Trygghetssamordnare'],
		['Linjearbete Enhetschef', 'Linjearbete', 'Enhetschef'],
		['2024-2026 Stadsdelsdirektör', '2024-2026', 'Stadsdelsdirektör'],
		['T1+T3 Avdelningschef', 'T1+T3', 'Avdelningschef'],
		['Senast juni 2025 Parkingenjör', 'Senast juni 2025', 'Parkingenjör']
	])('readTimingCell(%j) -> När %j, Vem %j', (text, timing, rest) => {
		expect(readTimingCell(text)).toEqual({ timing, rest });
	});

	it.each(['Avdelningschef IoF', 'Utbildning för personal', 'Information till vårdnadshavare 2025', 'Under tiden'])(
		'readTimingCell(%j) -> null (no När value at the start)',
		(text) => {
			expect(readTimingCell(text)).toBeNull();
		}
	);
});

describe('timingKind', () => {
	it.each([
		['Under 2025', 'tidsatt'],
		['Fr.o.m. hösten 2026', 'tidsatt'],
		['T.o.m. kvartal 2', 'tidsatt'],
		['Vecka 12', 'tidsatt'],
		['Löpande under året', 'linje'],
		['Terminsvis', 'linje'],
		['Ingår i linjeverksamheten', 'linje'],
		['Projekt 2025-2026', 'projekt'],
		['Vid behov', 'okand'],
		['Enligt överenskommelse', 'okand'],
		[null, 'okand']
	])('timingKind(%j) -> %s', (text, kind) => {
		expect(timingKind(text)).toBe(kind);
	});
});

describe('parsePdfColumns with the seed När cells reworded', () => {
	const SEED = readFileSync(join(ROOT, 'data/raw/enskede-arsta-vantor-atgardsplan-2025.txt'), 'utf8');
	// Line (1-based) -> [the seed's cell, the reworded cell]. Eight "2025" cells
	// become "Under 2025 …"-style cells; others take shapes the seed never uses.
	const REWORDED: Record<number, [string, string]> = {
		260: ['2025 Avdelningschef FoF', 'Under 2025 Avdelningschef FoF'],
		274: ['2025 Avdelningschef IoF', 'Under 2025 Avdelningschef IoF'],
		291: ['2025 Grundskolechef', 'Under 2025 Grundskolechef'],
		327: ['2025 Avdelningschef FoF', 'Under 2025 Avdelningschef FoF'],
		767: ['2025', 'Under 2025'],
		793: ['2025', 'Under 2025'],
		805: ['2025 Kommunpolis Globen', 'Under 2025 Kommunpolis Globen'],
		1327: ['2025 Avdelning IoF', 'Under 2025 Avdelning IoF'],
		1828: ['2025 Avdelningschef IoF', 'Fr.o.m. hösten 2025 Avdelningschef IoF'],
		1846: ['2025 Avdelningschef IoF', 'T.o.m. december 2025 Avdelningschef IoF'],
		1351: ['T2 Avdelningschef IoF', 'T2 och T3 Avdelningschef IoF'],
		341: ['i linje', 'löpande'],
		2376: ['T2', 'Våren 2025']
	};
	const lines = SEED.split('\n');
	for (const [n, [from, to]] of Object.entries(REWORDED)) {
		expect(lines[Number(n) - 1]).toBe(from);
		lines[Number(n) - 1] = to;
	}
	const original = parsePdfColumns(loadText('eav.txt', SEED));
	const reworded = parsePdfColumns(loadText('eav.txt', lines.join('\n')));

	it('still reads 39 measures, the same ones on the same lines', () => {
		expect(original.measures).toHaveLength(39);
		expect(reworded.measures).toHaveLength(39);
		expect(reworded.measures.map((m) => [m.title, m.line_start])).toEqual(
			original.measures.map((m) => [m.title, m.line_start])
		);
	});

	it('keeps each reworded När value whole and Vem apart', () => {
		const at = (n: number) => reworded.measures.find((m) => m.line_end === n || m.line_end === n + 1);
		expect(at(260)).toMatchObject({ timing_text: 'Under 2025', responsible: 'Avdelningschef FoF' });
		expect(at(805)).toMatchObject({ timing_text: 'Under 2025', responsible: 'Kommunpolis Globen' });
		expect(at(1828)).toMatchObject({ timing_text: 'Fr.o.m. hösten 2025', responsible: 'Avdelningschef IoF' });
		expect(at(1846)).toMatchObject({ timing_text: 'T.o.m. december 2025', responsible: 'Avdelningschef IoF' });
		expect(at(1351)).toMatchObject({ timing_text: 'T2 och T3', responsible: 'Avdelningschef IoF' });
		const changed = reworded.measures.filter((m, i) => m.timing_text !== original.measures[i].timing_text);
		expect(changed).toHaveLength(13);
	});
});
