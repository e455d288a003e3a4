// Messages between the page and the import worker. The context travels as
// plain arrays (Maps and Sets do not survive every structured clone path the
// same way), the file's bytes as a transferred ArrayBuffer.
import type { DistrictRef, IngestContext } from '../ingest/normalise';
import type { FileImportResult, ImportContext } from '../ingest/ingest-file';
import type { PreparedRows } from './prepare';

export interface WireContext {
	districts: DistrictRef[];
	areaMap: [string, string][];
	takenPlanIds: string[];
	indicatorIds: string[];
}

/** What the worker needs to keep an import in IndexedDB itself (it skips files already kept). */
export interface StoreRequest {
	existingIds: string[];
	/** The name the user's file had (the request's `file` is the unique source_file). */
	file: string;
	imported_at: string;
	size: number;
}

export type WorkerRequest = {
	type: 'ingest';
	id: number;
	file: string;
	bytes: ArrayBuffer;
	ctx: WireContext;
	store: StoreRequest;
};

/** A read file: its report (rows stay out of it) and, when it gave rows, the prepared chunks. */
export interface WorkerDone {
	result: FileImportResult;
	prepared: PreparedRows | null;
	stored: boolean;
	storeError: string | null;
}

export type WorkerResponse =
	| { type: 'progress'; id: number; stage: string; fraction: number | null }
	| ({ type: 'done'; id: number } & WorkerDone)
	| { type: 'error'; id: number; message: string };

export function fromWire(ctx: WireContext): ImportContext {
	const base: IngestContext = {
		districts: ctx.districts,
		areaMap: new Map(ctx.areaMap),
		takenPlanIds: new Set(ctx.takenPlanIds)
	};
	return { ...base, indicatorIds: new Set(ctx.indicatorIds) };
}
