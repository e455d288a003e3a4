// An import's report grouped by kind of issue (its code): a 19 MB plan gives
// thousands of issues of a few kinds, and one list of them all froze the
// page. Groups come errors first, then warnings, then notes, larger first.
import type { IngestReport } from '../ingest/ingest';

export type ReportIssue = IngestReport['issues'][number];

export interface IssueGroup {
	code: string;
	severity: ReportIssue['severity'];
	count: number;
	/** The first message of the group, as its example. */
	example: string;
	issues: ReportIssue[];
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function groupIssues(issues: ReportIssue[]): IssueGroup[] {
	const byKey = new Map<string, IssueGroup>();
	for (const i of issues) {
		const key = `${i.severity}|${i.code}`;
		let g = byKey.get(key);
		if (!g) {
			g = { code: i.code, severity: i.severity, count: 0, example: i.message, issues: [] };
			byKey.set(key, g);
		}
		g.count++;
		g.issues.push(i);
	}
	const groups = [...byKey.values()];
	for (const g of groups) g.issues.sort((a, b) => a.line - b.line);
	return groups.sort(
		(a, b) => ORDER[a.severity] - ORDER[b.severity] || b.count - a.count || a.code.localeCompare(b.code)
	);
}
