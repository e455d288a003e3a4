// Layout `xlsx-template`: the city's Excel template, read from its cells.
// The workbook is first rendered to text lines (xlsx-template-render.ts:
// "Blad n: <name>", "Sammanfogade celler: …", "Rad r:<TAB>A<TAB>B…"), so a
// record's line is one row of one sheet and an issue can name its cell.
//
// The template (as Skarpnäck's and Enskede-Årsta-Vantör's plans show it):
// a front sheet with title and diary numbers; one sheet per priority area
// with the columns Prioriterat samverkansområde, Orsak, Åtgärd, (Operativa
// mål,) När, Vem, Uppföljning; under the header an area row whose other cells
// are the template's instructions; problem and cause cells merged over the
// rows of their measures; last an analysis sheet ("Sammanställning över
// prioriterade områden": area, number of problems, causes, measures).
import { normaliseForKey } from '../../normalise';
import { cleanCell, headerColumns, isAreaRow, readPreamble, splitFollowups, type ColumnMap } from '../tsv-rows';
import { readSheetBlocks, ROW_LINE, SHEET_HEADING, type SheetBlock, type SheetRow } from './render';
export { readSheetBlocks, renderWorkbook } from './render';
import { columnLetter } from '../../read';
import {
	readSafely,
	type ParsedCause,
	type ParsedDocument,
	type ParsedIssue,
	type ParsedMeasure,
	type ParsedProblem,
	type SourceDocument
} from '../../types';

const INSTRUCTION = /^(beskriv|koppla|ange|fyll i|skriv)\b/i;
const TAG = /<\/?[a-z!][^>]*>/i;

export function detectXlsxTemplate(lines: string[]): number {
	let headings = 0;
	let rows = 0;
	for (const l of lines) {
		if (SHEET_HEADING.test(l)) headings++;
		else if (ROW_LINE.test(l)) rows++;
	}
	return headings > 0 && rows > 0 ? 0.97 : 0;
}

export function parseXlsxTemplate(doc: SourceDocument): ParsedDocument {
	return readSafely('xlsx-template', 'atgardsplan', doc, read);
}

type Issue = (line: number, severity: ParsedIssue['severity'], code: string, message: string, end?: number) => void;

const cellName = (sheet: string, col: number, row: number) => `Blad "${sheet}", cell ${columnLetter(col)}${row}`;

function read(doc: SourceDocument, out: ParsedDocument): void {
	const issue: Issue = (line, severity, code, message, end = line) =>
		out.issues.push({ line, line_end: end, severity, code, message });
	const { blocks, before } = readSheetBlocks(doc.lines);
	for (const n of before)
		issue(n, 'warning', 'outside_sheet', 'Raden står före arbetsbokens första blad och lästes inte.');
	if (blocks.length === 0) {
		issue(
			1,
			'error',
			'no_sheets',
			'Arbetsboken har inga blad med innehåll; ingen åtgärdsplan kunde läsas.',
			Math.max(1, doc.lines.length)
		);
		return;
	}
	const kinds = blocks.map(classify);
	const firstArea = kinds.indexOf('area');
	if (firstArea < 0)
		issue(
			blocks[0].headingLine,
			'error',
			'no_area_sheet',
			'Inget blad har kolumnerna "Orsak" och "Åtgärd"; inga åtgärder kunde läsas. Kontrollera att filen är stadens mall för åtgärdsplan.'
		);

	// Title, year, district and parties: the text above the first area table.
	const preamble = new Array<string>(doc.lines.length).fill('');
	blocks.forEach((b, i) => {
		const upTo = i < firstArea || firstArea < 0 ? Infinity : i === firstArea ? headerIndex(b) : -1;
		b.rows.forEach((r, k) => {
			if (k < upTo && kinds[i] !== 'analysis' && !b.hidden)
				preamble[r.line - 1] = r.cells.map(cleanCell).filter(Boolean).join(' ');
		});
	});
	const pre = readPreamble(preamble, preamble.length);
	out.title = pre.title;
	out.year = pre.year;
	out.district_name = pre.district_name;
	out.police_areas = pre.police_areas;
	out.plan_lines = pre.plan_lines;
	for (const n of pre.other_lines)
		issue(n, 'info', 'intro_text', 'Raden är inledande text eller mallens instruktioner före första tabellen.');

	for (const [i, b] of blocks.entries()) {
		issue(b.headingLine, 'info', 'sheet_heading', `Bladet "${b.name}" börjar här${b.hidden ? ' (dolt blad)' : ''}.`);
		if (b.mergeLine)
			issue(
				b.mergeLine,
				'info',
				'merged_cells',
				`Bladet "${b.name}" har sammanfogade celler; en sammanfogad cell gäller för alla rader den spänner över.`
			);
		for (const n of b.stray)
			issue(n, 'warning', 'stray_line', 'Raden hör inte till någon rad i bladet och lästes inte.');
		checkCells(b, issue);
		if (b.hidden) {
			const last = b.rows[b.rows.length - 1]?.line;
			if (last)
				issue(
					b.rows[0].line,
					'info',
					'hidden_sheet',
					`Bladet "${b.name}" är dolt i arbetsboken (ofta mallens listor); det lästes inte.`,
					last
				);
			continue;
		}
		if (kinds[i] === 'area') readAreaSheet(b, i === firstArea, out, issue);
		else if (kinds[i] === 'analysis') readAnalysisSheet(b, out, issue);
		else if (i > firstArea && firstArea >= 0 && b.rows.length)
			issue(
				b.rows[0].line,
				'info',
				'other_sheet',
				`Bladet "${b.name}" har varken mallens kolumner eller analysflikens sammanställning; det lästes som text.`,
				b.rows[b.rows.length - 1].line
			);
	}
}

function classify(b: SheetBlock): 'area' | 'analysis' | 'text' {
	if (headerIndex(b) >= 0) return 'area';
	if (analysisHeader(b) >= 0) return 'analysis';
	return 'text';
}

const headerIndex = (b: SheetBlock) => b.rows.findIndex((r) => headerColumns(r.cells.join('\t')) !== null);

function analysisColumns(cells: string[]): { problems: number; causes: number; measures: number } | null {
	const low = cells.map((c) => cleanCell(c).toLowerCase());
	const problems = low.findIndex((c) => /antal problem/.test(c));
	const causes = low.findIndex((c) => /orsak/.test(c));
	const measures = low.findIndex((c) => /åtgärd/.test(c));
	return problems >= 0 && causes >= 0 && measures >= 0 ? { problems, causes, measures } : null;
}

const analysisHeader = (b: SheetBlock) => b.rows.findIndex((r) => analysisColumns(r.cells) !== null);

/** HTML and formula-like text in any cell: read as text, and said so. */
function checkCells(b: SheetBlock, issue: Issue): void {
	for (const r of b.rows)
		r.cells.forEach((raw, c) => {
			if (TAG.test(raw))
				issue(
					r.line,
					'warning',
					'html_in_cell',
					`${cellName(b.name, c, r.row)} innehåller HTML- eller skripttaggar; taggarna togs bort och bara texten lästes.`
				);
			if (/^\s*[=+@]/.test(raw) || /^\s*-\s*\p{L}+\(/u.test(raw))
				issue(
					r.line,
					'warning',
					'formula_text',
					`${cellName(b.name, c, r.row)} börjar som en formel ("${raw.trim().slice(0, 1)}…"); den lästes som vanlig text och körs aldrig.`
				);
		});
}

interface Merged {
	text: string;
	/** Row of the merge's top-left cell when this cell continues a merge from above; else null. */
	from: number | null;
}

function mergeLookup(b: SheetBlock) {
	const byRow = new Map(b.rows.map((r) => [r.row, r]));
	return (row: number, col: number | undefined): Merged => {
		if (col === undefined) return { text: '', from: null };
		const own = cleanCell(byRow.get(row)?.cells[col]);
		for (const m of b.merges) {
			if (row < m.r1 || row > m.r2 || col < m.c1 || col > m.c2 || (row === m.r1 && col === m.c1)) continue;
			// A merged range is one cell in its first column: down that column it continues the
			// record above; the columns it covers to the right hold nothing of their own.
			const text = col === m.c1 ? cleanCell(byRow.get(m.r1)?.cells[m.c1]) || own : '';
			return { text, from: row > m.r1 ? m.r1 : null };
		}
		return { text: own, from: null };
	};
}

function readAreaSheet(b: SheetBlock, isFirst: boolean, out: ParsedDocument, issue: Issue): void {
	const cell = mergeLookup(b);
	const start = headerIndex(b);
	if (!isFirst && start > 0)
		issue(
			b.rows[0].line,
			'info',
			'sheet_text',
			`Raderna står ovanför kolumnrubrikerna i bladet "${b.name}" och lästes som text.`,
			b.rows[start - 1].line
		);
	let columns: ColumnMap = {};
	let area: string | null = null;
	let expectArea = false;
	const problems = new Map<string, ParsedProblem>();
	const causes = new Map<string, ParsedCause>();
	const measureAt = new Map<number, ParsedMeasure>();
	let prev: { problem: ParsedProblem | null; cause: ParsedCause | null; line: number } = {
		problem: null,
		cause: null,
		line: -1
	};

	for (const r of b.rows.slice(start)) {
		const n = r.line;
		const header = headerColumns(r.cells.join('\t'));
		if (header) {
			columns = header.columns;
			expectArea = true;
			prev = { problem: null, cause: null, line: -1 };
			issue(n, 'info', 'column_header', `Raden är kolumnrubrikerna i bladet "${b.name}" (mallens text).`);
			continue;
		}
		const problemCol = columns.problem ?? 0;
		if (expectArea) {
			expectArea = false;
			if (isAreaRow(r.cells, problemCol)) {
				area = cleanCell(r.cells[problemCol]);
				issue(
					n,
					'info',
					'template_text',
					`Raden är områdesraden "${area}"; övriga celler är mallens instruktioner och lästes inte som data.`
				);
				continue;
			}
			if (area === null) {
				area = b.name;
				issue(
					n,
					'warning',
					'area_from_sheet_name',
					`Under kolumnrubrikerna i bladet "${b.name}" väntades en rad med det prioriterade samverkansområdet; bladets namn används som område.`
				);
			}
		}
		const filled = r.cells.map(cleanCell).filter(Boolean);
		if (filled.length === 0) continue;
		if (filled.every((c) => INSTRUCTION.test(c))) {
			issue(n, 'info', 'template_text', 'Raden är mallens instruktionstext och lästes inte som data.');
			continue;
		}
		const areaLabel = area ?? b.name;
		const get = (name: keyof ColumnMap) => cell(r.row, columns[name]);
		const p = get('problem');
		const c = get('orsak');
		const m = get('atgard');

		// Problem: a merged cell continues its record; an empty, unmerged cell means "same as above" as in tsv-rows.
		let problem: ParsedProblem | null = null;
		let problemFromAbove = false;
		if (p.from !== null) {
			problem = problems.get(`row${p.from}`) ?? prev.problem;
			problemFromAbove = true;
		} else if (p.text) {
			const key = normaliseForKey(p.text);
			problem = problems.get(key) ?? null;
			if (!problem) {
				problem = {
					key: `s${b.headingLine}p${out.problems.length + 1}`,
					area_label_raw: areaLabel,
					label: p.text,
					line_start: n,
					line_end: n
				};
				out.problems.push(problem);
				problems.set(key, problem);
			}
			problems.set(`row${r.row}`, problem);
		} else if (prev.problem) {
			problem = prev.problem;
			problemFromAbove = true;
		} else if (m.text)
			issue(
				n,
				'warning',
				'missing_problem',
				`${cellName(b.name, problemCol, r.row)} (Prioriterat samverkansområde) är tom och inget problem står ovanför; raden lästes utan problemområde.`
			);
		if (problem && prev.problem === problem && prev.line >= 0) problem.line_end = n;

		// Cause: merged continues; empty under a problem from above means the same cause (tsv-rows' rule).
		let cause: ParsedCause | null = null;
		if (c.from !== null) cause = causes.get(`row${c.from}`) ?? prev.cause;
		else if (c.text) {
			const key = `${problem?.key ?? ''}|${normaliseForKey(c.text)}`;
			cause = causes.get(key) ?? null;
			if (!cause) {
				cause = {
					key: `s${b.headingLine}c${out.causes.length + 1}`,
					area_label_raw: areaLabel,
					problem_key: problem?.key ?? null,
					text: c.text,
					line_start: n,
					line_end: n
				};
				out.causes.push(cause);
				causes.set(key, cause);
			}
			causes.set(`row${r.row}`, cause);
		} else if (problemFromAbove && prev.cause) cause = prev.cause;
		else if (m.text && columns.orsak !== undefined)
			issue(
				n,
				'warning',
				'no_cause',
				`${cellName(b.name, columns.orsak, r.row)} (Orsak) är tom på en rad med eget problemområde; åtgärden kopplades inte till någon orsak.`
			);
		if (cause && prev.cause === cause && prev.line >= 0) cause.line_end = n;

		if (m.from !== null && measureAt.has(m.from)) {
			// One measure merged over several rows: it answers each row's cause.
			const measure = measureAt.get(m.from)!;
			if (cause && !measure.cause_keys.includes(cause.key)) measure.cause_keys.push(cause.key);
			measure.line_end = n;
			const f = get('uppfoljning');
			if (f.from === null) pushFollowups(out, measure.key, f.text, n);
		} else if (m.text) {
			const measure: ParsedMeasure = {
				key: `s${b.headingLine}m${r.row}`,
				area_label_raw: areaLabel,
				problem_key: problem?.key ?? null,
				cause_keys: cause ? [cause.key] : [],
				title: m.text,
				description: get('beskrivning').text || m.text,
				operative_goal: get('operativt_mal').text || null,
				timing_text: get('nar').text || null,
				responsible: get('vem').text || null,
				with_police: null,
				line_start: n,
				line_end: n
			};
			out.measures.push(measure);
			measureAt.set(r.row, measure);
			pushFollowups(out, measure.key, get('uppfoljning').text, n);
		} else
			issue(
				n,
				'warning',
				'no_measure',
				`${cellName(b.name, columns.atgard ?? 0, r.row)} (Åtgärd) är tom; raden gav ingen åtgärd${get('uppfoljning').text ? ' och dess uppföljning lästes inte' : ''}.`
			);
		prev = { problem, cause, line: n };
	}
}

function pushFollowups(out: ParsedDocument, measure_key: string, text: string, n: number): void {
	for (const f of splitFollowups(text))
		out.followups.push({ measure_key, period: f.period, text: f.text, line_start: n, line_end: n });
}

const toCount = (s: string): number | null => {
	const t = cleanCell(s).replace(/\s/g, '').replace(',', '.');
	if (t === '') return null;
	const v = Number(t);
	return Number.isInteger(v) && v >= 0 ? v : null;
};

function readAnalysisSheet(b: SheetBlock, out: ParsedDocument, issue: Issue): void {
	const h = analysisHeader(b);
	const cols = analysisColumns(b.rows[h].cells)!;
	if (h > 0)
		issue(
			b.rows[0].line,
			'info',
			'analysis_heading',
			`Analysfliken "${b.name}": rubrik ovanför sammanställningen.`,
			b.rows[h - 1].line
		);
	issue(b.rows[h].line, 'info', 'column_header', `Raden är sammanställningens kolumnrubriker i bladet "${b.name}".`);
	for (const r of b.rows.slice(h + 1)) {
		const label = cleanCell(r.cells.find((c, i) => cleanCell(c) !== '' && i < cols.problems) ?? '');
		const counts = {
			problems: toCount(r.cells[cols.problems] ?? ''),
			causes: toCount(r.cells[cols.causes] ?? ''),
			measures: toCount(r.cells[cols.measures] ?? '')
		};
		if (label && (counts.problems !== null || counts.causes !== null || counts.measures !== null))
			out.stated_counts.push({ area_label_raw: label, ...counts, line: r.line });
		else
			issue(
				r.line,
				'warning',
				'analysis_row',
				`Rad ${r.row} i analysfliken "${b.name}" har inget område med antal problem, orsaker och åtgärder och lästes inte.`
			);
	}
}

export type { SheetRow };
