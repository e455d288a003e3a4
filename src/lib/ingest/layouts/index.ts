// The layouts Planbild reads, and how one is picked: each parser scores the
// text; the best score at or above the threshold wins, else the generic reader.
import { detectForumKeyvalue, parseForumKeyvalue } from './forum-keyvalue';
import { parseGeneric } from './generic';
import { detectLagesbildList, parseLagesbildList } from './lagesbild-list';
import { detectPdfColumns, parsePdfColumns } from './pdf-columns';
import { detectTsvRows, parseTsvRows } from './tsv-rows';
import type { Layout, Parser } from '../types';
import { detectWordTables, parseWordTables } from './word-tables';
import { detectXlsxTemplate, parseXlsxTemplate } from './xlsx-template';

export interface LayoutEntry {
	layout: Layout;
	detect: (lines: string[]) => number;
	parse: Parser;
}

export const LAYOUTS: LayoutEntry[] = [
	{ layout: 'tsv-rows', detect: detectTsvRows, parse: parseTsvRows },
	{ layout: 'pdf-columns', detect: detectPdfColumns, parse: parsePdfColumns },
	{ layout: 'word-tables', detect: detectWordTables, parse: parseWordTables },
	{ layout: 'lagesbild-list', detect: detectLagesbildList, parse: parseLagesbildList },
	{ layout: 'forum-keyvalue', detect: detectForumKeyvalue, parse: parseForumKeyvalue },
	{ layout: 'xlsx-template', detect: detectXlsxTemplate, parse: parseXlsxTemplate }
];

export const DETECT_THRESHOLD = 0.5;

export function detectLayout(lines: string[]): { layout: Layout; parse: Parser; score: number } {
	let best: LayoutEntry | null = null;
	let bestScore = 0;
	for (const entry of LAYOUTS) {
		let score = 0;
		try {
			score = entry.detect(lines);
		} catch {
			score = 0;
		}
		if (score > bestScore) {
			best = entry;
			bestScore = score;
		}
	}
	if (best && bestScore >= DETECT_THRESHOLD) return { layout: best.layout, parse: best.parse, score: bestScore };
	return { layout: 'generic', parse: parseGeneric, score: bestScore };
}
