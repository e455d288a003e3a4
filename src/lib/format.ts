// Swedish formats: decimal comma, space as thousands separator, å/ä/ö order.
const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const decimal1 = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const decimalAny = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

// Intl uses U+2212 for minus and U+00A0 for grouping; both read well, and
// the no-break space keeps "1 000" on one line.
// Counts repeat (tables are full of small integers): format each one once.
const smallInts = new Map<number, string>();
export const formatInt = (n: number | null | undefined): string => {
	if (n === null || n === undefined) return '–';
	if (!Number.isInteger(n) || n < -1000 || n > 100_000) return integer.format(n);
	let s = smallInts.get(n);
	if (s === undefined) {
		s = integer.format(n);
		smallInts.set(n, s);
	}
	return s;
};
const decimals = new Map<number, Intl.NumberFormat>([[1, decimal1]]);
const decimalFormat = (digits: number) => {
	let f = decimals.get(digits);
	if (!f) {
		f = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
		decimals.set(digits, f);
	}
	return f;
};
export const formatDecimal = (n: number | null | undefined, digits = 1): string =>
	n === null || n === undefined || !Number.isFinite(n) ? '–' : decimalFormat(digits).format(n);
export const formatNumber = (n: number | null | undefined): string =>
	n === null || n === undefined ? '–' : decimalAny.format(n);

/** A share as "42 %" (never rounded to hide a zero: 0 of 5 is "0 %", 0 of 0 is "–"). */
export function formatShare(part: number, whole: number): string {
	if (!whole) return '–';
	return `${integer.format(Math.round((100 * part) / whole))} %`;
}

const longDate = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2025-08-28` -> "28 augusti 2025"; anything that is not an ISO date is returned as it is. */
export function formatIsoDate(iso: string): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
	const d = new Date(`${iso}T00:00:00Z`);
	return Number.isNaN(d.getTime()) ? iso : longDate.format(d);
}

export const collator = new Intl.Collator('sv-SE', { sensitivity: 'base', numeric: true });
export const compareSv = (a: string | null | undefined, b: string | null | undefined) =>
	collator.compare(a ?? '', b ?? '');
