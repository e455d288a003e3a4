// Normalisation shared by every layout: text helpers, derived columns,
// statuses, ids and hashes, and ParsedDocument -> dataset rows.
export * from './classify';
export * from './hash';
export * from './normalise';
export * from './sha256';
export * from './status';
export * from './text';
