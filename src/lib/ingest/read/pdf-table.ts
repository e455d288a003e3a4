// Table rows and cells rebuilt from the positions of pdf.js text items, the
// way table extractors read PDFs without ruling lines: items on one baseline
// form a line; column starts are the left edges that repeat down the page;
// an item that runs over a column start (pdf.js glues neighbouring cells
// into one item when the gap is small) is cut at the space nearest that
// start; and a line belongs to the table row above when every column it has
// text in also had text on the line before AND that text wrapped there (the
// previous line plus the next word would not have fit the column). Cells are
// top-aligned in the city's template, in Word and in LibreOffice prints.
import type { PdfTextItem } from './pdf-text';

export interface PageTable {
	/** Lines above the first row with cells in two or more columns (a page header, a title). */
	before: string[];
	/** Column starts, in PDF units. */
	columns: number[];
	/** Table rows, top to bottom: one string per column. */
	rows: string[][];
}

interface Piece {
	str: string;
	x: number;
	w: number;
}

interface Baseline {
	y: number;
	pieces: Piece[];
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? s[Math.floor(s.length / 2)] : 0;
};

function baselines(items: PdfTextItem[], fontSize: number): Baseline[] {
	const rows: Baseline[] = [];
	const sorted = items
		.filter((i) => i.str.trim() !== '')
		.sort((a, b) => b.transform[5] - a.transform[5] || a.transform[4] - b.transform[4]);
	for (const it of sorted) {
		const y = it.transform[5];
		const row = rows.find((r) => Math.abs(r.y - y) < fontSize / 3);
		const piece = { str: it.str, x: it.transform[4], w: it.width };
		if (row) row.pieces.push(piece);
		else rows.push({ y, pieces: [piece] });
	}
	for (const r of rows) r.pieces.sort((a, b) => a.x - b.x);
	return rows.sort((a, b) => b.y - a.y);
}

const edgeCounts = (lines: Baseline[]) => {
	const counts = new Map<number, number>();
	for (const l of lines) {
		const seen = new Set<number>();
		for (const p of l.pieces) seen.add(Math.round(p.x / 2) * 2);
		for (const x of seen) counts.set(x, (counts.get(x) ?? 0) + 1);
	}
	return counts;
};

/** Left edges on every page of a document, counted once per line (for pageTable's `docEdges`). */
export function documentEdges(pages: PdfTextItem[][]): Map<number, number> {
	const all = new Map<number, number>();
	for (const items of pages) {
		const withText = items.filter((i) => i.str.trim() !== '');
		const fontSize = median(withText.map((i) => Math.abs(i.transform[3]) || i.height || 10)) || 10;
		for (const [x, n] of edgeCounts(baselines(withText, fontSize))) all.set(x, (all.get(x) ?? 0) + n);
	}
	return all;
}

/**
 * Left edges shared by at least three lines of the page, or by one line of it
 * and four of the document (a column with little text on this page); null
 * when fewer than three such columns.
 */
function columnStarts(lines: Baseline[], docEdges: Map<number, number>): number[] | null {
	const counts = edgeCounts(lines);
	const starts = [...counts.entries()]
		.filter(([x, n]) => n >= 3 || (docEdges.get(x) ?? 0) >= 4)
		.map(([x]) => x)
		.sort((a, b) => a - b);
	// Edges within 4 units are one column (rounding put them apart).
	const merged = starts.filter((x, i) => i === 0 || x - starts[i - 1] > 4);
	return merged.length >= 3 ? merged : null;
}

/** Splits a piece that runs over column starts at the spaces nearest to them. */
function cut(p: Piece, columns: number[], charW: number): Piece[] {
	const inside = columns.filter((c) => c > p.x + charW && c < p.x + p.w - charW);
	if (inside.length === 0) return [p];
	const out: Piece[] = [];
	let rest = p;
	for (const c of inside) {
		const per = rest.w / Math.max(1, rest.str.length);
		const at = Math.round((c - rest.x) / per);
		let best = -1;
		for (let k = 1; k < rest.str.length; k++)
			if (rest.str[k] === ' ' && (best < 0 || Math.abs(k - at) < Math.abs(best - at))) best = k;
		const k = best >= 0 && Math.abs(best - at) <= 4 ? best : at;
		if (k <= 0 || k >= rest.str.length) continue;
		out.push({ str: rest.str.slice(0, k).trim(), x: rest.x, w: k * per });
		const tail = rest.str.slice(k).replace(/^ /, '');
		rest = { str: tail, x: c, w: rest.w - k * per };
	}
	out.push(rest);
	return out.filter((q) => q.str.trim() !== '');
}

/** One page's items as a table, or null when no three columns repeat down the page. */
export function pageTable(items: PdfTextItem[], docEdges: Map<number, number> = new Map()): PageTable | null {
	const withText = items.filter((i) => i.str.trim() !== '');
	if (withText.length < 6) return null;
	const fontSize = median(withText.map((i) => Math.abs(i.transform[3]) || i.height || 10)) || 10;
	const charW = median(withText.map((i) => i.width / Math.max(1, i.str.length))) || fontSize / 2;
	const lines = baselines(withText, fontSize);
	const columns = columnStarts(lines, docEdges);
	if (!columns) return null;
	const colOf = (x: number) => {
		let c = 0;
		for (let k = 0; k < columns.length; k++) if (x >= columns[k] - 2) c = k;
		return c;
	};
	// Per line: text per column.
	const cellsOf = (l: Baseline) => {
		const cells = new Map<number, Piece[]>();
		for (const p of l.pieces.flatMap((q) => cut(q, columns, charW))) {
			const c = colOf(p.x);
			cells.set(c, [...(cells.get(c) ?? []), p]);
		}
		return cells;
	};
	const perLine = lines.map(cellsOf);
	const first = perLine.findIndex((m) => m.size >= 2);
	if (first < 0) return null;
	const right = Math.max(...withText.map((i) => i.transform[4] + i.width));
	const avail = columns.map((x, k) => (k + 1 < columns.length ? columns[k + 1] : right) - x);
	const spacing = median(lines.slice(1).map((l, i) => lines[i].y - l.y)) || fontSize * 1.2;
	const widthOf = (ps: Piece[]) => ps[ps.length - 1].x + ps[ps.length - 1].w - ps[0].x;
	const text = (ps: Piece[]) => ps.map((p) => p.str.trim()).join(' ');

	const rows: string[][] = [];
	let cur: string[][] | null = null;
	let prev: Map<number, Piece[]> | null = null;
	perLine.slice(first).forEach((cells, i) => {
		const idx = first + i;
		const gap = idx > first ? lines[idx - 1].y - lines[idx].y : 0;
		const continues =
			cur !== null &&
			prev !== null &&
			gap < spacing * 1.6 &&
			[...cells.entries()].every(([c, ps]) => {
				const above = prev!.get(c);
				if (!above) return false;
				const word = ps[0].str.trim().split(/\s+/)[0] ?? '';
				const wordW = (ps[0].w / Math.max(1, ps[0].str.length)) * word.length;
				// It wrapped: the line above plus a space and this line's first word would not fit.
				return widthOf(above) + charW + wordW > avail[c] - charW * 2.5 || /-$/.test(text(above));
			});
		if (!continues) {
			cur = columns.map(() => []);
			rows.push([]);
		}
		for (const [c, ps] of cells) cur![c].push(text(ps));
		rows[rows.length - 1] = cur!.map((parts) => parts.join(' ').replace(/\s+/g, ' ').trim());
		prev = cells;
	});
	const before = lines.slice(0, first).map((l) => l.pieces.map((p) => p.str.trim()).join(' '));
	return { before, columns, rows };
}
