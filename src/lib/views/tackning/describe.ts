// Citation verdicts in words (Swedish), for the screen and the exports.
import { formatNumber } from '$lib/format';
import { label } from '$lib/labels';
import type { CitationVerdict, SeriesComparison } from './cited-indicators';

const unit = (u: string) => (u === 'procent' ? ' %' : '');

export function citationLabel(raw: string): string {
	const [source, year] = raw.split(':');
	return `${label('indicator_source', source)}${year ? ` ${year}` : ''}`;
}

export function levelLabel(c: Pick<SeriesComparison, 'place_type'>, districtName: string): string {
	return c.place_type === 'stad' ? 'staden (stadsdelen saknar jämförbar serie)' : `stadsdelen ${districtName}`;
}

/** "Andel elever som inte använder tobak, åk 9: 84 % (2020) → 82 % (2022), försämrad" */
export function describeComparison(c: SeriesComparison): string {
	return (
		`${c.label_sv}, ${label('grp', c.grp).toLowerCase()}: ` +
		`${formatNumber(c.prev_value)}${unit(c.unit)} (${c.prev_year}) → ${formatNumber(c.value)}${unit(c.unit)} (${c.year}), ` +
		label('direction', c.direction).toLowerCase()
	);
}

/** One sentence for a whole verdict. */
export function describeVerdict(v: CitationVerdict, districtName: string): string {
	if (!v.level) return v.no_series_reason ?? 'ingen jämförbar serie';
	const where = `Jämfört för ${levelLabel({ place_type: v.level }, districtName)}`;
	return `${where}: ${v.comparisons.map(describeComparison).join('; ')}.`;
}
