// No empty success: after a file's text has gone through its layout, this
// says whether anything was read at all, and if only part of it was, which
// part. A file that gave no measure, follow-up, situation change or
// indicator value is not an import: it is reported as not read, with what
// was found (the layout tried, the lines seen) and what to try.
import type { PlanRows } from './normalise';
import type { ParsedIssue } from './types';

export interface ReadSummary {
	/** Records that count as content, per table. */
	content: number;
	/** An error to report instead of storing anything, or a warning naming the unread part; null when all was read. */
	issue: ParsedIssue | null;
}

const HINT: Record<string, string> = {
	xlsx: 'Kontrollera att arbetsboken är stadens mall för åtgärdsplan, med kolumnerna "Orsak" och "Åtgärd" på varje områdesblad.',
	docx: 'Kontrollera att åtgärderna står i en tabell med kolumnerna "Orsak" och "Åtgärd", eller som punktlistor under rubriker per område.',
	pdf: 'En PDF ger bara text, inte celler; finns planen som .xlsx eller .docx, importera hellre den filen.',
	csv: 'Spara mallen som Excel-arbetsbok (.xlsx) och importera den i stället, eller kontrollera att första raden har kolumnrubrikerna.',
	text: 'Spara dokumentet som .xlsx eller .docx och importera det i stället.'
};

const ranges = (nums: number[]) => {
	const out: string[] = [];
	for (let i = 0; i < nums.length; i++) {
		let j = i;
		while (j + 1 < nums.length && nums[j + 1] === nums[j] + 1) j++;
		out.push(j > i ? `${nums[i]}–${nums[j]}` : String(nums[i]));
		i = j;
	}
	return out;
};

/** Where a line sits, for the message: the sheet of a rendered workbook, else nothing. */
function placeOf(lines: string[], n: number): string | null {
	for (let i = n - 1; i >= 0; i--) {
		const h = /^Blad \d+: (.*?)( \(dolt\))?$/.exec(lines[i]);
		if (h) return `bladet "${h[1]}"`;
	}
	return null;
}

export function readSummary(
	file: string,
	format: string,
	layout: string,
	lines: string[],
	rows: PlanRows,
	pages: number[] = []
): ReadSummary {
	const content =
		rows.measures.length + rows.followups.length + rows.situation_changes.length + rows.indicator_values.length;
	const withText = lines.filter((l) => l.trim() !== '').length;
	if (content === 0) {
		return {
			content,
			issue: {
				line: 0,
				line_end: 0,
				severity: 'error',
				code: 'nothing_read',
				message: `Ingen åtgärd, uppföljning eller indikatorvärde kunde läsas ur ${file}, så inget sparades. Layouten som prövades var ${layout}; filen gav ${lines.length.toLocaleString('sv-SE')} rader text, varav ${withText.toLocaleString('sv-SE')} med innehåll. ${HINT[format] ?? HINT.text}`
			}
		};
	}
	// Lines a warning or error says were not read, and that no record covers.
	const covered = new Set<number>();
	const cover = (a: number, b: number) => {
		for (let n = a; n <= b; n++) covered.add(n);
	};
	for (const t of [rows.measures, rows.followups, rows.problems, rows.causes, rows.situation_changes] as {
		line_start: number;
		line_end: number;
	}[][])
		for (const r of t) cover(r.line_start, r.line_end);
	const unread = new Set<number>();
	for (const i of rows.ingest_issues)
		if ((i.severity === 'error' || i.severity === 'warning') && i.line > 0)
			for (let n = i.line; n <= i.line_end; n++)
				if (!covered.has(n) && (lines[n - 1] ?? '').trim() !== '') unread.add(n);
	if (unread.size === 0) return { content, issue: null };
	const sorted = [...unread].sort((a, b) => a - b);
	const places = [...new Set(sorted.map((n) => placeOf(lines, n)).filter(Boolean))];
	const pageNums = pages.length
		? [...new Set(sorted.map((n) => pages.findLastIndex((start) => start <= n) + 1))].filter((p) => p > 0)
		: [];
	const where = places.length
		? ` (i ${places.slice(0, 6).join(', ')}${places.length > 6 ? ' m.fl.' : ''})`
		: pageNums.length
			? ` (sida ${ranges(pageNums).join(', ')})`
			: '';
	const list = ranges(sorted);
	return {
		content,
		issue: {
			line: sorted[0],
			line_end: sorted[sorted.length - 1],
			severity: 'warning',
			code: 'partly_read',
			message: `Filen ${file} lästes delvis: ${unread.size.toLocaleString('sv-SE')} av ${withText.toLocaleString('sv-SE')} rader med innehåll gav ingen post${where}: rad ${list.slice(0, 12).join(', ')}${list.length > 12 ? ' …' : ''}. Varningarna nedan säger varför.`
		}
	};
}
