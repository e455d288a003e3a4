// Åtgärder (/atgarder): every measure, searchable and filterable, with its follow-ups.
// The view's public API: routes import from $lib/views/atgarder; files inside $lib import the
// module they need, so no file of $lib depends on a whole view.
export * from './columns';
export * from './queries';
