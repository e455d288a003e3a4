// Every link to a plan's source text, built here. A published plan has a
// prerendered page, /kallor/<plan_id>; an imported plan has none and is read
// at /kallor?plan=<plan_id> (a /kallor/<plan_id> link to one still arrives
// there, through the 404 page). A line range becomes #L120-L134.
import { base } from '$app/paths';
import { lineHash } from './line-hash';

/** Link to a plan's source text, at lines `from`–`to` when given. */
export function sourceHref(plan_id: string, from?: number | null, to?: number | null, imported = false): string {
	const hash = from ? lineHash(from, to ?? from) : '';
	return imported ? `${base}/kallor?plan=${encodeURIComponent(plan_id)}${hash}` : `${base}/kallor/${plan_id}${hash}`;
}

/** Link to a record's lines: anything with plan_id, line_start and line_end. */
export const recordHref = (r: { plan_id: string; line_start: number | null; line_end?: number | null }) =>
	sourceHref(r.plan_id, r.line_start, r.line_end);

/** Link to a plan as a whole, by the way it was read (published or imported). */
export const planHref = (p: { plan_id: string; provenance?: string | null }) =>
	sourceHref(p.plan_id, null, null, p.provenance === 'user_import');

/** The list of every source. */
export const sourcesHref = () => `${base}/kallor`;

// Line numbers without a thousands space: they are addresses, not quantities.
export const linesText = (from: number, to: number) => (to > from ? `rad ${from}–${to}` : `rad ${from}`);
