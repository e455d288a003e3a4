// A number cell as Excel shows it in a Swedish locale: through the cell's
// number format (built-in id or the workbook's own code). Dates become
// yyyy-mm-dd for Excel's short date (id 14) and follow the code otherwise,
// percentages get " %", fractions stay fractions ("1/3"), "General" shows at
// most ten significant digits, and decimals use a comma, thousands a space.
// Both date systems: 1900 (with Lotus's phantom 29 February) and 1904.

/** Excel's built-in formats that a workbook may use without writing their code. */
const BUILTIN: Record<number, string> = {
	0: 'General',
	1: '0',
	2: '0.00',
	3: '#,##0',
	4: '#,##0.00',
	9: '0%',
	10: '0.00%',
	11: '0.00E+00',
	12: '# ?/?',
	13: '# ??/??',
	14: 'yyyy-mm-dd',
	15: 'd-mmm-yy',
	16: 'd-mmm',
	17: 'mmm-yy',
	18: 'h:mm AM/PM',
	19: 'h:mm:ss AM/PM',
	20: 'hh:mm',
	21: 'hh:mm:ss',
	22: 'yyyy-mm-dd hh:mm',
	37: '#,##0 ;(#,##0)',
	38: '#,##0 ;(#,##0)',
	39: '#,##0.00;(#,##0.00)',
	40: '#,##0.00;(#,##0.00)',
	45: 'mm:ss',
	46: '[h]:mm:ss',
	47: 'mm:ss.0',
	48: '##0.0E+0',
	49: '@'
};

const MONTHS = [
	'januari',
	'februari',
	'mars',
	'april',
	'maj',
	'juni',
	'juli',
	'augusti',
	'september',
	'oktober',
	'november',
	'december'
];

export function formatCode(numFmtId: number, custom: Map<number, string>): string {
	return custom.get(numFmtId) ?? BUILTIN[numFmtId] ?? (numFmtId >= 27 && numFmtId <= 36 ? 'yyyy-mm-dd' : 'General');
}

/** The code without literals, colours, locales and padding: what tells a date from a number. */
function bare(section: string): string {
	return section
		.replace(/"[^"]*"/g, '')
		.replace(/\\./g, '')
		.replace(/\[[^\]]*\]/g, '')
		.replace(/[_*]./g, '');
}

export const isDateFormat = (code: string) => /[ymdhs]/i.test(bare(code.split(';')[0])) && !/^general$/i.test(code);

/** Serial day number -> UTC date parts. */
export function serialToDate(serial: number, date1904: boolean): Date {
	let days = Math.floor(serial);
	const secs = Math.round((serial - days) * 86400);
	if (date1904) days += 1462;
	else if (days < 60) days += 1; // Excel's 1900 system counts a 29 February 1900 that never was
	return new Date(Date.UTC(1899, 11, 30) + days * 86400000 + secs * 1000);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function formatDate(code: string, d: Date): string {
	const hasAmPm = /AM\/PM/i.test(code);
	let out = '';
	const src = code.replace(/\[[^\]]*\]/g, '');
	// "m" after "h" or before "s" is minutes; otherwise it is the month.
	const tokens = src.match(/"[^"]*"|\\.|y+|m+|d+|h+|s+(?:\.0+)?|AM\/PM|./gi) ?? [];
	tokens.forEach((t, i) => {
		const low = t.toLowerCase();
		const prev =
			tokens
				.slice(0, i)
				.reverse()
				.find((x) => /^[a-z]/i.test(x) && !/^am/i.test(x))
				?.toLowerCase() ?? '';
		const next =
			tokens
				.slice(i + 1)
				.find((x) => /^[a-z]/i.test(x))
				?.toLowerCase() ?? '';
		if (t.startsWith('"')) out += t.slice(1, -1);
		else if (t.startsWith('\\')) out += t.slice(1);
		else if (low[0] === 'y') out += low.length <= 2 ? pad(d.getUTCFullYear() % 100) : String(d.getUTCFullYear());
		else if (low[0] === 'm' && (prev.startsWith('h') || next.startsWith('s')) && low.length <= 2)
			out += low.length === 2 ? pad(d.getUTCMinutes()) : String(d.getUTCMinutes());
		else if (low[0] === 'm') {
			const m = d.getUTCMonth();
			out +=
				low.length === 1
					? String(m + 1)
					: low.length === 2
						? pad(m + 1)
						: low.length === 3
							? MONTHS[m].slice(0, 3)
							: low.length === 5
								? MONTHS[m][0]
								: MONTHS[m];
		} else if (low[0] === 'd') {
			const day = d.getUTCDate();
			const wd = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'][d.getUTCDay()];
			out += low.length === 1 ? String(day) : low.length === 2 ? pad(day) : low.length === 3 ? wd.slice(0, 3) : wd;
		} else if (low[0] === 'h') {
			const h = hasAmPm ? d.getUTCHours() % 12 || 12 : d.getUTCHours();
			out += low.length >= 2 ? pad(h) : String(h);
		} else if (low[0] === 's') out += pad(d.getUTCSeconds());
		else if (low === 'am/pm') out += d.getUTCHours() < 12 ? 'fm' : 'em';
		else out += t;
	});
	return out;
}

const sv = (n: number, decimals: number, group: boolean) =>
	n
		.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: group })
		.replace(/,/g, ' ')
		.replace('.', ',');

/** Best fraction with a denominator of at most `maxDen` digits-worth (or exactly `fixed`). */
function fraction(x: number, maxDen: number, fixed: number | null): [number, number] {
	if (fixed) return [Math.round(x * fixed), fixed];
	let best: [number, number] = [Math.round(x), 1];
	for (let den = 1; den <= maxDen; den++) {
		const num = Math.round(x * den);
		if (Math.abs(num / den - x) < Math.abs(best[0] / best[1] - x) - 1e-12) best = [num, den];
	}
	return best;
}

function formatNumber(section: string, v: number): string {
	const code = bare(section);
	const literal = (s: string) =>
		s
			.replace(/"([^"]*)"/g, '$1')
			.replace(/\\(.)/g, '$1')
			.replace(/_./g, ' ')
			.replace(/\*./g, '')
			.replace(/\[[^\]]*\]/g, '');
	const percent = code.includes('%');
	const x = percent ? v * 100 : v;
	const frac = /(#|0)?[ ]*(\?+|#+|0+)\/(\?+|\d+)/.exec(code);
	let body: string;
	if (frac) {
		const fixed = /^\d+$/.test(frac[3]) ? Number(frac[3]) : null;
		const maxDen = 10 ** frac[3].length - 1;
		const whole = frac[1] ? Math.trunc(Math.abs(x)) : 0;
		const [num, den] = fraction(Math.abs(x) - whole, maxDen, fixed);
		const sign = x < 0 ? '-' : '';
		if (num === 0) body = `${sign}${whole}`;
		else if (num === den) body = `${sign}${whole + 1}`;
		else body = `${sign}${whole ? `${whole} ` : ''}${num}/${den}`;
	} else if (/E\+/i.test(code)) {
		const decimals = (/\.(0+)E/i.exec(code)?.[1] ?? '').length;
		body = x
			.toExponential(decimals)
			.toUpperCase()
			.replace('.', ',')
			.replace(/E([+-])(\d)$/, 'E$10$2');
	} else {
		const decimals = (/\.([0#?]+)/.exec(code)?.[1] ?? '').length;
		body = sv(x, decimals, code.includes(','));
	}
	const before = literal(section.split(/[#0?]/)[0] ?? '').replace('%', '');
	const afterMatch = frac ? /\/(?:\?+|\d+)(.*)$/.exec(section) : /[#0?](?!.*[#0?])(.*)$/.exec(section);
	const after = literal(afterMatch?.[1] ?? '');
	return `${before}${body}${percent ? ` %${after.replace(/\s*%/, '')}` : after}`.trim();
}

/** General: at most ten significant digits, as a Swedish Excel shows a number in a normal-width column. */
function general(v: number): string {
	if (Number.isInteger(v) && Math.abs(v) < 1e11) return String(v);
	return String(Number(v.toPrecision(10))).replace('.', ',');
}

/** The text Excel shows for number `v` under format `code`. */
export function formatCell(v: number, code: string, date1904 = false): string {
	if (!Number.isFinite(v)) return String(v);
	const sections = code.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
	let section = sections[0];
	let value = v;
	if (sections.length > 1 && v < 0) {
		section = sections[1];
		value = -v;
	} else if (sections.length > 2 && v === 0) section = sections[2];
	if (/^general$/i.test(section.trim()) || section.trim() === '') return general(v);
	if (section.trim() === '@') return general(v);
	if (isDateFormat(section)) {
		if (v < 0 || v > 2958465) return general(v);
		return formatDate(section, serialToDate(v, date1904));
	}
	return formatNumber(section, value);
}
