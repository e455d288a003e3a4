import { describe, expect, it } from 'vitest';
import { readStatus } from '$lib/ingest/normalise';

describe('readStatus', () => {
	it.each([
		['VB: Arbetet har fortsatt. Åtgärden bedöms vara delvis\nuppnådd.', 'delvis_uppnadd', 'explicit'],
		['Åtgärden bedöms vara uppnådd', 'uppnadd', 'explicit'],
		['Åtgärden bedöms vara påbörjad', 'paborjad', 'explicit'],
		['Åtgärden bedöms vara ej uppnådd', 'ej_uppnadd', 'explicit'],
		['Målet anses vara uppnått. Farsta grundskola är igång.', 'uppnadd', 'explicit'],
		['Målen är delvis uppnådda', 'delvis_uppnadd', 'explicit'],
		['Målet har ej uppnåtts', 'ej_uppnadd', 'explicit'],
		['Målet har ännu inte mätts', 'ej_bedomd', 'explicit'],
		['Ett av två mål har uppnåtts', 'delvis_uppnadd', 'explicit'],
		['Pågår enligt plan', 'paborjad', 'inferred'],
		// Activity carried out: the measure is under way; the goal is not judged.
		['Information till personal har genomförts', 'paborjad', 'inferred'],
		['Har genomförts i mindre skala, utmaningar', 'delvis_uppnadd', 'inferred'],
		['Mer omfattande redovisning finns i verksamhetsberättelsen 3.6', 'ej_bedomd', 'none']
	])('readStatus(%j) -> %s (%s)', (text, status, basis) => {
		const r = readStatus(text);
		expect(r.status).toBe(status);
		expect(r.status_basis).toBe(basis);
		if (basis !== 'none') expect(text.replace(/\s+/g, ' ')).toContain(r.status_phrase);
	});
});
