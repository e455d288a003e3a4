// Täckning's rows as the page shows them: pure shaping of the query answers,
// so the numbers on screen and in the exports are tested here, not in markup.
import { label } from '$lib/labels';
import { sharePercent } from '../metrics';
import { citationComparer, type IndicatorMeta, type IndicatorValue } from './cited-indicators';
import { citationLabel, describeVerdict } from './describe';
import { cellMeasuresPerCause, coverageState } from './matrix';
import type { CoverageCauseRow, CoverageRow } from './queries';

/** A matrix row with its derived cells: coverage state, measures per cause, unlinked measures, goal share. */
export function coverageTableRows(rows: CoverageRow[]) {
	return rows.map((r) => ({
		...r,
		state: label('coverage', coverageState(r)),
		per_cause: cellMeasuresPerCause(r),
		// Without causes in the plan "unlinked" means nothing: null, shown as "–".
		unlinked: r.plan_causes > 0 ? r.measures - r.measures_linked : null,
		goal_share: sharePercent(r.with_goal, r.measures)
	}));
}

/** The counts of the lead sentence, over the rows on screen. */
export function coverageTotals(rows: CoverageRow[]) {
	return {
		causes: rows.reduce((a, r) => a + r.causes, 0),
		without: rows.reduce((a, r) => a + r.causes_without_measure, 0),
		unknown: rows.reduce((a, r) => a + r.causes_link_unknown, 0),
		measures: rows.reduce((a, r) => a + r.measures, 0),
		plansWithCauses: new Set(rows.filter((r) => r.plan_causes > 0).map((r) => r.plan_id)).size,
		plans: new Set(rows.map((r) => r.plan_id)).size
	};
}

/** One verdict per (cause, citation): the district's series first, then the city's. */
export function citedCauses(causes: CoverageCauseRow[], indicators: IndicatorMeta[], values: IndicatorValue[]) {
	const compare = citationComparer(indicators, values);
	return causes
		.filter((c) => c.cited_sources.length > 0)
		.flatMap((c) =>
			c.cited_sources.map((raw) => {
				const v = compare(raw, c.district_id, c.text);
				return {
					...c,
					citation: citationLabel(raw),
					verdict: v,
					verdict_text: describeVerdict(v, c.district_name),
					worsened: v.worsened.length > 0 ? 'Ja' : v.level ? 'Nej' : 'Ingen jämförbar serie'
				};
			})
		);
}
