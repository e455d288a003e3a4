// `#L120-L134`, `#L7` -> an inclusive line range; anything else -> null.
export function parseLineHash(hash: string): { from: number; to: number } | null {
	const m = /^#L(\d+)(?:-L?(\d+))?$/.exec(hash);
	if (!m) return null;
	const from = Number(m[1]);
	const to = m[2] ? Number(m[2]) : from;
	return from >= 1 && to >= from ? { from, to } : null;
}

export const lineHash = (from: number, to: number) => (to > from ? `#L${from}-L${to}` : `#L${from}`);
