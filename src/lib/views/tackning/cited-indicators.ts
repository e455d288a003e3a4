// Did the indicator a cause cites get worse? Causes cite a survey and a year
// (`stockholmsenkaten:2022`, `trygghetsmatningen:2023`, or just `lob`). We
// look only at official values of that survey, first for the plan's own
// district (place_type stadsdelsomrade, place_id = district_id), and where the
// district has no comparable series, for the city (place_type stad). A series
// is one indicator and one group; its value in the cited year is compared
// with the same series' previous value. Nothing is estimated: no value in the
// cited year, or no earlier value, means "ingen jämförbar serie".
//
// Only series about what the cause is about take part (subjects.ts): the
// citation names a survey and a year, the cause's text says what was measured.
import { sharesSubject, subjectList, subjectsOf, type Subject } from './subjects';

import type { LABELS } from '../../labels';

export interface IndicatorMeta {
	indicator_id: string;
	source: string;
	label_sv: string;
	unit: string;
	polarity: string;
	definition: string | null;
}

export interface IndicatorValue {
	indicator_id: string;
	place_type: string;
	place_id: string;
	year: number | null;
	grp: string;
	value: number;
	provenance: string;
	source_ref: string;
}

export interface Citation {
	raw: string;
	source: string;
	year: number | null;
}

/** The directions are the keys of their Swedish labels (one list). */
export type Direction = keyof typeof LABELS.direction;
export type ComparisonLevel = 'stadsdelsomrade' | 'stad';

export interface SeriesComparison {
	indicator_id: string;
	label_sv: string;
	unit: string;
	polarity: string;
	grp: string;
	place_type: ComparisonLevel;
	place_id: string;
	year: number;
	value: number;
	prev_year: number;
	prev_value: number;
	direction: Direction;
	source_ref: string;
	prev_source_ref: string;
}

export interface CitationVerdict {
	citation: Citation;
	/** What the cause's text is about (subjects.ts); comparisons share at least one. */
	subjects: Subject[];
	/** The area level the comparisons used; null when none could be made. */
	level: ComparisonLevel | null;
	comparisons: SeriesComparison[];
	worsened: SeriesComparison[];
	/** Why nothing could be compared (Swedish), null when something was. */
	no_series_reason: string | null;
}

/** `stockholmsenkaten:2022` -> { source, year: 2022 }; `lob` -> { source: 'lob', year: null }. */
export function parseCitation(raw: string): Citation {
	const [source, year] = raw.trim().split(':');
	const y = year !== undefined && /^\d{4}$/.test(year) ? Number(year) : null;
	return { raw, source: source.trim().toLowerCase(), year: y };
}

export function direction(polarity: string, prev: number, value: number): Direction {
	if (value === prev) return 'oforandrad';
	if (polarity === 'lower_is_better') return value > prev ? 'forsamrad' : 'forbattrad';
	if (polarity === 'higher_is_better') return value < prev ? 'forsamrad' : 'forbattrad';
	return 'utan_riktning';
}

function compareAtLevel(
	citation: Citation & { year: number },
	level: ComparisonLevel,
	districtId: string | null,
	meta: Map<string, IndicatorMeta>,
	values: IndicatorValue[]
): { comparisons: SeriesComparison[]; citedYearOnly: number } {
	// meta holds only the indicators whose subject the citation shares.
	const series = new Map<string, IndicatorValue[]>();
	for (const v of values) {
		const m = meta.get(v.indicator_id);
		if (!m || m.source !== citation.source || v.provenance !== 'official' || v.year === null) continue;
		if (v.place_type !== level) continue;
		if (level === 'stadsdelsomrade' && v.place_id !== districtId) continue;
		const key = `${v.indicator_id}\u0000${v.place_id}\u0000${v.grp}`;
		const list = series.get(key) ?? [];
		list.push(v);
		series.set(key, list);
	}
	const comparisons: SeriesComparison[] = [];
	let citedYearOnly = 0;
	for (const list of series.values()) {
		const now = list.find((v) => v.year === citation.year);
		if (!now) continue;
		const before = list
			.filter((v) => (v.year as number) < citation.year)
			.sort((a, b) => (b.year as number) - (a.year as number))[0];
		if (!before) {
			citedYearOnly++;
			continue;
		}
		const m = meta.get(now.indicator_id)!;
		comparisons.push({
			indicator_id: now.indicator_id,
			label_sv: m.label_sv,
			unit: m.unit,
			polarity: m.polarity,
			grp: now.grp,
			place_type: level,
			place_id: now.place_id,
			year: citation.year,
			value: now.value,
			prev_year: before.year as number,
			prev_value: before.value,
			direction: direction(m.polarity, before.value, now.value),
			source_ref: now.source_ref,
			prev_source_ref: before.source_ref
		});
	}
	comparisons.sort((a, b) => a.indicator_id.localeCompare(b.indicator_id) || a.grp.localeCompare(b.grp));
	return { comparisons, citedYearOnly };
}

export const indicatorSubjects = (i: IndicatorMeta): Subject[] => subjectsOf(`${i.label_sv} ${i.definition ?? ''}`);

/**
 * Compares a cause's citation with the official series on the same subject,
 * district first, then the city. citedText: the cause's text.
 */
export function compareCitation(
	raw: string,
	districtId: string | null,
	indicators: IndicatorMeta[],
	values: IndicatorValue[],
	citedText: string
): CitationVerdict {
	const citation = parseCitation(raw);
	const subjects = subjectsOf(citedText);
	const none = (reason: string): CitationVerdict => ({
		citation,
		subjects,
		level: null,
		comparisons: [],
		worsened: [],
		no_series_reason: reason
	});
	if (citation.year === null) return none('ingen jämförbar serie: hänvisningen anger inget år');
	const ofSource = indicators.filter((i) => i.source === citation.source);
	if (!ofSource.length) return none('ingen jämförbar serie: källan finns inte bland indikatorerna');
	if (!subjects.length) return none('ingen jämförbar serie: orsakens text säger inte vad den citerade siffran mäter');
	const onSubject = ofSource.filter((i) => sharesSubject(subjects, indicatorSubjects(i)));
	if (!onSubject.length)
		return none(
			`ingen jämförbar serie: orsaken handlar om ${subjectList(subjects)}, och ingen serie från samma undersökning mäter det`
		);
	const meta = new Map(onSubject.map((i) => [i.indicator_id, i]));
	const dated = citation as Citation & { year: number };
	let citedYearOnly = 0;
	for (const level of ['stadsdelsomrade', 'stad'] as const) {
		if (level === 'stadsdelsomrade' && !districtId) continue;
		const r = compareAtLevel(dated, level, districtId, meta, values);
		citedYearOnly += r.citedYearOnly;
		if (r.comparisons.length)
			return {
				citation,
				subjects,
				level,
				comparisons: r.comparisons,
				worsened: r.comparisons.filter((c) => c.direction === 'forsamrad'),
				no_series_reason: null
			};
	}
	return none(
		citedYearOnly
			? `ingen jämförbar serie: ${citation.year} finns men inget tidigare värde i samma serie`
			: `ingen jämförbar serie: inga officiella värden för ${citation.year} i stadsdelen eller staden`
	);
}

/**
 * compareCitation for many causes at once: the values are grouped by survey
 * once, and each (citation, district) pair is compared once. Same verdicts as
 * compareCitation (the verdict objects are shared; treat them as read-only).
 */
export function citationComparer(
	indicators: IndicatorMeta[],
	values: IndicatorValue[]
): (raw: string, districtId: string | null, citedText: string) => CitationVerdict {
	const sourceOf = new Map(indicators.map((i) => [i.indicator_id, i.source]));
	const bySource = new Map<string, IndicatorValue[]>();
	for (const v of values) {
		const source = sourceOf.get(v.indicator_id);
		if (source === undefined) continue;
		const list = bySource.get(source);
		if (list) list.push(v);
		else bySource.set(source, [v]);
	}
	const verdicts = new Map<string, CitationVerdict>();
	return (raw, districtId, citedText) => {
		// Causes with the same subjects get the same verdict.
		const key = `${raw}\u0000${districtId ?? ''}\u0000${subjectsOf(citedText).join(',')}`;
		let v = verdicts.get(key);
		if (!v) {
			// Only values of the cited survey can take part; the rest are skipped by compareCitation anyway.
			v = compareCitation(raw, districtId, indicators, bySource.get(parseCitation(raw).source) ?? [], citedText);
			verdicts.set(key, v);
		}
		return v;
	};
}
