// What the import accepts, in one place: the page states these numbers and
// the readers enforce them.
import { PDF_LIMITS } from './read';
import { XLSX_LIMITS } from './read';
import { ZIP_LIMITS } from './read';

export const IMPORT_LIMITS = {
	/** Larger files are refused before a byte is read. */
	maxFileBytes: 20 * 1024 * 1024,
	maxRowsPerSheet: XLSX_LIMITS.maxRowsPerSheet,
	maxSheets: XLSX_LIMITS.maxSheets,
	maxPdfPages: PDF_LIMITS.maxPages,
	maxUnpackedBytes: ZIP_LIMITS.maxTotalBytes,
	maxPackRatio: ZIP_LIMITS.maxRatio,
	/** Lines of a text or CSV file. */
	maxLines: 200_000
} as const;

export const formatMb = (bytes: number) =>
	`${(bytes / 1024 / 1024).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`;
