// Indicator tables brought by a user: CSV (`;`, `,` or tab; decimal comma;
// UTF-8 or Windows-1252) or the first sheet of an .xlsx, with one value per
// row in the shape of `indicator_values`. Column names may be the dataset's
// own (indicator_id, place_type, place_id, year, grp, value, …), their older
// names (area_type, area_id, area_name), or their Swedish words (indikator,
// områdestyp, område, år, grupp, värde, …).
// Every row becomes a value with provenance `user_import` and `source_ref`
// file:line, or an issue naming its line; nothing is filled in.
import { dsvFormat } from 'd3-dsv';
import { PLACE_TYPES, type Row } from '../../../schema/tables';
import { cleanCell } from '../tsv-rows';
import { slugify } from '../../normalise';
import type { ParsedIssue } from '../../types';

type Column =
	'indicator_id' | 'place_type' | 'place_id' | 'place_name' | 'year' | 'grp' | 'value' | 'source_ref' | 'quote';

const ALIASES: Record<Column, string[]> = {
	indicator_id: ['indicator_id', 'indikator', 'indikator_id', 'indikatorid'],
	place_type: ['place_type', 'area_type', 'platstyp', 'områdestyp', 'omradestyp', 'typ av område'],
	place_id: ['place_id', 'area_id', 'plats', 'område', 'omrade', 'område_id', 'stadsdelsområde'],
	place_name: ['place_name', 'area_name', 'platsnamn', 'områdesnamn', 'namn'],
	year: ['year', 'år', 'ar'],
	grp: ['grp', 'grupp', 'group'],
	value: ['value', 'värde', 'varde'],
	source_ref: ['source_ref', 'källa', 'kalla'],
	quote: ['quote', 'citat', 'kommentar']
};

const REQUIRED: Column[] = ['indicator_id', 'place_type', 'place_id', 'value'];

export function indicatorColumns(header: string[]): Partial<Record<Column, number>> | null {
	const cols: Partial<Record<Column, number>> = {};
	header.forEach((h, i) => {
		const key = cleanCell(h)
			.toLowerCase()
			.replace(/^\uFEFF/, '');
		for (const [col, names] of Object.entries(ALIASES) as [Column, string[]][])
			if (cols[col] === undefined && names.includes(key)) cols[col] = i;
	});
	return REQUIRED.every((c) => cols[c] !== undefined) ? cols : null;
}

/** The separator of a CSV text: the one that splits its first line into the most cells. */
export function sniffDelimiter(firstLine: string): string {
	let best = ';';
	let bestCount = -1;
	for (const d of [';', '\t', ',']) {
		const n = firstLine.split(d).length;
		if (n > bestCount) {
			best = d;
			bestCount = n;
		}
	}
	return best;
}

/** CSV text -> rows of cells with their 1-based line numbers (quoted line breaks counted). */
export function csvRows(text: string): { line: number; cells: string[] }[] {
	const first = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
	const rows = dsvFormat(sniffDelimiter(first)).parseRows(text);
	const out: { line: number; cells: string[] }[] = [];
	let line = 1;
	for (const cells of rows) {
		out.push({ line, cells });
		line += 1 + cells.reduce((a, c) => a + (c.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
	}
	return out;
}

/** "12,5" / "1 234,5" / "12.5" / "45 %" -> number; null for anything else. */
export function swedishNumber(s: string): number | null {
	let t = s.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
	if (t === '' || t === '-' || t === '..') return null;
	if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '');
	t = t.replace(',', '.');
	if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
	const v = Number(t);
	return Number.isFinite(v) ? v : null;
}

export interface IndicatorTableResult {
	values: Row<'indicator_values'>[];
	issues: ParsedIssue[];
}

export function readIndicatorTable(
	file: string,
	rows: { line: number; cells: string[]; label?: string }[],
	knownIndicators: Set<string>
): IndicatorTableResult {
	const issues: ParsedIssue[] = [];
	const values: Row<'indicator_values'>[] = [];
	const issue = (line: number, severity: ParsedIssue['severity'], code: string, message: string) =>
		issues.push({ line, line_end: line, severity, code, message });
	const headerAt = rows.findIndex((r) => indicatorColumns(r.cells) !== null);
	if (headerAt < 0) {
		issue(
			rows[0]?.line ?? 0,
			'error',
			'no_indicator_header',
			`Filen ${file} har ingen rubrikrad med kolumnerna indicator_id, place_type, place_id och value (eller indikator, områdestyp, område och värde).`
		);
		return { values, issues };
	}
	for (const r of rows.slice(0, headerAt))
		if (r.cells.some((c) => c.trim() !== ''))
			issue(r.line, 'info', 'intro_text', 'Raden står ovanför rubrikraden och lästes inte.');
	const cols = indicatorColumns(rows[headerAt].cells)!;
	issue(rows[headerAt].line, 'info', 'column_header', 'Raden är tabellens kolumnrubriker.');
	if (cols.grp === undefined)
		issue(
			rows[headerAt].line,
			'info',
			'default_group',
			'Kolumnen grp (grupp) saknas; alla värden gäller gruppen "alla".'
		);
	const unknown = new Set<string>();
	for (const r of rows.slice(headerAt + 1)) {
		const where = r.label ?? `rad ${r.line}`;
		const get = (c: Column) => (cols[c] === undefined ? '' : cleanCell(r.cells[cols[c]!] ?? ''));
		if (r.cells.every((c) => c.trim() === '')) continue;
		const indicator = slugify(get('indicator_id')).replace(/-/g, '_');
		const areaType = get('place_type').toLowerCase();
		const areaRaw = get('place_id');
		const rawValue = get('value');
		const value = swedishNumber(rawValue);
		const yearRaw = get('year');
		const year = yearRaw === '' ? null : /^\d{4}$/.test(yearRaw) ? Number(yearRaw) : NaN;
		const problems: string[] = [];
		if (!indicator) problems.push('indikator saknas');
		if (!(PLACE_TYPES as readonly string[]).includes(areaType))
			problems.push(`områdestypen "${areaType}" är inte en av ${PLACE_TYPES.join(', ')}`);
		if (!slugify(areaRaw)) problems.push('område saknas');
		if (value === null) problems.push(rawValue === '' ? 'värde saknas' : `värdet "${rawValue}" är inget tal`);
		if (Number.isNaN(year)) problems.push(`året "${yearRaw}" är inte ett årtal`);
		if (problems.length) {
			issue(
				r.line,
				'error',
				'invalid_indicator_row',
				`I ${file}, ${where}: ${problems.join('; ')}. Raden lästes inte.`
			);
			continue;
		}
		if (!knownIndicators.has(indicator) && !unknown.has(indicator)) {
			unknown.add(indicator);
			issue(
				r.line,
				'warning',
				'unknown_indicator',
				`Indikatorn ${indicator} (${where}) finns inte i Planbilds indikatortabell; värdena sparas men visas inte i Indikatorer förrän indikatorn läggs till.`
			);
		}
		const quote = get('quote');
		values.push({
			indicator_id: indicator,
			place_type: areaType as Row<'indicator_values'>['place_type'],
			place_id: slugify(areaRaw),
			place_name: get('place_name') || (slugify(areaRaw) !== areaRaw ? areaRaw : null),
			year: year as number | null,
			grp: slugify(get('grp')).replace(/-/g, '_') || 'alla',
			value: value!,
			provenance: 'user_import',
			source_ref: `${file}:${r.line}`,
			quote: quote || r.cells.map((c) => cleanCell(c)).join(' ; '),
			plan_id: null,
			source_file: file,
			line_start: r.line,
			line_end: r.line
		});
	}
	if (values.length === 0)
		issue(
			rows[headerAt].line,
			'error',
			'no_indicator_values',
			`Filen ${file} har rubrikraden men inga läsbara värden.`
		);
	return { values, issues };
}
