import { readSummary } from '$lib/server/summaries';
import type { DistrictValue } from '$lib/views/indikatorer';
import type { CitingMeasureRow, DistrictRow, IndicatorListRow, IndicatorValueRow } from '$lib/views/indikatorer';

export const load = () => {
	const list = readSummary<IndicatorListRow>('indicator_list');
	// The default indicator is the one with most district values (the list's order).
	const first = list[0];
	return {
		list,
		defaultIndicator: first?.indicator_id ?? null,
		values: readSummary<IndicatorValueRow>('indicator_values'),
		citing: readSummary<CitingMeasureRow>('citing_measures'),
		similarity: readSummary<DistrictValue>('similarity_values'),
		districts: readSummary<DistrictRow>('districts')
	};
};
