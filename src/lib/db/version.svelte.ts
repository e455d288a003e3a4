// Bumped when the rows behind the views change in place (a correction made or
// removed): every live query reads it, so each view asks DuckDB again.
export const dataVersion = $state({ n: 0 });
