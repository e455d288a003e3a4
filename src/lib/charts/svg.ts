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
