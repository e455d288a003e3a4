import { error } from '@sveltejs/kit';
import { readSummary } from '$lib/server/summaries';
import type { IssueRow, SourceRow } from '$lib/views/kallor';

export const entries = () => readSummary<SourceRow>('sources').map((s) => ({ plan: s.plan_id }));

export const load = ({ params }) => {
	const source = readSummary<SourceRow>('sources').find((s) => s.plan_id === params.plan);
	if (!source) error(404, 'Planen finns inte');
	return {
		source,
		issues: readSummary<IssueRow>('issues').filter((i) => i.source_file === source.source_file),
		lines: readSummary<{ source_file: string; line: number; text: string }>('source_lines')
			.filter((l) => l.source_file === source.source_file)
			.map(({ line, text }) => ({ line, text }))
	};
};
