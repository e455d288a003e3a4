// Uppföljning's status tables: a first column (area or follow-up occasion),
// one column per status in STATUS_ORDER with its symbol, and the total.
import { LABELS, STATUS_ORDER, STATUS_SYMBOL } from '$lib/labels';
import type { ViewColumn } from '../columns';

export function statusColumns(
	first: { key: string; label: string },
	statuses: readonly string[] = STATUS_ORDER
): ViewColumn[] {
	return [
		first,
		...STATUS_ORDER.filter((s) => statuses.includes(s)).map((s) => ({
			key: s,
			label: `${STATUS_SYMBOL[s]} ${LABELS.status[s]}`,
			kind: 'number' as const
		})),
		{ key: 'total', label: LABELS.column.total, kind: 'number' as const }
	];
}

/** The occasions table has no "saknas" column: an occasion is a follow-up that exists. */
export const PERIOD_STATUSES = STATUS_ORDER.filter((s) => s !== 'saknas');
