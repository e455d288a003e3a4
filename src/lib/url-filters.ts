// URL parameters <-> filters: pure, so the pipeline's tests and the browser share them.
// `cell` (<plan_id>:<area_id>) is the open cell in Jämför stadsdelar.
// `police` (ja/nej) filters on police involvement; `measure` names the measures whose detail is open (Åtgärder).
// `tolkad` (1) counts statuses read from activity words as their status (views/attainment.ts).
// `group` (district | area) groups Åtgärder's results per district or priority area.
export const URL_PARAMS = [
	'district',
	'year',
	'area',
	'status',
	'q',
	'plan',
	'metric',
	'indicator',
	'police',
	'measure',
	'cell',
	'tolkad',
	'group'
] as const;
export type UrlParam = (typeof URL_PARAMS)[number];
export type Filters = Partial<Record<UrlParam, string[]>>;

/** `?district=a,b&year=2025` -> { district: ['a','b'], year: ['2025'] } (only known names). */
export function parseFilters(search: string): Filters {
	const params = new URLSearchParams(search);
	const out: Filters = {};
	for (const name of URL_PARAMS) {
		const raw = params.get(name);
		if (raw === null || raw.trim() === '') continue;
		out[name] =
			name === 'q'
				? [raw]
				: raw
						.split(',')
						.map((v) => v.trim())
						.filter(Boolean);
	}
	return out;
}

/** The inverse of parseFilters, in a stable order so equal filters give equal links. */
export function filtersToSearch(filters: Filters): string {
	const params = new URLSearchParams();
	for (const name of URL_PARAMS) {
		const values = filters[name];
		if (values && values.length) params.set(name, values.join(','));
	}
	const s = params.toString().replace(/%2C/g, ',');
	return s ? `?${s}` : '';
}
