// Given names current in Sweden, in lower case, from the groups in ./names/data.ts
// (sources and licences in ./README.md). Names that are also ordinary Swedish
// words ("klara", "liv", "saga", "per") are in AMBIGUOUS_GIVEN_NAMES and count
// only with a surname.
import { AMBIGUOUS, NAME_GROUPS } from './names/data';

const split = (s: string) => s.split(/\s+/).filter(Boolean);

export const GIVEN_NAMES: ReadonlySet<string> = new Set(Object.values(NAME_GROUPS).flatMap(split));
export const AMBIGUOUS_GIVEN_NAMES: ReadonlySet<string> = new Set(split(AMBIGUOUS));
