// Täckning (/tackning): which causes and priority areas the measures cover, and how the indicators a plan cites compare.
// The view's public API: routes import from $lib/views/tackning; files inside $lib import the
// module they need, so no file of $lib depends on a whole view.
export * from './cited-indicators';
export * from './columns';
export * from './describe';
export * from './matrix';
export * from './queries';
export * from './rows';
export * from './subjects';
