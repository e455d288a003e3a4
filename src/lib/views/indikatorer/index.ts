// Indikatorer (/indikatorer): one indicator's series per district and for the city, the figures plans quote, and similar districts.
// The view's public API: routes import from $lib/views/indikatorer; files inside $lib import the
// module they need, so no file of $lib depends on a whole view.
export * from './cadence';
export * from './columns';
export * from './model';
export * from './queries';
export * from './runs';
export * from './series';
export * from './similar';
