// Filters live in the URL (names fixed in DATA_MODEL.md: district, year, area,
// status, q, plan; several values comma-separated). Read after mount, because
// a prerendered page has no query string; written with pushState so back and
// forward work, and read again on popstate.
import { pushState, replaceState } from '$app/navigation';
import { filtersToSearch, parseFilters, type Filters, type UrlParam } from './url-filters';

export { filtersToSearch, parseFilters, URL_PARAMS, type Filters, type UrlParam } from './url-filters';

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
		/** Replaces every parameter at once (e.g. "clear all filters") as one history entry. */
		setAll(next: Filters, push = true) {
			filters = { ...next };
			const url = `${location.pathname}${filtersToSearch(filters)}${location.hash}`;
			if (push) pushState(url, {});
			else replaceState(url, {});
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
