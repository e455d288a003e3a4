import { readSummariesId } from '$lib/server/summaries';

// Every prerendered page names the summaries its rows come from; the browser keeps them
// only if the database it attaches was published with the same (src/lib/db/query.svelte.ts).
export const load = () => ({ summariesId: readSummariesId() });
