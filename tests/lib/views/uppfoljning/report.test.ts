// Uppföljning's status table columns.
import { describe, expect, it } from 'vitest';
import { STATUS_ORDER } from '$lib/labels';
import { PERIOD_STATUSES, statusColumns } from '$lib/views/uppfoljning';

describe('statusColumns', () => {
	it('one column per status in STATUS_ORDER with its symbol, then the total; occasions have no "saknas"', () => {
		const cols = statusColumns({ key: 'area', label: 'Område' });
		expect(cols.map((c) => c.key)).toEqual(['area', ...STATUS_ORDER, 'total']);
		expect(cols[1].label).toBe('● Uppnådd');
		expect(
			statusColumns({ key: 'period_label', label: 'Uppföljning' }, PERIOD_STATUSES).map((c) => c.key)
		).not.toContain('saknas');
	});
});
