// Causes -> measure rows inside a run of pages whose page breaks do not line
// up between the Orsak band and the Åtgärd band.
//
// In the city's Excel template every cause has its own sheet row and the
// Åtgärd/Operativa mål/När/Vem cells of that row answer it. The PDF prints the
// bands one after another, so a cause and its row are found by counting. The
// count breaks where a merged cell spans rows: an Åtgärd cell merged over two
// causes gives one measure row for two causes (EÅV 2025: "Lotsa och samverka"
// at seed line 316 spans "Föräldrar och syskons egna destruktiva beteenden"
// and "Fattigdom", lines 162-165, under one problem).
//
// With as many causes as rows, the block lines up in order. With one cause
// more (or one row more), exactly one row spans two causes (or one cause two
// rows); where it sits is not printed. Each position is tried: a merged cell
// never crosses a problem boundary (the problem cell is merged over its own
// causes) nor joins two labelled families (below), and the position whose
// pairs share the most words wins. Only a
// unique winner is taken; otherwise, and for any other difference in count,
// the block's causes keep an unknown link (never "no measure").

export interface BlockCause {
	problem: string | null;
	text: string;
}

export interface BlockResult {
	/** [cause index, row index] pairs within the block; empty where unknown. */
	pairs: [number, number][];
	how: 'order' | 'merged_cause_pair' | 'merged_row_pair' | 'unknown';
	/** For merged_*: the index (cause or row) that shares its partner with the next one. */
	at: number | null;
}

const STOP = new Set(
	'och att för med som ska kan har inom från eller samt även också under över efter deras vara blir finns behöver'.split(
		' '
	)
);

/** Crude word stems: lower-case words of four letters or more, cut to five letters ("stärkt"/"stärka", "föräldraförmåga"/"föräldraskap" meet). */
export function stems(text: string): Set<string> {
	const words = text
		.normalize('NFC')
		.toLowerCase()
		.split(/[^\p{L}]+/u)
		.filter((w) => w.length >= 4 && !STOP.has(w));
	return new Set(words.map((w) => w.slice(0, 5)));
}

function shared(a: Set<string>, b: Set<string>): number {
	let n = 0;
	for (const w of a) if (b.has(w)) n++;
	return n;
}

// Causes the plan labels "Family: detail" (EÅV 2025 lines 173-221: "Individuella
// sårbarhetsfaktorer: ...", "Samverkan och samordnade insatser: ...") are one
// family; a cell merged over two causes of different families is not assumed.
const family = (text: string) => /^([^:.]{3,40}):\s/.exec(text)?.[1].trim().toLowerCase() ?? null;
const sameFamily = (a: string, b: string) => {
	const fa = family(a);
	const fb = family(b);
	return fa === null || fb === null || fa === fb;
};

/** Aligns causes with rows (rowTexts: the Åtgärd and goal text of each row). */
export function alignBlock(causes: BlockCause[], rowTexts: string[]): BlockResult {
	const nc = causes.length;
	const nr = rowTexts.length;
	if (nc === nr) return { pairs: causes.map((_, i) => [i, i]), how: 'order', at: null };
	const unknown: BlockResult = { pairs: [], how: 'unknown', at: null };
	if (Math.abs(nc - nr) !== 1 || Math.min(nc, nr) === 0) return unknown;
	const cs = causes.map((c) => stems(c.text));
	const rs = rowTexts.map(stems);
	const score = (pairs: [number, number][]) => pairs.reduce((s, [c, r]) => s + shared(cs[c], rs[r]), 0);
	const candidates: { at: number; pairs: [number, number][]; score: number }[] = [];
	if (nc === nr + 1) {
		// Causes at-1 and at share row at-1.
		for (let at = 1; at < nc; at++) {
			if (causes[at - 1].problem !== causes[at].problem || !sameFamily(causes[at - 1].text, causes[at].text)) continue;
			const pairs = causes.map((_, i): [number, number] => [i, i < at ? i : i - 1]);
			candidates.push({ at: at - 1, pairs, score: score(pairs) });
		}
	} else {
		// A cause cell merged over two rows: cause at-1 answers rows at-1 and at.
		for (let at = 1; at < nr; at++) {
			const pairs = causes.map((_, i): [number, number] => [i, i < at ? i : i + 1]);
			pairs.push([at - 1, at]);
			candidates.push({ at: at - 1, pairs, score: score(pairs) });
		}
	}
	if (!candidates.length) return unknown;
	candidates.sort((a, b) => b.score - a.score);
	const [best, second] = candidates;
	if (best.score === 0 || (second && second.score === best.score)) return unknown;
	return { pairs: best.pairs, how: nc > nr ? 'merged_cause_pair' : 'merged_row_pair', at: best.at };
}
