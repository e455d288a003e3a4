// The year-end report as plain rows: per measure, per area, per follow-up
// period, with flags and last year's match. Pure; the view only renders it.
import { label, FLAG_LABELS, LABELS, MATCH_LABELS, STATUS_ORDER } from '$lib/labels';
import type { AttainmentRow } from '$lib/charts/attainment';
import type { FollowupEntryRow, FollowupMeasureRow } from '$lib/views/uppfoljning/queries';
import { FLAG_CODES, measureFlags, type QualityFlag } from './flags';
import { matchMeasures, type MatchStrength } from './match';
import { comparePeriods, orderedPeriods } from './periods';
import { countedStatus, countedStatusText, type CountedStatus } from '../attainment';

export type MeasureChange = 'kvar' | 'ny' | 'borttagen';

export interface MeasureReport extends FollowupMeasureRow {
	/** What the measure counts as: its stated status, or 'tolkad' (views/attainment.ts). */
	counted_status: CountedStatus;
	status_label: string;
	basis_label: string;
	/** Every follow-up entry, in period order. */
	entries: FollowupEntryRow[];
	/** "2025-08-28: Påbörjad · VB: Uppnådd" (for export and print). */
	periods_text: string;
	flags: QualityFlag[];
	flags_text: string;
}

export interface AreaReport {
	area_id: string;
	area_label: string;
	measures: MeasureReport[];
}

export type StatusCounts = Record<CountedStatus, number> & { total: number };

const emptyCounts = (): StatusCounts =>
	Object.fromEntries([...STATUS_ORDER.map((s) => [s, 0]), ['total', 0]]) as StatusCounts;

export function measureReports(
	measures: FollowupMeasureRow[],
	followups: FollowupEntryRow[],
	includeInferred = false
): MeasureReport[] {
	const byMeasure = new Map<string, FollowupEntryRow[]>();
	for (const f of followups) byMeasure.set(f.measure_id, [...(byMeasure.get(f.measure_id) ?? []), f]);
	return measures.map((m) => {
		const entries = (byMeasure.get(m.measure_id) ?? []).sort(
			(a, b) => comparePeriods(a.period, b.period) || a.line_start - b.line_start
		);
		const flags = measureFlags(m, entries);
		return {
			...m,
			counted_status: countedStatus(m.status, m.status_basis, includeInferred),
			status_label: countedStatusText(m.status, m.status_basis, m.status_phrase, includeInferred),
			basis_label: label('status_basis', m.status_basis),
			entries,
			periods_text: entries
				.map(
					(f) =>
						`${label('period', f.period)}: ${countedStatusText(f.status, f.status_basis, f.status_phrase, includeInferred)}`
				)
				.join(' · '),
			flags,
			flags_text: flags.map((f) => FLAG_LABELS[f.code]).join(', ')
		};
	});
}

/** Measures grouped by area, in the order the query gave (priority_areas.sort_order). */
export function areaReports(measures: MeasureReport[]): AreaReport[] {
	const areas = new Map<string, AreaReport>();
	for (const m of measures) {
		const a = areas.get(m.area_id) ?? { area_id: m.area_id, area_label: m.area_label, measures: [] };
		a.measures.push(m);
		areas.set(m.area_id, a);
	}
	return [...areas.values()];
}

export function attainmentRows(areas: AreaReport[]): AttainmentRow[] {
	return areas.flatMap((a) =>
		STATUS_ORDER.map((status) => ({
			area: a.area_label,
			status,
			count: a.measures.filter((m) => m.counted_status === status).length
		}))
	);
}

/** One row per area plus a total row: counts of final status. */
export function areaStatusTable(areas: AreaReport[]): ({ area: string } & StatusCounts)[] {
	const rows = areas.map((a) => {
		const c = emptyCounts();
		for (const m of a.measures) {
			c[m.counted_status]++;
			c.total++;
		}
		return { area: a.area_label, ...c };
	});
	const total = emptyCounts();
	for (const r of rows) for (const k of [...STATUS_ORDER, 'total'] as const) total[k] += r[k];
	return rows.length > 1 ? [...rows, { area: 'Alla områden', ...total }] : rows;
}

/** One row per follow-up period, in year order: how many entries read as each status. */
export function periodStatusTable(
	followups: FollowupEntryRow[],
	includeInferred = false
): ({ period: string; period_label: string } & StatusCounts)[] {
	return orderedPeriods(followups.map((f) => f.period)).map((period) => {
		const c = emptyCounts();
		for (const f of followups.filter((x) => x.period === period)) {
			c[countedStatus(f.status, f.status_basis, includeInferred)]++;
			c.total++;
		}
		return { period, period_label: label('period', period), ...c };
	});
}

export interface FlagRow extends QualityFlag {
	flag_label: string;
	title: string;
	area_label: string;
	plan_id: string;
	status_label: string;
}

/** Contradictions first (they need reading), then FLAG_CODES order, then document order. */
export function flagRows(measures: MeasureReport[]): FlagRow[] {
	const rank = (c: FlagRow['code']) => (c === 'contradiction' ? -1 : FLAG_CODES.indexOf(c));
	const rows = measures.flatMap((m) =>
		m.flags.map((f) => ({
			...f,
			flag_label: FLAG_LABELS[f.code],
			title: m.title,
			area_label: m.area_label,
			plan_id: m.plan_id,
			status_label: m.status_label
		}))
	);
	return rows
		.map((r, i) => ({ r, i }))
		.sort((a, b) => rank(a.r.code) - rank(b.r.code) || a.i - b.i)
		.map((x) => x.r);
}

export interface ComparisonRow {
	change: MeasureChange;
	change_label: string;
	title: string | null;
	area_label: string | null;
	status_label: string | null;
	previous_title: string | null;
	previous_status_label: string | null;
	score: number | null;
	strength: MatchStrength | null;
	strength_label: string | null;
	current: FollowupMeasureRow | null;
	previous: FollowupMeasureRow | null;
}

/** This year beside last year: carried over, new, dropped (see match.ts). */
export function comparisonRows(current: FollowupMeasureRow[], previous: FollowupMeasureRow[]): ComparisonRow[] {
	const match = matchMeasures(current, previous);
	const strengths = new Map<FollowupMeasureRow, MatchStrength>();
	for (const x of match.carried) if (!strengths.has(x.current)) strengths.set(x.current, x.strength);
	const row = (
		change: MeasureChange,
		c: FollowupMeasureRow | null,
		p: FollowupMeasureRow | null,
		score: number | null
	) => {
		const strength = score === null || c === null ? null : (strengths.get(c) ?? null);
		return {
			change,
			change_label: MATCH_LABELS.change[change],
			title: c?.title ?? null,
			area_label: (c ?? p)?.area_label ?? null,
			status_label: c ? countedStatusText(c.status, c.status_basis, c.status_phrase) : null,
			previous_title: p?.title ?? null,
			previous_status_label: p ? countedStatusText(p.status, p.status_basis, p.status_phrase) : null,
			score,
			strength,
			strength_label: strength ? MATCH_LABELS.strength[strength] : null,
			current: c,
			previous: p
		};
	};
	const carried = new Map(match.carried.map((x) => [x.current, x]));
	return [
		...current.map((c) => {
			const pair = carried.get(c);
			return pair ? row('kvar', c, pair.previous, pair.score) : row('ny', c, null, null);
		}),
		...match.dropped.map((p) => row('borttagen', null, p, null))
	];
}

export const statusLabel = (s: string) => LABELS.status[s as CountedStatus] ?? s;
