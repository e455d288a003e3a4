// The district name and the area label are defined once (src/lib/views/sql.ts):
// no query spells its own fallback.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { areaLabelSql, areaOrderSql, districtNameSql, placeNameSql } from '$lib/views/sql';
import { ROOT } from '../../helpers';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => {
		const p = join(dir, n);
		return statSync(p).isDirectory() ? files(p) : /\.(ts|svelte)$/.test(n) ? [p] : [];
	});
}

describe('shared SQL fragments', () => {
	it('areaLabelSql falls back to the label as written, then the id; districtNameSql to "Okänd stadsdel"', () => {
		expect(areaLabelSql('a', 'm')).toBe("coalesce(a.label_sv, nullif(m.area_label_raw, ''), m.area_id)");
		expect(areaLabelSql('a', 'c', false)).toBe('coalesce(a.label_sv, c.area_id)');
		expect(areaLabelSql()).toBe('coalesce(a.label_sv, a.area_id)');
		expect(districtNameSql()).toBe("coalesce(d.name, 'Okänd stadsdel')");
		expect(placeNameSql()).toBe('coalesce(d.name, v.place_name, v.place_id)');
		expect(areaOrderSql()).toBe('coalesce(a.sort_order, 999)');
	});

	it('no file in src/ writes its own district-name or area-label fallback', () => {
		const own = files(join(ROOT, 'src'))
			.filter((f) => !f.endsWith(join('views', 'sql.ts')))
			.filter((f) =>
				// An indicator's label falling back to its id is not an area label.
				/coalesce\(\s*\w+\.(name|label_sv|sort_order)\b(?!,\s*\w+\.indicator_id)|Okänd stadsdel/.test(
					readFileSync(f, 'utf8')
				)
			)
			.map((f) => relative(ROOT, f));
		expect(own).toEqual([]);
	});
});
