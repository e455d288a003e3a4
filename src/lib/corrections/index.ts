// Corrections: an analyst's decisions about what the reading could not tell.
// One module for the build (pipelines/lib/apply-corrections.ts) and the browser
// (store.svelte.ts, layer.ts): the same schema, file format and applyCorrections.
export * from './schema';
export { correctionId, quotedValueId, recordKeys } from './ids';
export { applyCorrections, KIND_TABLES, type Correctable, type Outcome } from './apply';
export { readCorrectionFile, correctionsToCsv, fromCsvRow, toCsvRow } from './format';
export { MAX_CORRECTION_ROWS } from './csv';
export { describeChange, correctionRow } from './describe';
