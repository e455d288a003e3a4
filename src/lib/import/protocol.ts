// Messages between the page and the import worker. The context travels as
// plain arrays (Maps and Sets do not survive every structured clone path the
// same way), the file's bytes as a transferred ArrayBuffer.
import type { DistrictRef, IngestContext } from '../ingest/normalise';
import type { FileImportResult, ImportContext } from '../ingest/ingest-file';

export interface WireContext {
	districts: DistrictRef[];
	areaMap: [string, string][];
	takenPlanIds: string[];
	indicatorIds: string[];
}

export type WorkerRequest = { type: 'ingest'; id: number; file: string; bytes: ArrayBuffer; ctx: WireContext };

export type WorkerResponse =
	| { type: 'progress'; id: number; stage: string; fraction: number | null }
	| { type: 'done'; id: number; result: FileImportResult }
	| { type: 'error'; id: number; message: string };

export function fromWire(ctx: WireContext): ImportContext {
	const base: IngestContext = {
		districts: ctx.districts,
		areaMap: new Map(ctx.areaMap),
		takenPlanIds: new Set(ctx.takenPlanIds)
	};
	return { ...base, indicatorIds: new Set(ctx.indicatorIds) };
}
