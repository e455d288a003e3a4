// Reads a printed PDF with pdf.js (a dependency; its legacy build runs in
// Node) instead of poppler's pdfinfo/pdftotext, which `.ci/run` does not
// install: page count, page size in points, and each page's text.
import { fileURLToPath } from 'node:url';

export interface PdfPageInfo {
	/** Width and height in PostScript points (A4 is 595.28 × 841.89). */
	width: number;
	height: number;
	/** The page's text items joined by single spaces. */
	text: string;
}

interface PdfJs {
	getDocument(params: Record<string, unknown>): {
		promise: Promise<{
			numPages: number;
			getPage(n: number): Promise<{
				getViewport(o: { scale: number }): { width: number; height: number };
				getTextContent(): Promise<{ items: { str?: string }[] }>;
			}>;
			destroy(): Promise<void>;
		}>;
	};
}

// pdf.js looks for the standard fonts here (no request leaves the machine).
const FONTS = fileURLToPath(new URL('../../node_modules/pdfjs-dist/standard_fonts/', import.meta.url));

export async function readPdf(bytes: Uint8Array): Promise<PdfPageInfo[]> {
	const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
	const doc = await pdfjs.getDocument({
		data: new Uint8Array(bytes),
		isEvalSupported: false,
		useSystemFonts: false,
		standardFontDataUrl: FONTS
	}).promise;
	try {
		const pages: PdfPageInfo[] = [];
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const { width, height } = page.getViewport({ scale: 1 });
			const { items } = await page.getTextContent();
			const text = items
				.map((i) => i.str ?? '')
				.join(' ')
				.replace(/\s+/g, ' ')
				.trim();
			pages.push({ width, height, text });
		}
		return pages;
	} finally {
		await doc.destroy();
	}
}

/** A4 within a point of rounding either way. */
export const isA4 = (p: Pick<PdfPageInfo, 'width' | 'height'>) =>
	Math.abs(p.width - 595.28) < 1.5 && Math.abs(p.height - 841.89) < 1.5;
