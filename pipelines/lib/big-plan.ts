// A plan text of a given size for measuring big imports: Skarpnäck's
// template rows (data/raw/skarpnack-atgardsplan-2024.txt) repeated under
// their headers, each copy's measures numbered so that no two are the same.
// Made at run time (never committed); the bench and the browser test use it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function bigPlanText(root: string, bytes: number): string {
	const lines = readFileSync(join(root, 'data/raw/skarpnack-atgardsplan-2024.txt'), 'utf8').split(/\r?\n/);
	const first = lines.findIndex((l) => l.startsWith('Prioriterat samverkansområde\t'));
	const head = lines.slice(0, first);
	const body = lines.slice(first);
	const out = [...head];
	let size = out.join('\n').length;
	for (let copy = 1; size < bytes; copy++) {
		for (const l of body) {
			const cells = l.split('\t');
			// Data rows (not the header or the area row): number the measure.
			if (cells.length > 3 && !l.startsWith('Prioriterat') && cells[2] && !/^<i>|^Koppla/.test(cells[2]))
				cells[2] = `${cells[2]} (kopia ${copy})`;
			const line = cells.join('\t');
			out.push(line);
			size += Buffer.byteLength(line) + 1;
		}
	}
	return out.join('\n') + '\n';
}
