// Plain-text tables for the terminal.
export function formatTable(header: string[], rows: (string | number | null)[][]): string {
	const cells = [header, ...rows.map((r) => r.map((c) => (c === null ? '' : String(c))))];
	const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
	const isNum = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || r[i] === null));
	const fmt = (r: string[]) =>
		r
			.map((c, i) => (isNum[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
			.join('  ')
			.trimEnd();
	return [fmt(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(fmt)].join('\n');
}
