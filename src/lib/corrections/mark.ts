import type { Correction } from './schema';

/** A row a correction changed or made carries the correction's id and reason (published columns). */
export const mark = <T extends object>(row: T, c: Correction): T => ({
	...row,
	correction_id: c.correction_id,
	correction_reason: c.reason
});
