// Chart export: a Plot figure -> standalone SVG text, and SVG -> PNG bytes.
export function svgText(figure: Element): string {
	const svg = figure.tagName.toLowerCase() === 'svg' ? figure : figure.querySelector('svg');
	if (!svg) throw new Error('Diagrammet saknar SVG.');
	const clone = svg.cloneNode(true) as SVGSVGElement;
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	// Plot styles through a <style> inside the SVG and inherits font from the page: make it explicit.
	clone.setAttribute('font-family', 'system-ui, sans-serif');
	if (!clone.getAttribute('style')?.includes('background'))
		clone.setAttribute('style', `${clone.getAttribute('style') ?? ''};background:#fff`);
	return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone);
}

/** Renders SVG text to PNG at `scale` (browser only; no request leaves the page). */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
	const img = new Image();
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		await new Promise<void>((ok, fail) => {
			img.onload = () => ok();
			img.onerror = () => fail(new Error('SVG kunde inte ritas som bild.'));
			img.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.ceil(width * scale);
		canvas.height = Math.ceil(height * scale);
		const ctx = canvas.getContext('2d')!;
		ctx.fillStyle = '#fff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((ok, fail) =>
			canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG kunde inte skapas.'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

export interface ChartCaption {
	title: string;
	source: string;
	/** Export date, YYYY-MM-DD. */
	date: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The chart's SVG inside a larger SVG with its title above and source and
 * date below, so a downloaded chart says what it is and where it comes from.
 * Pure (string in, string out); used for both the SVG and the PNG download.
 */
export function captionedSvg(
	svg: string,
	width: number,
	height: number,
	{ title, source, date }: ChartCaption
): { text: string; w: number; h: number } {
	const top = 30;
	const bottom = 40;
	const w = Math.ceil(width);
	const h = Math.ceil(height) + top + bottom;
	const inner = svg.replace(/^<\?xml[^>]*>\s*/, '').replace(/^<svg\b/, `<svg x="0" y="${top}"`);
	const text =
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="system-ui, sans-serif" style="background:#fff">` +
		`<rect width="${w}" height="${h}" fill="#fff"/>` +
		`<text x="8" y="20" font-size="15" font-weight="600" fill="#1b1f24">${esc(title)}</text>` +
		inner +
		`<text x="8" y="${h - 22}" font-size="11" fill="#3d4450">Källa: ${esc(source)}</text>` +
		`<text x="8" y="${h - 8}" font-size="11" fill="#3d4450">Exporterad ${esc(date)} ur Planbild</text>` +
		'</svg>';
	return { text, w, h };
}
