// PDF -> text lines, through pdf.js's text layer. pdf.js is passed in (the
// browser worker hands in its bundled copy, the tests Node's legacy build),
// so this module stays pure and loads nothing itself. Lines are rebuilt from
// the positions of the text items: items on one baseline form a line, a
// vertical gap of more than one line leaves empty lines, and indentation
// becomes leading spaces. That gives the shape of the PDF text the
// pdf-columns layout reads (data/raw/enskede-arsta-vantor-atgardsplan-2025.txt).

export interface PdfTextItem {
	str: string;
	transform: number[];
	width: number;
	height: number;
}

interface PdfPage {
	view?: number[];
	getTextContent(): Promise<{ items: unknown[] }>;
	cleanup?(): void;
}

interface PdfDoc {
	numPages: number;
	getPage(n: number): Promise<PdfPage>;
	destroy(): Promise<void>;
}

export interface PdfJsLike {
	getDocument(params: Record<string, unknown>): { promise: Promise<PdfDoc>; destroy(): Promise<void> };
}

export class PdfError extends Error {
	constructor(
		public code: 'pdf_password' | 'pdf_invalid' | 'pdf_no_text' | 'pdf_too_many_pages',
		public detail: string
	) {
		super(detail);
	}
}

export const PDF_LIMITS = { maxPages: 500 };

export async function extractPdfLines(
	pdfjs: PdfJsLike,
	bytes: Uint8Array,
	onPage: (done: number, total: number) => void = () => {}
): Promise<string[]> {
	return (await extractPdf(pdfjs, bytes, onPage)).lines;
}

/** One page's text items and its width (for telling a centred page header). */
export interface PdfPageItems {
	items: PdfTextItem[];
	width: number;
	/** The page's own text lines (as pageLines gives them). */
	lines: string[];
}

/** The PDF's text as lines, and each page's items for rebuilding tables (pdf-table.ts). */
export async function extractPdf(
	pdfjs: PdfJsLike,
	bytes: Uint8Array,
	onPage: (done: number, total: number) => void = () => {}
): Promise<{ lines: string[]; pages: PdfPageItems[] }> {
	const task = pdfjs.getDocument({
		data: bytes,
		// Text only: no eval, no font loading, no fetches of fonts, CMaps or wasm from anywhere.
		isEvalSupported: false,
		disableFontFace: true,
		useSystemFonts: false,
		useWorkerFetch: false,
		useWasm: false,
		enableXfa: false,
		stopAtErrors: false,
		verbosity: 0
	});
	let doc: PdfDoc;
	try {
		doc = await task.promise;
	} catch (e) {
		const name = (e as { name?: string }).name;
		if (name === 'PasswordException')
			throw new PdfError('pdf_password', 'PDF-filen är lösenordsskyddad och kan inte läsas');
		throw new PdfError('pdf_invalid', `PDF-filen är skadad eller ofullständig (${(e as Error).message})`);
	}
	try {
		if (doc.numPages > PDF_LIMITS.maxPages)
			throw new PdfError(
				'pdf_too_many_pages',
				`PDF-filen har ${doc.numPages} sidor; gränsen är ${PDF_LIMITS.maxPages} sidor`
			);
		const pages: PageText[] = [];
		const raw: PdfPageItems[] = [];
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const content = await page.getTextContent();
			const items = (content.items as PdfTextItem[]).filter((i) => typeof i.str === 'string');
			const text = pageText(items);
			pages.push(text);
			raw.push({ items, width: page.view ? page.view[2] - page.view[0] : 0, lines: text.lines });
			page.cleanup?.();
			onPage(n, doc.numPages);
		}
		const lines = joinPages(pages);
		if (lines.every((l) => l.trim() === ''))
			throw new PdfError(
				'pdf_no_text',
				'PDF-filen innehåller ingen text (troligen inskannade bilder); den kan inte läsas utan textigenkänning'
			);
		return { lines, pages: raw };
	} finally {
		await doc.destroy();
	}
}

const median = (xs: number[]) => {
	if (xs.length === 0) return 0;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
};

export interface PageText {
	lines: string[];
	/** Baseline of the first line, and the line spacing, in PDF units. */
	top: number;
	bottom: number;
	spacing: number;
}

/**
 * Pages -> one list of lines. A page whose text starts lower than the
 * highest first line of any page begins with that many empty lines, and one
 * that ends above the lowest last line ends with them (a printed sheet keeps
 * its gaps; the text layout reads blank lines as cell and block ends).
 */
export function joinPages(pages: PageText[]): string[] {
	const withText = pages.filter((p) => p.lines.length);
	const top = Math.max(...withText.map((p) => p.top));
	const bottom = Math.min(...withText.map((p) => p.bottom));
	const out: string[] = [];
	const blanks = (n: number) => {
		for (let k = 0; k < Math.min(n, 50); k++) out.push('');
	};
	withText.forEach((p, i) => {
		blanks(Math.round((top - p.top) / p.spacing));
		out.push(...p.lines);
		if (i < withText.length - 1) blanks(Math.round((p.bottom - bottom) / p.spacing));
	});
	return out;
}

/** One page's text items -> lines, top to bottom. Exported for tests. */
export function pageLines(items: PdfTextItem[]): string[] {
	return pageText(items).lines;
}

function pageText(items: PdfTextItem[]): PageText {
	const withText = items.filter((i) => i.str !== '');
	if (withText.length === 0) return { lines: [], top: 0, bottom: 0, spacing: 1 };
	const fontSize = median(withText.map((i) => Math.abs(i.transform[3]) || i.height || 10)) || 10;
	const charWidth = median(withText.filter((i) => i.str.length > 0).map((i) => i.width / i.str.length)) || fontSize / 2;
	// Group items whose baselines are within a third of the font size.
	const rows: { y: number; items: PdfTextItem[] }[] = [];
	for (const it of [...withText].sort((a, b) => b.transform[5] - a.transform[5] || a.transform[4] - b.transform[4])) {
		const y = it.transform[5];
		const row = rows.find((r) => Math.abs(r.y - y) < fontSize / 3);
		if (row) row.items.push(it);
		else rows.push({ y, items: [it] });
	}
	rows.sort((a, b) => b.y - a.y);
	const minX = Math.min(...withText.map((i) => i.transform[4]));
	const gaps = rows.slice(1).map((r, i) => rows[i].y - r.y);
	const spacing = median(gaps.filter((g) => g > fontSize * 0.5)) || fontSize * 1.2;
	const out: string[] = [];
	rows.forEach((row, idx) => {
		if (idx > 0) {
			const blank = Math.round((rows[idx - 1].y - row.y) / spacing) - 1;
			for (let k = 0; k < Math.min(blank, 50); k++) out.push('');
		}
		row.items.sort((a, b) => a.transform[4] - b.transform[4]);
		let text = ' '.repeat(Math.max(0, Math.round((row.items[0].transform[4] - minX) / charWidth)));
		let end = row.items[0].transform[4];
		for (const it of row.items) {
			const x = it.transform[4];
			if (text.trim() !== '' && x - end > charWidth * 0.5 && !/\s$/.test(text) && !/^\s/.test(it.str))
				text += ' '.repeat(Math.min(4, Math.max(1, Math.round((x - end) / charWidth))));
			text += it.str;
			end = x + it.width;
		}
		out.push(text.replace(/\s+$/, ''));
	});
	return { lines: out, top: rows[0].y, bottom: rows[rows.length - 1].y, spacing };
}
