// Översikt (/): one row per plan with its counts, and the columns of its table.
// The view's public API: routes import from $lib/views/oversikt; files inside $lib import the
// module they need, so no file of $lib depends on a whole view.
export * from './columns';
export * from './queries';
