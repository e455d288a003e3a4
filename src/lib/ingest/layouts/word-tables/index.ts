// Layout `word-tables`: a Word action plan exported to markdown/tsv (Farsta,
// Åtgärdsplan 2024). Per priority area:
//   Prioriterat samverkansområde<TAB>Orsak<TAB>Åtgärd<TAB>När      (line 19)
//   <area label><TAB><i>template instructions</i>...            (line 20)
//   <measure name><TAB><purpose><TAB><goal><TAB><timing>        (lines 21-33)
//   Vem<TAB>Uppföljning                                          (line 35)
//   <template instructions row>                                  (line 36)
//   <responsible><TAB><follow-up>                                (lines 37-49, same order as 21-33)
// Damage handled: `---` rule rows (line 63, and between data rows at line 120),
// a second table that came out as loose paragraphs under `Vem**Uppföljning**`
// (lines 89-107), a Vem cell wrapped over lines 132-136 with its follow-up on 138.
import { isBlank, joinWrapped } from '../../normalise';
import { emptyDocument, type ParsedDocument, type SourceDocument } from '../../types';
import {
	cleanCell,
	issue,
	isRuleLine,
	isTabRow,
	isTemplateRow,
	isTemplateText,
	readHeader1,
	readHeader2,
	splitCells,
	type Paragraph
} from './cells';
import { introIssues, readMeta } from './meta';
import { finishArea, type Area, type LooseBlock } from './rows';

/**
 * How sure we are that the text is this layout: the four-column area header
 * (without Vem/Uppföljning, which is the one-table tsv-rows layout) and a
 * separate Vem/Uppföljning header.
 */
export function detectWordTables(lines: string[]): number {
	let h1 = 0;
	let h2 = 0;
	for (const l of lines) {
		if (readHeader1(l)) h1++;
		else if (readHeader2(l)) h2++;
	}
	if (h1 === 0) return 0;
	let score = 0.5;
	if (h2 > 0) score += 0.35;
	if (h1 > 1 && h2 > 1) score += 0.1;
	return Math.min(score, 0.95);
}

export function parseWordTables(doc: SourceDocument): ParsedDocument {
	const out = emptyDocument('word-tables');
	try {
		walk(doc.lines, out);
		out.issues.sort((a, b) => a.line - b.line || a.line_end - b.line_end);
	} catch (e) {
		// The parser must never throw; an unexpected failure is one error naming where we were.
		out.issues.push(
			issue(
				1,
				Math.max(1, doc.lines.length),
				'error',
				'parser_failed',
				`Tolken för Word-tabeller avbröts oväntat (${String(e)}); dokumentet lästes inte färdigt. Kontrollera filen eller importera den med en annan mall.`
			)
		);
	}
	return out;
}

function walk(lines: string[], out: ParsedDocument): void {
	if (!lines.some((l) => !isBlank(l))) {
		out.issues.push(
			issue(1, 1, 'error', 'empty_document', 'Filen innehåller ingen text. Kontrollera att rätt fil valdes.')
		);
		return;
	}
	const firstTable = lines.findIndex((l) => readHeader1(l) !== null);
	const ctx = readMeta(lines, firstTable < 0 ? lines.length : firstTable, out);
	const titleLine = out.plan_lines[0]?.line_start ?? -1;

	type Mode = 'intro' | 'area_row' | 'table1' | 'table2';
	type Prev = 'blank' | 'tab1' | 'tab2' | 'loose' | 'other';
	let mode: Mode = 'intro';
	let prev: Prev = 'blank';
	let area: Area | null = null;
	let block: LooseBlock | null = null;
	let para: Paragraph | null = null;
	const intro: number[] = [];

	const closePara = () => {
		if (para && block) block.paras.push(para);
		para = null;
	};
	const closeBlock = () => {
		closePara();
		if (block && area) {
			// Template paragraphs of a broken second table (lines 91, 93, 95) are info, not rows.
			const keep: Paragraph[] = [];
			for (const p of block.paras) {
				if (isTemplateText(p.text))
					out.issues.push(
						issue(
							p.line_start,
							p.line_end,
							'info',
							'template_text',
							'Mallens instruktionstext för kolumnerna Vem/Uppföljning; den är ingen uppgift om en åtgärd.'
						)
					);
				else keep.push(p);
			}
			if (keep.length) area.rows2.push({ kind: 'block', paras: keep });
		}
		block = null;
	};
	const closeArea = () => {
		closeBlock();
		if (area) finishArea(area, ctx, out);
		area = null;
	};

	lines.forEach((line, i) => {
		const ln = i + 1;
		if (isBlank(line)) {
			closePara();
			prev = 'blank';
			return;
		}
		if (ln === titleLine) {
			prev = 'other';
			return;
		}
		const h1 = readHeader1(line);
		if (h1) {
			closeArea();
			area = { label: '', header_line: ln, cols: h1, rows1: [], rows2: [], table2_line: null };
			out.issues.push(
				issue(
					ln,
					ln,
					'info',
					'table_header',
					'Tabellrubrik (Prioriterat samverkansområde, Orsak, Åtgärd, När). I Word-planerna står åtgärdens syfte i kolumnen ”Orsak”; den lästes som åtgärdens beskrivning och inga orsaker skapades.'
				)
			);
			mode = 'area_row';
			prev = 'other';
			return;
		}
		const h2 = readHeader2(line);
		if (h2) {
			closeBlock();
			prev = 'other';
			if (!area) {
				out.issues.push(
					issue(
						ln,
						ln,
						'warning',
						'orphan_table',
						'Tabellen Vem/Uppföljning står före någon åtgärdstabell; dess rader kan inte kopplas till åtgärder och lästes inte.'
					)
				);
				mode = 'intro';
				return;
			}
			area.table2_line = ln;
			mode = 'table2';
			if (h2.broken)
				out.issues.push(
					issue(
						ln,
						ln,
						'warning',
						'broken_table',
						`Rubriken ”${line.trim()}” är ingen tabell: tabellen Vem/Uppföljning för ”${area.label}” kom ut som lösa stycken. Styckena lästes i ordning och parades med åtgärderna ovan; kontrollera ansvarig och uppföljning.`
					)
				);
			else
				out.issues.push(
					issue(
						ln,
						ln,
						'info',
						'table_header',
						`Rubrik för tabellen Vem/Uppföljning för ”${area.label}”; raderna hör i ordning till åtgärderna i tabellen ovan.`
					)
				);
			return;
		}
		if (isRuleLine(line)) {
			closeBlock();
			prev = 'other';
			out.issues.push(
				issue(
					ln,
					ln,
					'info',
					'table_rule',
					'Raden består bara av streck (en tabellkant från Word-exporten) och innehåller inga uppgifter.'
				)
			);
			return;
		}
		const tab = isTabRow(line);
		if (mode === 'intro' || !area) {
			intro.push(ln);
			prev = 'other';
			return;
		}
		const a: Area = area;
		if (mode === 'area_row') {
			mode = 'table1';
			const cells = tab ? splitCells(line) : [line];
			const rest = cells.slice(1);
			if (tab && !isTemplateRow(rest) && rest.some((c) => cleanCell(c) !== '')) {
				// No area row: the first row already holds a measure.
				out.issues.push(
					issue(
						ln,
						ln,
						'warning',
						'missing_area_row',
						'Efter tabellrubriken väntades en rad med det prioriterade samverkansområdet och mallens instruktioner, men raden innehåller en åtgärd. Området är okänt för tabellens åtgärder; fyll i det i originalet.'
					)
				);
				a.rows1.push({ line_start: ln, line_end: ln, cells });
				prev = 'tab1';
				return;
			}
			a.label = cleanCell(cells[0]);
			out.issues.push(
				issue(
					ln,
					ln,
					tab ? 'info' : 'warning',
					tab ? 'template_text' : 'loose_area_row',
					tab
						? `Områdesraden för ”${a.label}”: cellerna bredvid innehåller mallens instruktioner, inga åtgärder.`
						: `Områdesraden ”${a.label}” saknar tabbar; hela raden lästes som områdets namn.`
				)
			);
			prev = 'other';
			return;
		}
		if (mode === 'table1') {
			if (tab) {
				a.rows1.push({ line_start: ln, line_end: ln, cells: splitCells(line) });
				prev = 'tab1';
			} else if (prev === 'tab1') {
				const row = a.rows1[a.rows1.length - 1];
				row.cells[row.cells.length - 1] += ' ' + line;
				row.line_end = ln;
				out.issues.push(
					issue(
						ln,
						ln,
						'warning',
						'wrapped_cell',
						`Raden saknar tabbar och lästes som fortsättning på sista cellen i raden ovan (rad ${row.line_start}).`
					)
				);
			} else {
				out.issues.push(
					issue(
						ln,
						ln,
						'warning',
						'loose_text',
						`Texten står utanför tabellens rader för ”${a.label}” och lästes inte som åtgärd. Kontrollera raden i originalet.`
					)
				);
				prev = 'other';
			}
			return;
		}
		// mode === 'table2'
		if (tab) {
			closeBlock();
			const cells = splitCells(line);
			prev = 'tab2';
			if (isTemplateRow(cells)) {
				out.issues.push(
					issue(
						ln,
						ln,
						'info',
						'template_text',
						'Mallens instruktionsrad för kolumnerna Vem/Uppföljning; den är ingen uppgift om en åtgärd.'
					)
				);
				prev = 'other';
				return;
			}
			if (cells.filter((c) => cleanCell(c) !== '').length > 2)
				out.issues.push(
					issue(
						ln,
						ln,
						'warning',
						'too_many_cells',
						`Raden har ${cells.length} celler men tabellen Vem/Uppföljning har 2; de överskjutande cellerna lades till i Uppföljning.`
					)
				);
			a.rows2.push({ kind: 'tab', line_start: ln, line_end: ln, vem: cells[0], upp: cells.slice(1).join(' ') });
			return;
		}
		const last = a.rows2[a.rows2.length - 1];
		if (prev === 'tab2' && last?.kind === 'tab') {
			last.upp += '\n' + line;
			last.line_end = ln;
			out.issues.push(
				issue(
					ln,
					ln,
					'warning',
					'wrapped_cell',
					`Raden saknar tabbar och lästes som fortsättning på uppföljningen i raden ovan (rad ${last.line_start}).`
				)
			);
			return;
		}
		// A loose paragraph: consecutive lines are one wrapped paragraph (the Vem cell at 132-136).
		block ??= { kind: 'block', paras: [] };
		if (para) {
			para.text = joinWrapped([para.text, line]);
			para.line_end = ln;
		} else para = { line_start: ln, line_end: ln, text: line.trim() };
		prev = 'loose';
	});
	closeArea();

	out.issues.push(...introIssues(lines, intro, firstTable >= 0));
}
