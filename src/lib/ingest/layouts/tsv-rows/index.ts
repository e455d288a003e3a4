// Layout `tsv-rows`: a tab-separated export of the city's Excel template
// (seed: data/raw/skarpnack-atgardsplan-2024.txt, Skarpnäck Åtgärdsplan 2024).
//
// Per priority area: a column-header row (Prioriterat samverkansområde, Orsak,
// Åtgärd, När, Vem, Uppföljning), then an area row (area label + the template's
// instructions), then data rows: problem, cause, measure, timing, responsible,
// follow-up. Empty problem and cause cells are Excel's merged cells ("same as
// above"); they carry across blank lines within the area.
import { isBlank, normaliseForKey } from '../../normalise';
import { cleanCell, headerColumns, isAreaRow, readPreamble, splitFollowups, type ColumnMap } from './cells';
// The template's cell helpers, shared with the xlsx-template and indicator-table readers.
export { cleanCell, headerColumns, isAreaRow, readPreamble, splitFollowups, type ColumnMap } from './cells';
import {
	type ParsedCause,
	type ParsedDocument,
	type ParsedIssue,
	type ParsedProblem,
	type SourceDocument,
	readSafely
} from '../../types';

/** A record's line range grows while consecutive data rows point at it; a later
 * re-occurrence (Skarpnäck line 40 repeats the problem of lines 34-36) links to
 * it but does not stretch its range over the rows in between. */
interface Tracked<T> {
	record: T;
	open: boolean;
}

interface Carry {
	problem: Tracked<ParsedProblem> | null;
	cause: Tracked<ParsedCause> | null;
}

const COLUMN_LABEL: Record<string, string> = {
	problem: 'Prioriterat samverkansområde',
	orsak: 'Orsak',
	atgard: 'Åtgärd'
};

export function parseTsvRows(doc: SourceDocument): ParsedDocument {
	return readSafely('tsv-rows', 'atgardsplan', doc, read);
}

function read(doc: SourceDocument, out: ParsedDocument): void {
	const lines = doc.lines;
	const issue = (line: number, line_end: number, severity: ParsedIssue['severity'], code: string, message: string) =>
		out.issues.push({ line, line_end, severity, code, message });

	if (lines.every((l) => isBlank(l))) {
		issue(
			1,
			Math.max(1, lines.length),
			'error',
			'empty',
			'Filen innehåller ingen text; ingen åtgärdsplan kunde läsas.'
		);
		return;
	}
	const firstHeader = lines.findIndex((l) => headerColumns(l) !== null);
	const pre = readPreamble(lines, firstHeader < 0 ? lines.length : firstHeader);
	out.title = pre.title;
	out.year = pre.year;
	out.district_name = pre.district_name;
	out.police_areas = pre.police_areas;
	out.plan_lines = pre.plan_lines;
	for (const n of pre.other_lines)
		issue(
			n,
			n,
			'info',
			'intro_text',
			'Raden står före första tabellen och är inte rubrik, part eller diarienummer; den lästes som inledande text.'
		);
	if (firstHeader < 0) {
		issue(
			1,
			lines.length,
			'error',
			'no_header',
			'Ingen rubrikrad med kolumnerna "Orsak" och "Åtgärd" hittades; inga åtgärder kunde läsas. Kontrollera att filen är en tabbseparerad export av åtgärdsplanen.'
		);
		return;
	}
	const lastNonBlank = lines.reduce((acc, l, i) => (isBlank(l) ? acc : i + 1), 0);

	let columns: ColumnMap = {};
	let width = 0;
	let area: string | null = null;
	let areaIndex = -1;
	let expectAreaRow = false;
	let carry: Carry = { problem: null, cause: null };
	const problems = new Map<string, Tracked<ParsedProblem>>();
	const causes = new Map<string, Tracked<ParsedCause>>();

	for (let i = firstHeader; i < lines.length; i++) {
		const raw = lines[i];
		const n = i + 1;
		if (isBlank(raw)) continue;
		const header = headerColumns(raw);
		if (header) {
			columns = header.columns;
			width = header.width;
			expectAreaRow = true;
			carry = { problem: null, cause: null };
			issue(n, n, 'info', 'column_header', 'Raden är tabellens kolumnrubriker (mallens text).');
			continue;
		}
		if (!raw.includes('\t')) {
			issue(
				n,
				n,
				'warning',
				'no_cells',
				`Raden har inga tabbtecken men rubrikraden har ${width} kolumner; den lästes inte som tabellrad. Kontrollera om filen är avklippt eller om en cell har brutits över flera rader.`
			);
			continue;
		}
		const cells = raw.split('\t');
		const problemCol = columns.problem ?? 0;
		if (expectAreaRow) {
			expectAreaRow = false;
			if (isAreaRow(cells, problemCol)) {
				area = cleanCell(cells[problemCol]);
				areaIndex++;
				issue(
					n,
					n,
					'info',
					'template_text',
					`Raden är områdesraden "${area}"; övriga celler är mallens instruktioner och lästes inte som data.`
				);
				continue;
			}
			if (area === null) {
				areaIndex++;
				issue(
					n,
					n,
					'warning',
					'missing_area',
					'Efter kolumnrubrikerna väntades en rad med det prioriterade samverkansområdet och mallens instruktioner, men raden innehåller data. Raden lästes som data utan område; lägg till områdesraden i källan.'
				);
			}
		}
		if (cells.length !== width) {
			const truncated = n === lastNonBlank && cells.length < width;
			const tail =
				cells.length < width
					? 'cellerna lästes från vänster och de saknade lämnades tomma.'
					: `cellerna lästes från vänster och de ${cells.length - width} överskjutande lades till sista kolumnen.`;
			issue(
				n,
				n,
				'warning',
				truncated ? 'truncated_row' : 'cell_count',
				truncated
					? `Sista raden har ${cells.length} celler men rubrikraden har ${width}; filen verkar vara avklippt mitt i en rad. ${tail[0].toUpperCase()}${tail.slice(1)} Kontrollera originalet.`
					: `Raden har ${cells.length} celler men rubrikraden har ${width}; ${tail} Kontrollera raden i källan.`
			);
		}
		const fixed = cells.slice(0, width);
		if (cells.length > width) fixed[width - 1] = cells.slice(width - 1).join(' ');
		const get = (name: keyof ColumnMap): string => {
			const idx = columns[name];
			return idx === undefined ? '' : cleanCell(fixed[idx]);
		};
		const areaLabel = area ?? '';
		const problemCell = get('problem');
		const causeCell = get('orsak');
		const measureCell = get('atgard');

		// Problem: the row's own label, else "same as above".
		let problem: Tracked<ParsedProblem> | null = null;
		let problemCarried = false;
		if (problemCell) {
			const key = `${areaIndex}|${normaliseForKey(problemCell)}`;
			problem = problems.get(key) ?? null;
			if (!problem) {
				problem = {
					record: {
						key: `p${problems.size + 1}`,
						area_label_raw: areaLabel,
						label: problemCell,
						line_start: n,
						line_end: n
					},
					open: true
				};
				problems.set(key, problem);
				out.problems.push(problem.record);
			}
		} else if (carry.problem) {
			problem = carry.problem;
			problemCarried = true;
		} else if (measureCell || causeCell) {
			issue(
				n,
				n,
				'warning',
				'missing_problem',
				`Cellen "${COLUMN_LABEL.problem}" är tom och det finns ingen rad ovanför i området att ärva från; raden lästes utan problemområde.`
			);
		}

		// Cause. An empty Orsak cell is read as "same cause as above" only when the
		// problem cell is empty too (both cells merged in Excel): Skarpnäck lines
		// 27-28 (SSPF individ, Socialsekreterare hos polis) under line 26's "Unga är
		// mer utsatta i skolan", and lines 63-64 (orosanmälningar i förskola,
		// Barnhälsoteam) under line 62's "bevitnat våld under uppväxten". A row that
		// names its own problem but leaves Orsak empty answers no cause.
		let cause: Tracked<ParsedCause> | null = null;
		if (causeCell) {
			const problemKey = problem?.record.key ?? null;
			const key = `${areaIndex}|${problemKey}|${normaliseForKey(causeCell)}`;
			cause = causes.get(key) ?? null;
			if (!cause) {
				cause = {
					record: {
						key: `c${causes.size + 1}`,
						area_label_raw: areaLabel,
						problem_key: problemKey,
						text: causeCell,
						line_start: n,
						line_end: n
					},
					open: true
				};
				causes.set(key, cause);
				out.causes.push(cause.record);
			}
		} else if (problemCarried && carry.cause) {
			cause = carry.cause;
		} else if (measureCell) {
			issue(
				n,
				n,
				'warning',
				'no_cause',
				`Cellen "${COLUMN_LABEL.orsak}" är tom på en rad som anger ett eget problemområde; åtgärden kopplades inte till någon orsak. Fyll i orsaken i källan om den finns.`
			);
		}

		extend(problem, carry.problem, n);
		extend(cause, carry.cause, n);

		if (measureCell) {
			const key = `m${n}`;
			const description = get('beskrivning') || measureCell;
			out.measures.push({
				key,
				area_label_raw: areaLabel,
				problem_key: problem?.record.key ?? null,
				cause_keys: cause ? [cause.record.key] : [],
				title: measureCell,
				description,
				operative_goal: get('operativt_mal') || null,
				timing_text: get('nar') || null,
				responsible: get('vem') || null,
				with_police: null,
				line_start: n,
				line_end: n
			});
			for (const f of splitFollowups(get('uppfoljning')))
				out.followups.push({ measure_key: key, period: f.period, text: f.text, line_start: n, line_end: n });
		} else {
			issue(
				n,
				n,
				'warning',
				'no_measure',
				`Cellen "${COLUMN_LABEL.atgard}" är tom; raden gav ingen åtgärd${get('uppfoljning') ? ' och dess uppföljning lästes inte' : ''}. Kontrollera raden i källan.`
			);
		}
		carry = { problem, cause };
	}
}

/** Stretches a record over consecutive rows; a record met again after others stays as it was. */
function extend<T extends { line_end: number }>(cur: Tracked<T> | null, prev: Tracked<T> | null, n: number): void {
	if (prev && prev !== cur) prev.open = false;
	if (!cur) return;
	if (cur === prev && cur.open) cur.record.line_end = n;
	else if (cur.record.line_end !== n && cur !== prev) cur.open = false;
}

/**
 * How sure we are that the text is a tab-separated template export: a row with
 * tab-separated "Orsak" and "Åtgärd" cells and, in the same row, "Uppföljning"
 * or "Vem". Farsta's Word export has the same first header but puts Vem and
 * Uppföljning in a second table ("Vem\tUppföljning" on a line of its own), so
 * a split header scores low.
 */
export function detectTsvRows(lines: string[]): number {
	let full = 0;
	let partial = 0;
	let splitTable = false;
	for (const l of lines) {
		const h = headerColumns(l);
		if (h) {
			if (h.columns.uppfoljning !== undefined || h.columns.vem !== undefined) full++;
			else partial++;
		} else if (l.includes('\t')) {
			const cells = l.split('\t').map((c) => cleanCell(c).toLowerCase());
			if (cells[0] === 'vem' && cells[1] === 'uppföljning') splitTable = true;
		}
	}
	if (full > 0) return full > 1 ? 0.95 : 0.9;
	if (partial > 0 && !splitTable) return 0.6;
	return partial > 0 ? 0.05 : 0;
}
