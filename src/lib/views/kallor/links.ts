import { base } from '$app/paths';
import { lineHash } from '$lib/views/kallor/line-hash';

/** Link to the lines of a plan's source text. */
export const sourceHref = (plan_id: string, from: number, to: number) =>
	`${base}/kallor/${plan_id}${lineHash(from, to)}`;
// Line numbers without a thousands space: they are addresses, not quantities.
export const linesText = (from: number, to: number) => (to > from ? `rad ${from}–${to}` : `rad ${from}`);
