// Reads the editable reference tables under data/: districts, priority areas,
// the raw-label -> area map, and the official indicators.
import { csvParse } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestContext } from '../../src/lib/ingest/normalise';
import { normaliseForKey } from '../../src/lib/ingest/normalise';
import type { Row } from '../../src/lib/schema/tables';

export interface Reference {
	districts: Row<'districts'>[];
	priority_areas: Row<'priority_areas'>[];
	area_labels: Row<'area_labels'>[];
	indicators: Row<'indicators'>[];
	indicator_values: Row<'indicator_values'>[];
	ctx: IngestContext;
}

const read = (dataDir: string, file: string) => csvParse(readFileSync(join(dataDir, file), 'utf8'));
const orNull = (s: string | undefined) => (s && s.trim() !== '' ? s : null);

export function loadReference(dataDir: string): Reference {
	const districts = read(dataDir, 'indicators/districts.csv').map((d) => ({
		district_id: d.district_id!,
		name: d.name!,
		municipality: d.municipality!,
		police_areas: (d.police_areas ?? '').split(';').filter(Boolean),
		status: d.status as 'current' | 'former',
		merged_into: orNull(d.merged_into)
	}));
	const priority_areas = read(dataDir, 'priority_areas.csv').map((a) => ({
		area_id: a.area_id!,
		label_sv: a.label_sv!,
		kind: a.kind as Row<'priority_areas'>['kind'],
		sort_order: Number(a.sort_order)
	}));
	const area_labels = read(dataDir, 'area_map.csv').map((a) => ({
		area_label_raw: a.area_label_raw!,
		area_id: a.area_id!
	}));
	const indicators = [...read(dataDir, 'indicators/indicators.csv'), ...read(dataDir, 'plan_indicators.csv')].map(
		(i) => ({
			indicator_id: i.indicator_id!,
			source: i.source as Row<'indicators'>['source'],
			label_sv: i.label_sv!,
			unit: i.unit as Row<'indicators'>['unit'],
			polarity: i.polarity as Row<'indicators'>['polarity'],
			definition: i.definition ?? ''
		})
	);
	const indicator_values = read(dataDir, 'indicators/indicator_values.csv').map((v) => ({
		indicator_id: v.indicator_id!,
		place_type: v.place_type as Row<'indicator_values'>['place_type'],
		place_id: v.place_id!,
		place_name: orNull(v.place_name),
		year: v.year ? Number(v.year) : null,
		grp: v.grp!,
		value: Number(v.value),
		provenance: v.provenance as Row<'indicator_values'>['provenance'],
		source_ref: v.source_ref!,
		quote: v.quote ?? '',
		plan_id: null,
		source_file: null,
		line_start: null,
		line_end: null
	}));
	const areaMap = new Map(area_labels.map((a) => [normaliseForKey(a.area_label_raw), a.area_id]));
	for (const a of priority_areas) areaMap.set(normaliseForKey(a.label_sv), a.area_id);
	return {
		districts,
		priority_areas,
		area_labels,
		indicators,
		indicator_values,
		ctx: { districts, areaMap }
	};
}
