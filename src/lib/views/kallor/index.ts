// Källor (/kallor): the source files, what reading them reported, and the links to a line of a source.
// The view's public API: routes import from $lib/views/kallor; files inside $lib import the
// module they need, so no file of $lib depends on a whole view.
export * from './columns';
export * from './line-hash';
export * from './links';
export * from './queries';
