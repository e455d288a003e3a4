// Turns one priority area of a word-tables plan (its first table, and the
// second table whose rows belong to the first table's rows in the same order)
// into measures, follow-ups and quoted values.
import { cleanCell, issue, type Columns, type Paragraph } from './cells';
import { quotedValuesOnLine, type ValueContext } from './values';
import { squash, stripHtml } from '../../normalise';
import type { ParsedDocument } from '../../types';

export interface Row1 {
	line_start: number;
	line_end: number;
	cells: string[];
}

/** A second-table row read from a tab row: Vem and Uppföljning on one line (plus wrapped lines). */
export interface TabRow2 {
	kind: 'tab';
	line_start: number;
	line_end: number;
	vem: string;
	upp: string;
}

/** Loose paragraphs between tab rows: the table came out without tabs (lines 97-107, 132-138). */
export interface LooseBlock {
	kind: 'block';
	paras: Paragraph[];
}

export interface Area {
	label: string;
	header_line: number;
	cols: Columns;
	rows1: Row1[];
	rows2: (TabRow2 | LooseBlock)[];
	table2_line: number | null;
}

interface Row2 {
	vem: string;
	vem_start: number;
	vem_end: number;
	/** Raw Uppföljning text, lines joined by newlines; null range when the cell is empty. */
	upp: string;
	upp_start: number | null;
	upp_end: number | null;
	loose: boolean;
}

export interface PlanContext {
	year: number | null;
	district_slug: string | null;
	police_slug: string | null;
	lines: string[];
}

const span = (a: number, b: number) => (a === b ? `rad ${a}` : `rad ${a}–${b}`);

/** A Vem cell is a role or unit name: short, one phrase ("Enhetschef för staben (sdf)", line 97). */
function looksLikeVem(p: Paragraph): boolean {
	return p.text.length <= 80 && !/[.!?]\s/.test(p.text);
}

function blockRow(paras: Paragraph[]): Row2 {
	const [vem, ...upp] = paras;
	return {
		vem: vem.text,
		vem_start: vem.line_start,
		vem_end: vem.line_end,
		upp: upp.map((p) => p.text).join('\n'),
		upp_start: upp.length ? upp[0].line_start : null,
		upp_end: upp.length ? upp[upp.length - 1].line_end : null,
		loose: true
	};
}

/**
 * Splits a loose block into rows. When the count of missing rows is known and
 * equals the number of blocks, a block is one row: its first paragraph is Vem,
 * the rest is Uppföljning (lines 97 / 99-107, 132-136 / 138). Otherwise a new row
 * starts at a short role-like paragraph once the current row has follow-up text.
 */
function splitBlock(paras: Paragraph[], oneRow: boolean): Row2[] {
	if (paras.length === 0) return [];
	if (oneRow) return [blockRow(paras)];
	const rows: Paragraph[][] = [];
	let cur: Paragraph[] = [];
	paras.forEach((p, k) => {
		const last = k === paras.length - 1;
		if (cur.length >= 2 && !last && looksLikeVem(p)) {
			rows.push(cur);
			cur = [];
		}
		cur.push(p);
	});
	if (cur.length) rows.push(cur);
	return rows.map(blockRow);
}

function expandRows2(area: Area): Row2[] {
	const tabRows = area.rows2.filter((r) => r.kind === 'tab').length;
	const blocks = area.rows2.filter((r) => r.kind === 'block' && r.paras.length > 0).length;
	const oneRow = blocks > 0 && area.rows1.length - tabRows === blocks;
	const out: Row2[] = [];
	for (const r of area.rows2) {
		if (r.kind === 'tab')
			out.push({
				vem: r.vem,
				vem_start: r.line_start,
				vem_end: r.line_start,
				upp: r.upp,
				upp_start: r.line_start,
				upp_end: r.line_end,
				loose: false
			});
		else out.push(...splitBlock(r.paras, oneRow));
	}
	return out;
}

/**
 * A follow-up cell is one entry (`arsuppfoljning`) unless its paragraphs carry
 * labels: `T1:`, `T2:`, `VB:`, or "Verksamhetsberättelse" (line 76, the police's
 * year-end report heading) which is VB. A short `T1:`/`VB:` label is dropped from
 * the text; the word "Verksamhetsberättelse" is kept, it is part of the sentence.
 */
export function splitPeriods(raw: string): { period: string; text: string }[] {
	const paras = stripHtml(raw)
		.split('\n')
		.map((p) => p.trim())
		.filter((p) => p !== '');
	const out: { period: string; parts: string[] }[] = [];
	for (const p of paras) {
		const short = /^(T[1-3]|VB)\s*:\s*/.exec(p);
		if (short) out.push({ period: short[1], parts: [p.slice(short[0].length)] });
		else if (/^Verksamhetsberättelse(?![\p{L}])/u.test(p)) out.push({ period: 'VB', parts: [p] });
		else if (out.length) out[out.length - 1].parts.push(p);
		else out.push({ period: 'arsuppfoljning', parts: [p] });
	}
	return out.map((e) => ({ period: e.period, text: squash(e.parts.join(' ')) })).filter((e) => e.text !== '');
}

function measureCells(row: Row1, cols: Columns, out: ParsedDocument) {
	const cells = [...row.cells];
	const last = Math.max(cols.width - 1, 0);
	const extra = cells.slice(cols.width).filter((c) => cleanCell(c) !== '');
	if (extra.length) {
		out.issues.push(
			issue(
				row.line_start,
				row.line_end,
				'warning',
				'too_many_cells',
				`Raden har ${cells.length} celler men rubrikraden har ${cols.width}; de överskjutande cellerna lades till i sista kolumnen. Kontrollera raden i originalet.`
			)
		);
		cells[last] = [cells[last] ?? '', ...extra].join(' ');
	} else if (cells.length < cols.width) {
		out.issues.push(
			issue(
				row.line_start,
				row.line_end,
				'warning',
				'too_few_cells',
				`Raden har ${cells.length} celler men rubrikraden har ${cols.width}; cellerna lästes från vänster och de saknade lämnades tomma.`
			)
		);
	}
	const get = (i: number) => (i >= 0 && i < cols.width ? cleanCell(cells[i]) : '');
	return { name: get(cols.name), orsak: get(cols.orsak), atgard: get(cols.atgard), nar: get(cols.nar) };
}

/** Emits the area's measures, follow-ups and quoted values into `out`. */
export function finishArea(area: Area, ctx: PlanContext, out: ParsedDocument): void {
	const rows2 = expandRows2(area);
	const n1 = area.rows1.length;
	if (area.table2_line === null && n1 > 0) {
		out.issues.push(
			issue(
				area.header_line,
				area.header_line,
				'warning',
				'missing_followup_table',
				`Tabellen Vem/Uppföljning för området ”${area.label}” saknas efter åtgärdstabellen; de ${n1} åtgärderna fick ingen ansvarig och ingen uppföljning. Kontrollera att dokumentet är komplett.`
			)
		);
	} else if (area.table2_line !== null && rows2.length !== n1) {
		out.issues.push(
			issue(
				area.table2_line,
				area.table2_line,
				'warning',
				'row_count_mismatch',
				`Åtgärdstabellen för ”${area.label}” har ${n1} rader men tabellen Vem/Uppföljning har ${rows2.length}; raderna parades ihop i ordning. Kontrollera att ansvarig och uppföljning hör till rätt åtgärd.`
			)
		);
	}
	area.rows1.forEach((row, i) => {
		const c = measureCells(row, area.cols, out);
		let title = c.name;
		if (title === '') {
			title = c.atgard || c.orsak;
			out.issues.push(
				issue(
					row.line_start,
					row.line_end,
					'warning',
					'missing_title',
					`Åtgärdens namn (första kolumnen) är tomt; ${title ? 'målet eller syftet användes som rubrik' : 'raden har ingen text'}. Fyll i namnet i originalet.`
				)
			);
		}
		const key = `m${out.measures.length + 1}`;
		const r2 = rows2[i];
		// Farsta's "Orsak" column holds the measure's PURPOSE ("Att identifiera ungdomar
		// i riskzon...", line 21; "Syftet är att förebygga våld", line 24), and "Åtgärd"
		// holds its GOAL ("Långsiktigt mål är...", line 21). Of 28 cells about 22 state a
		// purpose or describe the activity; the rest mix in background ("Bedrägerier mot
		// seniorer ökar i hela landet", line 125) but none answers why a problem arises.
		// So no cause rows are made: the purpose is the description and cause_keys is [].
		out.measures.push({
			key,
			area_label_raw: area.label,
			problem_key: null,
			cause_keys: [],
			title,
			description: c.orsak,
			operative_goal: c.atgard || null,
			timing_text: c.nar || null,
			responsible: r2 ? cleanCell(r2.vem) || null : null,
			with_police: null,
			line_start: row.line_start,
			line_end: row.line_end
		});
		if (!r2) return;
		if (r2.loose) {
			const upp =
				r2.upp_start === null
					? 'ingen uppföljning'
					: `uppföljningen från ${span(r2.upp_start, r2.upp_end ?? r2.upp_start)}`;
			out.issues.push(
				issue(
					r2.vem_start,
					r2.upp_end ?? r2.vem_end,
					'warning',
					'loose_row',
					`Raden i tabellen Vem/Uppföljning saknar tabbar (tabellen kom ut som lösa stycken). Ansvarig lästes från ${span(r2.vem_start, r2.vem_end)} och ${upp}, parad i ordning med åtgärden ”${title}” (rad ${row.line_start}). Kontrollera att de hör ihop.`
				)
			);
		}
		if (r2.upp_start === null || cleanCell(r2.upp) === '') {
			out.issues.push(
				issue(
					r2.vem_start,
					r2.upp_end ?? r2.vem_end,
					'info',
					'no_followup',
					`Åtgärden ”${title}” (rad ${row.line_start}) har ingen text i kolumnen Uppföljning; bara ansvarig lästes.`
				)
			);
			return;
		}
		const upp_end = r2.upp_end ?? r2.upp_start;
		for (const e of splitPeriods(r2.upp))
			out.followups.push({
				measure_key: key,
				period: e.period,
				text: e.text,
				line_start: r2.upp_start,
				line_end: upp_end
			});
		const vctx: ValueContext = {
			year: ctx.year,
			district_slug: ctx.district_slug,
			police_slug: ctx.police_slug,
			measure_title: title
		};
		for (let l = r2.upp_start; l <= upp_end; l++)
			out.quoted_values.push(...quotedValuesOnLine(ctx.lines[l - 1] ?? '', l, vctx));
	});
	for (const r2 of rows2.slice(n1)) {
		const end = r2.upp_end ?? r2.vem_end;
		out.issues.push(
			issue(
				r2.vem_start,
				end,
				'warning',
				'unmatched_followup',
				`Raden i tabellen Vem/Uppföljning (${span(r2.vem_start, end)}) har ingen motsvarande åtgärd i tabellen ovan och lästes inte. Kontrollera om en åtgärd saknas.`
			)
		);
	}
}
