// Every metric a view or an export shows, defined once: its id, its Swedish
// name, one Swedish sentence saying what it is (shown beside the number), and
// how it is computed. Jämför, Täckning and Översikt read names, definitions
// and arithmetic from here, so one cell can never read two ways.

export const METRIC_IDS = [
	'measures',
	'problems',
	'causes',
	'measures_per_cause',
	'share_goal',
	'share_responsible',
	'share_timing',
	'share_police',
	'attainment'
] as const;
export type Metric = (typeof METRIC_IDS)[number];

export interface MetricDefinition {
	id: Metric;
	/** Swedish name, as a column or axis title. */
	name: string;
	/** One Swedish sentence: what the number is. Shown beside it. */
	definition: string;
	/** How it is computed, over the columns of the dataset. */
	computed: string;
	/** count: whole numbers; ratio: one decimal; share: percent. */
	kind: 'count' | 'ratio' | 'share';
}

const def = (id: Metric, kind: MetricDefinition['kind'], name: string, definition: string, computed: string) => ({
	id,
	kind,
	name,
	definition,
	computed
});

export const METRICS: Record<Metric, MetricDefinition> = {
	measures: def(
		'measures',
		'count',
		'Åtgärder',
		'Antal åtgärder som planen anger (i Jämför: inom området).',
		'count(measures)'
	),
	problems: def(
		'problems',
		'count',
		'Problem',
		'Antal problem som planen beskriver (i Jämför: inom området).',
		'count(problems)'
	),
	causes: def(
		'causes',
		'count',
		'Orsaker',
		'Antal orsaker som planen anger (i Jämför: inom området).',
		'count(causes)'
	),
	measures_per_cause: def(
		'measures_per_cause',
		'ratio',
		'Åtgärder per orsak',
		'Åtgärderna i området delat med orsakerna i området, oavsett om inläsningen kunde koppla åtgärden till en orsak; utan orsaker visas –.',
		// Every measure counts, linked to a cause or not: the link is what the
		// reading could recover (a PDF loses rows), not what the plan states.
		'count(measures) / count(causes), null when count(causes) = 0'
	),
	share_goal: def(
		'share_goal',
		'share',
		'Andel med operativt mål',
		'Andel av åtgärderna som har ett operativt mål.',
		'count(measures.operative_goal) / count(measures)'
	),
	share_responsible: def(
		'share_responsible',
		'share',
		'Andel med ansvarig',
		'Andel av åtgärderna som anger vem som ansvarar.',
		'count(measures.responsible) / count(measures)'
	),
	share_timing: def(
		'share_timing',
		'share',
		'Andel med tidsangivelse',
		'Andel av åtgärderna som anger när de ska göras (linjearbete, datum, period eller projekt).',
		"count(measures WHERE timing_kind <> 'okand') / count(measures)"
	),
	share_police: def(
		'share_police',
		'share',
		'Andel tillsammans med polisen',
		'Andel av åtgärderna som görs tillsammans med polisen.',
		'count(measures WHERE with_police) / count(measures)'
	),
	attainment: def(
		'attainment',
		'share',
		'Andel uppnådda',
		'Andel uppnådda av de åtgärder vars uppföljning uttryckligen bedömer målet (uppnådd, delvis uppnådd, påbörjad eller ej uppnådd); statusar tolkade ur aktivitetsord, ej bedömda och åtgärder utan uppföljning räknas inte in men syns i fördelningen per status.',
		// Only stated judgments (views/attainment.ts); with tolkad=1 the inferred ones join both counts.
		"count(status = 'uppnadd' AND basis = 'explicit') / count(status IN (uppnadd, delvis_uppnadd, paborjad, ej_uppnadd) AND basis = 'explicit')"
	)
};

export const isMetric = (v: string | null | undefined): v is Metric => METRIC_IDS.includes(v as Metric);
export const metricName = (m: Metric) => METRICS[m].name;
export const metricDefinition = (m: Metric) => METRICS[m].definition;

/** Åtgärder per orsak: null where there is no cause to divide by (never 0 or ∞). */
export function measuresPerCause(measures: number, causes: number): number | null {
	return causes > 0 ? measures / causes : null;
}

/** A share in percent (0–100); null where there is nothing to divide by. */
export function sharePercent(part: number, whole: number): number | null {
	return whole > 0 ? (100 * part) / whole : null;
}
