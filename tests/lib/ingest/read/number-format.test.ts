// Number cells as a Swedish Excel shows them; expected texts written by hand
// from what Excel displays for each format.
import { describe, expect, it } from 'vitest';
import { formatCell, formatCode, isDateFormat, serialToDate } from '$lib/ingest/read/number-format';

describe('formatCell', () => {
	it('dates in both date systems', () => {
		expect(formatCell(46266, formatCode(14, new Map()))).toBe('2026-09-01');
		expect(formatCell(46266 - 1462, 'yyyy-mm-dd', true)).toBe('2026-09-01');
		expect(formatCell(46266, 'd mmmm yyyy')).toBe('1 september 2026');
		expect(formatCell(46266, 'dd/mm/yyyy')).toBe('01/09/2026');
		expect(formatCell(46266, '[$-41D]d mmm yy;@')).toBe('1 sep 26');
		expect(formatCell(46266.5, 'yyyy-mm-dd hh:mm')).toBe('2026-09-01 12:00');
		expect(formatCell(0.75, 'hh:mm')).toBe('18:00');
		// Excel's phantom 1900-02-29 is serial 60; 61 is 1 March 1900.
		expect(serialToDate(61, false).toISOString().slice(0, 10)).toBe('1900-03-01');
		expect(serialToDate(1, false).toISOString().slice(0, 10)).toBe('1900-01-01');
		expect(serialToDate(0, true).toISOString().slice(0, 10)).toBe('1904-01-01');
	});

	it('percentages, fractions and plain numbers', () => {
		expect(formatCell(0.25, '0%')).toBe('25 %');
		expect(formatCell(0.125, '0.0%')).toBe('12,5 %');
		expect(formatCell(1 / 3, '# ?/?')).toBe('1/3');
		expect(formatCell(4 / 3, '# ?/?')).toBe('1 1/3');
		expect(formatCell(0.3125, '# ??/??')).toBe('5/16');
		expect(formatCell(0.5, '# ?/4')).toBe('2/4');
		expect(formatCell(1 / 3, 'General')).toBe('0,3333333333');
		expect(formatCell(2.5, 'General')).toBe('2,5');
		expect(formatCell(12, 'General')).toBe('12');
		expect(formatCell(1234567.891, '#,##0.00')).toBe('1 234 567,89');
		expect(formatCell(3.5, '0.00')).toBe('3,50');
		expect(formatCell(-3, '#,##0;[Red]-#,##0')).toBe('-3');
		expect(formatCell(42, '0 "st"')).toBe('42 st');
		expect(formatCell(1500, '#,##0 "kr"')).toBe('1 500 kr');
	});

	it('tells date formats from number formats', () => {
		expect(isDateFormat('yyyy-mm-dd')).toBe(true);
		expect(isDateFormat('[Red]0.00')).toBe(false);
		expect(isDateFormat('0 "dagar"')).toBe(false);
		expect(isDateFormat('General')).toBe(false);
	});
});
