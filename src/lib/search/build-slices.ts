// The search index built in slices of documents, the page's thread free in between:
// at 40 000 imported measures one build took over a second in one task, and the
// first keystroke waited for it. Built ahead, once the searched texts are in.
import { indexBuilder, tieRanks, type SearchDoc, type SearchIndex } from './inverted';

/** Longest run of work between two pauses (a long task is 50 ms). */
const SLICE_MS = 30;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The index of `count` documents, or null when `cancelled` says so at a pause. */
export async function buildIndexInSlices(
	count: number,
	doc: (i: number) => SearchDoc,
	weights: number[],
	cancelled: () => boolean
): Promise<SearchIndex | null> {
	const builder = indexBuilder(weights);
	let t0 = performance.now();
	for (let i = 0; i < count; i++) {
		builder.add(doc(i));
		if (performance.now() - t0 > SLICE_MS) {
			await pause();
			if (cancelled()) return null;
			t0 = performance.now();
		}
	}
	const index = builder.finish();
	await pause();
	if (cancelled()) return null;
	// The titles' Swedish order for ties, made now rather than at the first search.
	tieRanks(index);
	return index;
}
