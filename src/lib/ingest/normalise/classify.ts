// Derived measure and cause columns, decided once for every layout.

export { timingKind, type TimingKind } from './timing';

const POLICE = /\b(polis\w*|lpo|lokalpolis\w*|kommunpolis\w*|områdespolis\w*|ungdomspolis\w*)\b/i;

/** Done together with the police: the responsible party names the police. */
export function withPolice(responsible: string | null, fallbackText: string): boolean {
	if (responsible && responsible.trim()) return POLICE.test(responsible);
	return POLICE.test(fallbackText);
}

const CITATIONS: { source: string; re: RegExp }[] = [
	{ source: 'stockholmsenkaten', re: /stockholms?enkäten\w*(?:\s*\(?\s*((?:19|20)\d\d))?/gi },
	{ source: 'trygghetsmatningen', re: /trygghetsmätning\w*(?:\s*\(?\s*((?:19|20)\d\d))?/gi },
	{
		source: 'polisens_trygghetsundersokning',
		re: /polisens\s+trygghetsundersökning\w*(?:\s*\(?\s*((?:19|20)\d\d))?/gi
	},
	{ source: 'ntu', re: /\b(?:NTU|nationella trygghetsundersökningen)(?:\s*\(?\s*((?:19|20)\d\d))?/g },
	{ source: 'lob', re: /\bLOB\b(?:[^.]*?\b((?:19|20)\d\d)\b)?/g },
	{ source: 'sig', re: /\bSIG\b/g }
];

/** Surveys and registers a text cites: `stockholmsenkaten:2022`, `trygghetsmatningen:2023`, `lob`. */
export function citedSources(text: string): string[] {
	const out = new Set<string>();
	for (const { source, re } of CITATIONS) {
		for (const m of text.matchAll(re)) out.add(m[1] ? `${source}:${m[1]}` : source);
	}
	// "stockholmsenkaten" alone adds nothing when a dated citation of it exists.
	for (const s of [...out]) if (!s.includes(':') && [...out].some((o) => o.startsWith(s + ':'))) out.delete(s);
	return [...out].sort();
}
