// Gaps are drawn as gaps: a series is split into runs of consecutive survey
// rounds (years no more than the survey's interval apart). A line joins
// points within a run only; a run of one point is a lone dot.

export interface YearPoint {
	year: number;
}

/** Splits points (any order) into runs where each step is at most `interval` years. */
export function splitRuns<T extends YearPoint>(points: T[], interval: number): T[][] {
	const sorted = [...points].sort((a, b) => a.year - b.year);
	const runs: T[][] = [];
	for (const p of sorted) {
		const run = runs[runs.length - 1];
		const last = run?.[run.length - 1];
		if (run && last && p.year - last.year <= Math.max(1, interval)) run.push(p);
		else runs.push([p]);
	}
	return runs;
}

/** Tags each point with a run key (`<series>#<n>`) for Plot's `z` channel. */
export function withRunKeys<T extends YearPoint>(
	points: T[],
	seriesOf: (p: T) => string,
	interval: number
): (T & { run: string })[] {
	const bySeries = new Map<string, T[]>();
	for (const p of points) {
		const k = seriesOf(p);
		bySeries.set(k, [...(bySeries.get(k) ?? []), p]);
	}
	const out: (T & { run: string })[] = [];
	for (const [k, list] of bySeries)
		splitRuns(list, interval).forEach((run, i) => run.forEach((p) => out.push({ ...p, run: `${k}#${i}` })));
	return out;
}

/** Years a series skips between its first and last value, given the survey interval. */
export function missingRounds(years: number[], interval: number): number[] {
	const sorted = [...new Set(years)].sort((a, b) => a - b);
	const out: number[] = [];
	for (let i = 1; i < sorted.length; i++)
		for (let y = sorted[i - 1] + Math.max(1, interval); y < sorted[i]; y += Math.max(1, interval)) out.push(y);
	return out;
}
