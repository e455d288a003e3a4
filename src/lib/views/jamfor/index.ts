// Jämför (/jamfor): plans side by side per priority area, one metric at a time.
// The view's public API: routes import from $lib/views/jamfor; files inside $lib import the
// module they need, so no file of $lib depends on a whole view.
export * from './model';
export * from './queries';
export * from './records';
export * from './tables';
export * from './selection';
