// Filters live in the URL (names fixed in DATA_MODEL.md: district, year, area,
// status, q, plan; several values comma-separated). Read after mount, because
// a prerendered page has no query string; written with pushState so back and
// forward work, and read again on popstate.
import { pushState, replaceState } from '$app/navigation';

export const URL_PARAMS = ['district', 'year', 'area', 'status', 'q', 'plan', 'metric', 'indicator'] as const;
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

export function createUrlFilters() {
	let filters = $state<Filters>({});
	let ready = $state(false);

	const read = () => {
		filters = parseFilters(location.search);
	};

	return {
		get value() {
			return filters;
		},
		/** False until the URL has been read after mount. */
		get ready() {
			return ready;
		},
		/** Call from onMount. Returns the cleanup. */
		start() {
			read();
			ready = true;
			window.addEventListener('popstate', read);
			return () => window.removeEventListener('popstate', read);
		},
		get(name: UrlParam): string[] {
			return filters[name] ?? [];
		},
		first(name: UrlParam): string | null {
			return filters[name]?.[0] ?? null;
		},
		/** Sets one parameter; `push` adds a history entry (a filter change), else replaces. */
		set(name: UrlParam, values: string[] | string | null, push = true) {
			const list = values === null ? [] : Array.isArray(values) ? values : [values];
			filters = { ...filters, [name]: list.filter((v) => v !== '') };
			const url = `${location.pathname}${filtersToSearch(filters)}${location.hash}`;
			if (push) pushState(url, {});
			else replaceState(url, {});
		}
	};
}
