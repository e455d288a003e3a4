// Uppföljning (/uppfoljning): one district and year, its measures' statuses, follow-ups, flags and the comparison with the previous document.
// The view's public API: routes import from $lib/views/uppfoljning; files inside $lib import the
// module they need, so no file of $lib depends on a whole view.
export * from './flags';
export * from './match';
export * from './periods';
export * from './previous';
export * from './print';
export * from './queries';
export * from './report';
export * from './selection';
export * from './columns';
