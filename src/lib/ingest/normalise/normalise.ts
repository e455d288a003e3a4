// ParsedDocument -> rows of the dataset's tables. Decides, once for every
// layout: ids, canonical areas, district, derived columns and statuses.
import type { Dataset, Row } from '../../schema/tables';
import { citedSources, timingKind, withPolice } from './classify';
import { shortHash } from './hash';
import { periodSortKey, readStatus } from './status';
import { quotedValuesOfText } from './quoted-values';
import { normaliseForKey, slugify } from './text';
import type { ParsedDocument, ParsedIssue } from '../types';

export interface DistrictRef {
	district_id: string;
	name: string;
	police_areas: string[];
	municipality?: string;
}

export interface IngestContext {
	districts: DistrictRef[];
	/** normaliseForKey(raw label) -> area_id */
	areaMap: Map<string, string>;
	/** plan ids already taken (published plans, earlier imports). */
	takenPlanIds?: Set<string>;
}

export type PlanRows = Omit<Dataset, 'districts' | 'priority_areas' | 'area_labels' | 'indicators' | 'corrections'>;

export interface DocumentMeta {
	file: string;
	sha256: string;
	encoding: Row<'plans'>['encoding'];
	lines: string[];
	provenance: Row<'plans'>['provenance'];
}

const letters = (s: string) => normaliseForKey(s).replace(/[^\p{L}]/gu, '');

/**
 * The district a document belongs to: the name it gives, else the district
 * named most often in its text ("EnskedeÅrstaVantör" with lost hyphens counts).
 */
export function resolveDistrict(parsed: ParsedDocument, lines: string[], districts: DistrictRef[]): string | null {
	const byLetters = new Map(districts.map((d) => [letters(d.name), d.district_id]));
	if (parsed.district_name) {
		const n = letters(parsed.district_name).replace(/s?stadsdels(förvaltning|område|nämnd)\w*$/u, '');
		const hit = byLetters.get(n) ?? byLetters.get(n.replace(/s$/, ''));
		if (hit) return hit;
	}
	const text = letters(lines.join(' '));
	let best: string | null = null;
	let bestCount = 0;
	for (const [name, id] of byLetters) {
		const count = text.split(name).length - 1;
		if (count > bestCount) {
			best = id;
			bestCount = count;
		}
	}
	return best;
}

export function planIdFor(
	district: string | null,
	docType: string,
	year: number | null,
	sha256: string,
	taken?: Set<string>
): string {
	const base = [district ?? 'okand-stadsdel', docType.replace(/_/g, '-'), year ?? 'utan-ar'].join('-');
	return taken?.has(base) ? `${base}-${sha256.slice(0, 8)}` : base;
}

/** Ids from plan, kind, area and normalised text; twins get -2, -3 in document order. */
function idMaker(planId: string) {
	const seen = new Map<string, number>();
	return (kind: string, ...parts: (string | null)[]) => {
		const base = `${planId}--${kind}-${shortHash(parts.map((p) => normaliseForKey(p ?? '')).join('|'))}`;
		const n = (seen.get(base) ?? 0) + 1;
		seen.set(base, n);
		return n === 1 ? base : `${base}-${n}`;
	};
}

export function normaliseDocument(parsed: ParsedDocument, meta: DocumentMeta, ctx: IngestContext): PlanRows {
	const issues: ParsedIssue[] = [...parsed.issues];
	const district_id = resolveDistrict(parsed, meta.lines, ctx.districts);
	if (!district_id)
		issues.push({
			line: 0,
			line_end: 0,
			severity: 'warning',
			code: 'district_unknown',
			message:
				'Ingen stadsdel kunde läsas ur dokumentet. Planen visas som "okänd stadsdel"; byt filnamn eller lägg till stadsdelens namn i texten.'
		});
	const plan_id = planIdFor(district_id, parsed.doc_type, parsed.year, meta.sha256, ctx.takenPlanIds);
	const id = idMaker(plan_id);
	const src = meta.file;

	const unmapped = new Map<string, number>();
	const areaOf = (raw: string, line: number): string => {
		const hit = ctx.areaMap.get(normaliseForKey(raw));
		if (hit) return hit;
		if (!unmapped.has(raw)) unmapped.set(raw, line);
		return slugify(raw) || 'omappat';
	};

	const problemIds = new Map<string, string>();
	// Ids come from content, never from parser keys (which may count rows).
	const problemLabel = new Map(parsed.problems.map((p) => [p.key, p.label]));
	const problems = parsed.problems.map((p) => {
		const problem_id = id('problem', p.area_label_raw, p.label);
		problemIds.set(p.key, problem_id);
		return {
			problem_id,
			plan_id,
			area_id: areaOf(p.area_label_raw, p.line_start),
			area_label_raw: p.area_label_raw,
			label: p.label,
			source_file: src,
			line_start: p.line_start,
			line_end: p.line_end
		};
	});
	const causeIds = new Map<string, string>();
	const causes = parsed.causes.map((c) => {
		const cause_id = id(
			'orsak',
			c.area_label_raw,
			c.problem_key ? (problemLabel.get(c.problem_key) ?? null) : null,
			c.text
		);
		causeIds.set(c.key, cause_id);
		return {
			cause_id,
			plan_id,
			area_id: areaOf(c.area_label_raw, c.line_start),
			area_label_raw: c.area_label_raw,
			problem_id: c.problem_key ? (problemIds.get(c.problem_key) ?? null) : null,
			text: c.text,
			cited_sources: citedSources(c.text),
			// 'linked' is set below from measure_causes.
			link_status: (c.link_unknown ? 'unknown' : 'none') as 'linked' | 'none' | 'unknown',
			source_file: src,
			line_start: c.line_start,
			line_end: c.line_end
		};
	});
	const measureIds = new Map<string, string>();
	const measure_causes: Row<'measure_causes'>[] = [];
	const measures = parsed.measures.map((m) => {
		const measure_id = id('atgard', m.area_label_raw, m.title, m.description);
		measureIds.set(m.key, measure_id);
		for (const key of new Set(m.cause_keys)) {
			const cause_id = causeIds.get(key);
			if (cause_id) measure_causes.push({ measure_id, cause_id });
		}
		return {
			measure_id,
			plan_id,
			district_id,
			year: parsed.year,
			area_id: areaOf(m.area_label_raw, m.line_start),
			area_label_raw: m.area_label_raw,
			problem_id: m.problem_key ? (problemIds.get(m.problem_key) ?? null) : null,
			title: m.title,
			description: m.description,
			operative_goal: m.operative_goal,
			timing_text: m.timing_text,
			timing_kind: timingKind(m.timing_text),
			responsible: m.responsible,
			with_police: m.with_police ?? withPolice(m.responsible, `${m.title} ${m.description}`),
			source_file: src,
			line_start: m.line_start,
			line_end: m.line_end
		};
	});
	const answered = new Set(measure_causes.map((mc) => mc.cause_id));
	for (const c of causes) if (answered.has(c.cause_id)) c.link_status = 'linked';
	const followups: Row<'followups'>[] = [];
	for (const f of parsed.followups) {
		const measure_id = measureIds.get(f.measure_key);
		if (!measure_id) {
			issues.push({
				line: f.line_start,
				line_end: f.line_end,
				severity: 'warning',
				code: 'followup_without_measure',
				message: 'En uppföljning kunde inte kopplas till någon åtgärd och togs inte med.'
			});
			continue;
		}
		const reading = readStatus(f.text);
		followups.push({
			followup_id: id('uppfoljning', measure_id, f.period, f.text),
			measure_id,
			plan_id,
			period: f.period,
			text: f.text,
			...reading,
			source_file: src,
			line_start: f.line_start,
			line_end: f.line_end
		});
	}
	const byMeasure = new Map<string, Row<'followups'>[]>();
	for (const f of followups) byMeasure.set(f.measure_id, [...(byMeasure.get(f.measure_id) ?? []), f]);
	const measure_status = measures.map((m) => finalStatus(m.measure_id, byMeasure.get(m.measure_id) ?? []));
	const situation_changes = parsed.situation_changes.map((s) => ({
		situation_change_id: id('lagesbild', s.area_label_raw, s.comment),
		plan_id,
		area_label_raw: s.area_label_raw,
		area_id: areaOf(s.area_label_raw, s.line_start),
		change: s.change,
		comment: s.comment,
		source_file: src,
		line_start: s.line_start,
		line_end: s.line_end
	}));
	const quoted = [...parsed.quoted_values, ...quotedValuesOfText(parsed, meta.lines, district_id)];
	const indicator_values = quoted.map((q) => ({
		indicator_id: q.indicator_id,
		place_type: q.place_type,
		place_id: q.place_id,
		place_name: null,
		year: q.year,
		grp: q.grp,
		value: q.value,
		provenance: meta.provenance === 'user_import' ? ('user_import' as const) : ('quoted_in_plan' as const),
		source_ref: `${src}:${q.line}`,
		quote: q.quote,
		plan_id,
		source_file: src,
		line_start: q.line,
		line_end: q.line
	}));
	const stated_counts = parsed.stated_counts.map((c) => ({
		plan_id,
		area_label_raw: c.area_label_raw,
		area_id: areaOf(c.area_label_raw, c.line),
		problems: c.problems,
		causes: c.causes,
		measures: c.measures,
		source_file: src,
		line_start: c.line,
		line_end: c.line
	}));
	// The plan's own lines (title, diary numbers, parties) are named, so no line goes unaccounted.
	for (const r of parsed.plan_lines)
		issues.push({
			line: r.line_start,
			line_end: r.line_end,
			severity: 'info',
			code: 'plan_header',
			message: 'Planens rubrik och uppgifter (titel, år, stadsdel, lokalpolisområde, diarienummer) lästes härifrån.'
		});
	for (const [raw, line] of unmapped)
		issues.push({
			line,
			line_end: line,
			severity: 'warning',
			code: 'unmapped_area',
			message: `Området "${raw}" finns inte i data/area_map.csv och visas som ett eget, omappat område. Lägg till en rad i area_map.csv för att koppla det till ett prioriterat område.`
		});

	const fields_absent: string[] = [];
	if (measures.length) {
		if (measures.every((m) => m.operative_goal === null)) fields_absent.push('operative_goal');
		if (measures.every((m) => m.responsible === null)) fields_absent.push('responsible');
		if (measures.every((m) => m.timing_text === null)) fields_absent.push('timing');
		if (causes.length === 0) fields_absent.push('causes');
		if (followups.length === 0) fields_absent.push('followups');
	}
	const plans: Row<'plans'>[] = [
		{
			plan_id,
			district_id,
			year: parsed.year,
			doc_type: parsed.doc_type,
			// A district's own municipality; else the one the text names (another municipality's document).
			municipality: district_id
				? (ctx.districts.find((d) => d.district_id === district_id)?.municipality ?? null)
				: parsed.municipality,
			police_areas: parsed.police_areas,
			title: parsed.title,
			source_file: src,
			source_sha256: meta.sha256,
			layout: parsed.layout,
			encoding: meta.encoding,
			line_count: meta.lines.length,
			provenance: meta.provenance,
			fields_absent
		}
	];
	return {
		plans,
		problems,
		causes,
		measures,
		measure_causes,
		followups,
		measure_status,
		situation_changes,
		indicator_values,
		stated_counts,
		ingest_issues: issues.map((i) => ({ source_file: src, plan_id, ...i })),
		source_lines: meta.lines.map((text, i) => ({ source_file: src, line: i + 1, text }))
	};
}

/** The year's final status: the VB entry where there is one, else the latest; saknas without follow-ups. */
export function finalStatus(measure_id: string, own: Row<'followups'>[]): Row<'measure_status'> {
	if (own.length === 0)
		return { measure_id, status: 'saknas', status_basis: 'none', status_phrase: null, period: null };
	// Latest period; within one period the last entry in the document.
	let last = own[0];
	for (const f of own.slice(1)) {
		const a = periodSortKey(f.period);
		const b = periodSortKey(last.period);
		if (a > b || (a === b && f.line_start >= last.line_start)) last = f;
	}
	return {
		measure_id,
		status: last.status,
		status_basis: last.status_basis,
		status_phrase: last.status_phrase,
		period: last.period
	};
}
